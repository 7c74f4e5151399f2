#include "write/claim_fields.hpp"

#include <optional>
#include <string>

namespace factsheet::write {
namespace {

FieldValue of(const std::optional<std::string>& s) {
  if (s) return std::string_view(*s);
  return std::monostate{};
}
FieldValue of(const std::optional<double>& d) {
  if (d) return *d;
  return std::monostate{};
}
FieldValue of(const std::optional<int>& i) {
  if (i) return static_cast<std::int64_t>(*i);
  return std::monostate{};
}
FieldValue of(const Value& v) {
  if (const double* d = std::get_if<double>(&v)) return *d;
  if (const std::string* s = std::get_if<std::string>(&v)) return std::string_view(*s);
  return std::monostate{};
}
FieldValue offset(std::size_t n) { return static_cast<std::int64_t>(n); }

using R = FieldRole;

}  // namespace

const std::array<ClaimField, kClaimFieldCount> kClaimFieldTable = {{
    {"doc", R::free_text, [](const Claim& c) -> FieldValue { return std::string_view(c.doc); }},
    {"start", R::code, [](const Claim& c) { return offset(c.start); }},
    {"end", R::code, [](const Claim& c) { return offset(c.end); }},
    {"line", R::code, [](const Claim& c) { return of(c.line); }},
    {"column", R::code, [](const Claim& c) { return of(c.column); }},
    {"text", R::free_text, [](const Claim& c) -> FieldValue { return std::string_view(c.text); }},
    {"sentence", R::free_text, [](const Claim& c) -> FieldValue { return std::string_view(c.sentence); }},
    {"kind", R::code, [](const Claim& c) -> FieldValue { return to_string(c.kind); }},
    {"value", R::code, [](const Claim& c) { return of(c.value); }},
    {"low", R::code, [](const Claim& c) { return of(c.low); }},
    {"high", R::code, [](const Claim& c) { return of(c.high); }},
    {"part", R::code, [](const Claim& c) { return of(c.part); }},
    {"whole", R::code, [](const Claim& c) { return of(c.whole); }},
    {"unit", R::code, [](const Claim& c) { return of(c.unit); }},
    {"unit_name", R::code, [](const Claim& c) { return of(c.unit_name); }},
    {"si_value", R::code, [](const Claim& c) { return of(c.value_in_si); }},
    {"si_unit", R::code, [](const Claim& c) { return of(c.si_unit); }},
    {"qualifier", R::code, [](const Claim& c) -> FieldValue { return to_string(c.qualifier); },
     [](const Claim& c) -> FieldValue { return qualifier_words(c.qualifier); }},
    {"change", R::code,
     [](const Claim& c) -> FieldValue {
       if (c.change == Change::none) return std::monostate{};
       return to_string(c.change);
     }},
    {"subject", R::free_text, [](const Claim& c) { return of(c.subject); }},
    {"time", R::code, [](const Claim& c) { return of(c.time); }},
    {"time_text", R::free_text, [](const Claim& c) { return of(c.time_text); }},
    {"attribution", R::free_text, [](const Claim& c) { return of(c.attribution); }},
    {"entity", R::free_text, [](const Claim& c) { return of(c.entity); }},
    {"measure", R::free_text, [](const Claim& c) { return of(c.measure); }},
    {"scope", R::free_text, [](const Claim& c) { return of(c.scope); }},
    {"period", R::code, [](const Claim& c) { return of(c.period); }},  // ISO-like, from the time
    {"role", R::code, [](const Claim& c) { return of(c.role); }},
    {"article", R::code, [](const Claim& c) { return of(c.article); }},
    {"title", R::free_text, [](const Claim& c) { return of(c.title); }},
    {"source", R::free_text, [](const Claim& c) { return of(c.source); }},
    {"dateline", R::free_text, [](const Claim& c) { return of(c.dateline); }},
    {"date", R::code, [](const Claim& c) { return of(c.date); }},
    {"page", R::code, [](const Claim& c) { return of(c.page); }},
}};

const std::array<std::string_view, kClaimFieldCount> kClaimFields = [] {
  std::array<std::string_view, kClaimFieldCount> names{};
  for (std::size_t i = 0; i < kClaimFieldCount; ++i) names[i] = kClaimFieldTable[i].name;
  return names;
}();

}  // namespace factsheet::write
