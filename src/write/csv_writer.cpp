#include "write/csv_writer.hpp"

#include "text/utf8.hpp"
#include "write/claim_json.hpp"
#include "write/json_text.hpp"

namespace factsheet::write {
namespace {

constexpr std::string_view kRowEnd = "\r\n";

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool needs_neutralizing(std::string_view s) {
  if (s.empty()) return false;
  switch (s.front()) {
    case '=': case '+': case '-': case '@': case '\t': case '\r': return !is_plain_number(s);
    default: return false;
  }
}

void append_number(std::string& out, double v) { out += format_number(v); }

void append_value(std::string& out, const Value& v) {
  if (const double* d = std::get_if<double>(&v))
    append_number(out, *d);
  else if (const std::string* s = std::get_if<std::string>(&v))
    append_csv_text(out, *s);
}

void append_optional(std::string& out, const std::optional<std::string>& s) {
  if (s) append_csv_text(out, *s);
}

void append_optional(std::string& out, const std::optional<double>& d) {
  if (d) append_number(out, *d);
}

void append_optional(std::string& out, const std::optional<int>& i) {
  if (i) out += std::to_string(*i);
}

}  // namespace

bool is_plain_number(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && is_digit(s[i])) ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    std::size_t exp_digits = 0;
    while (i < s.size() && is_digit(s[i])) ++i, ++exp_digits;
    if (exp_digits == 0) return false;
  }
  return i == s.size();
}

void append_csv_text(std::string& out, std::string_view s) {
  if (!text::is_valid_utf8(s)) {  // the file is UTF-8, whatever the caller passed
    std::string repaired(s);
    text::repair_utf8(repaired);
    append_csv_text(out, repaired);
    return;
  }
  bool neutralize = needs_neutralizing(s);
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out += '"';
  if (neutralize) out += '\'';
  for (char c : s) {
    if (c == '"') out += '"';  // RFC 4180: a quote inside a quoted field is doubled
    out += c;
  }
  if (quote) out += '"';
}

CsvWriter::CsvWriter(Output& out) : out_(out) {
  for (std::size_t i = 0; i < kClaimFields.size(); ++i) {
    if (i) row_ += ',';
    row_ += kClaimFields[i];
  }
  row_ += kRowEnd;
  out_.write(row_);
}

void CsvWriter::write(const Claim& c) {
  // Column order is kClaimFields.
  std::string& r = row_;
  r.clear();
  append_csv_text(r, c.doc);
  r += ',';
  r += std::to_string(c.start);
  r += ',';
  r += std::to_string(c.end);
  r += ',';
  append_csv_text(r, c.text);
  r += ',';
  append_csv_text(r, c.sentence);
  r += ',';
  append_csv_text(r, to_string(c.kind));
  r += ',';
  append_value(r, c.value);
  r += ',';
  append_value(r, c.low);
  r += ',';
  append_value(r, c.high);
  r += ',';
  append_optional(r, c.part);
  r += ',';
  append_optional(r, c.whole);
  r += ',';
  append_optional(r, c.unit);
  r += ',';
  append_optional(r, c.unit_name);
  r += ',';
  append_optional(r, c.value_in_si);
  r += ',';
  append_optional(r, c.si_unit);
  r += ',';
  append_csv_text(r, to_string(c.qualifier));
  r += ',';
  append_csv_text(r, to_string(c.change));
  r += ',';
  append_optional(r, c.subject);
  r += ',';
  append_optional(r, c.time);
  for (const auto* field : {&c.time_text, &c.attribution, &c.entity, &c.measure, &c.scope, &c.period, &c.role}) {
    r += ',';
    append_optional(r, *field);
  }
  r += ',';
  append_optional(r, c.article);
  for (const auto* field : {&c.title, &c.source, &c.dateline, &c.date}) {
    r += ',';
    append_optional(r, *field);
  }
  r += ',';
  append_optional(r, c.page);
  r += kRowEnd;
  out_.write(r);
}

}  // namespace factsheet::write
