#include "write/claim_json.hpp"

#include <type_traits>

#include "write/json_text.hpp"

namespace factsheet::write {
namespace {

void append_value(std::string& out, const Value& v) {
  std::visit(
      [&](const auto& x) {
        using T = std::decay_t<decltype(x)>;
        if constexpr (std::is_same_v<T, std::monostate>)
          out += "null";
        else if constexpr (std::is_same_v<T, double>)
          append_json_number(out, x);
        else
          append_json_string(out, x);
      },
      v);
}

void append_optional(std::string& out, const std::optional<std::string>& s) {
  if (s)
    append_json_string(out, *s);
  else
    out += "null";
}

void append_optional(std::string& out, const std::optional<double>& d) {
  if (d)
    append_json_number(out, *d);
  else
    out += "null";
}

void append_optional(std::string& out, const std::optional<int>& i) {
  if (i)
    out += std::to_string(*i);
  else
    out += "null";
}

}  // namespace

void append_claim_json(std::string& out, const Claim& c) {
  // Field order must match kClaimFields; the names are spelled out to keep this
  // a straight sequence of appends.
  out += "{\"doc\":";
  append_json_string(out, c.doc);
  out += ",\"start\":";
  out += std::to_string(c.start);
  out += ",\"end\":";
  out += std::to_string(c.end);
  out += ",\"text\":";
  append_json_string(out, c.text);
  out += ",\"sentence\":";
  append_json_string(out, c.sentence);
  out += ",\"kind\":";
  append_json_string(out, to_string(c.kind));
  out += ",\"value\":";
  append_value(out, c.value);
  out += ",\"low\":";
  append_value(out, c.low);
  out += ",\"high\":";
  append_value(out, c.high);
  out += ",\"part\":";
  append_optional(out, c.part);
  out += ",\"whole\":";
  append_optional(out, c.whole);
  out += ",\"unit\":";
  append_optional(out, c.unit);
  out += ",\"unit_name\":";
  append_optional(out, c.unit_name);
  out += ",\"si_value\":";
  append_optional(out, c.value_in_si);
  out += ",\"si_unit\":";
  append_optional(out, c.si_unit);
  out += ",\"qualifier\":";
  append_json_string(out, to_string(c.qualifier));
  out += ",\"change\":";
  if (c.change == Change::none)
    out += "null";
  else
    append_json_string(out, to_string(c.change));
  out += ",\"subject\":";
  append_optional(out, c.subject);
  out += ",\"time\":";
  append_optional(out, c.time);
  out += ",\"time_text\":";
  append_optional(out, c.time_text);
  out += ",\"attribution\":";
  append_optional(out, c.attribution);
  out += ",\"entity\":";
  append_optional(out, c.entity);
  out += ",\"measure\":";
  append_optional(out, c.measure);
  out += ",\"scope\":";
  append_optional(out, c.scope);
  out += ",\"period\":";
  append_optional(out, c.period);
  out += ",\"role\":";
  append_optional(out, c.role);
  out += ",\"article\":";
  append_optional(out, c.article);
  out += ",\"title\":";
  append_optional(out, c.title);
  out += ",\"source\":";
  append_optional(out, c.source);
  out += ",\"dateline\":";
  append_optional(out, c.dateline);
  out += ",\"date\":";
  append_optional(out, c.date);
  out += ",\"page\":";
  append_optional(out, c.page);
  out += '}';
}

std::string claim_to_json(const Claim& claim) {
  std::string out;
  append_claim_json(out, claim);
  return out;
}

}  // namespace factsheet::write
