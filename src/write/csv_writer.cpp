#include "write/csv_writer.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"
#include "write/claim_fields.hpp"
#include "write/json_text.hpp"

namespace factsheet::write {
namespace {

constexpr std::string_view kRowEnd = "\r\n";

using text::is_digit;

bool needs_neutralizing(std::string_view s) {
  if (s.empty()) return false;
  switch (s.front()) {
    case '+': case '-':
      if (s.size() == 1) return false;  // "-" (standard input) is no formula
      return !is_plain_number(s);
    case '=': case '@': case '\t': case '\r': return true;
    default: return false;
  }
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

namespace {

void append_cell(std::string& out, std::string_view s, bool neutralize_formula) {
  if (!text::is_valid_utf8(s)) {  // the file is UTF-8, whatever the caller passed
    std::string repaired(s);
    text::repair_utf8(repaired);
    append_cell(out, repaired, neutralize_formula);
    return;
  }
  bool neutralize = neutralize_formula && needs_neutralizing(s);
  bool quote = s.find_first_of(",\"\r\n") != std::string_view::npos;
  if (quote) out += '"';
  if (neutralize) out += '\'';
  for (char c : s) {
    if (c == '"') out += '"';  // RFC 4180: a quote inside a quoted field is doubled
    out += c;
  }
  if (quote) out += '"';
}

}  // namespace

void append_csv_text(std::string& out, std::string_view s) { append_cell(out, s, true); }
void append_csv_code(std::string& out, std::string_view s) { append_cell(out, s, false); }

CsvWriter::CsvWriter(Output& out, bool bom) : out_(out) {
  if (bom) row_ += kUtf8Bom;
  for (std::size_t i = 0; i < kClaimFields.size(); ++i) {
    if (i) row_ += ',';
    row_ += kClaimFields[i];
  }
  row_ += kRowEnd;
  out_.write(row_);
}

void CsvWriter::write(const Claim& c) {
  row_.clear();
  format(c, row_);
  out_.write(row_);
}

void CsvWriter::format(const Claim& c, std::string& r) const {
  bool first = true;
  for (const ClaimField& field : kClaimFieldTable) {
    if (!first) r += ',';
    first = false;
    FieldValue v = field.csv ? field.csv(c) : field.get(c);
    if (const auto* s = std::get_if<std::string_view>(&v)) {
      if (field.role == FieldRole::free_text)
        append_csv_text(r, *s);
      else
        append_csv_code(r, *s);
    } else if (const auto* d = std::get_if<double>(&v)) {
      r += format_number(*d);
    } else if (const auto* i = std::get_if<std::int64_t>(&v)) {
      r += std::to_string(*i);
    }
  }
  r += kRowEnd;
}

}  // namespace factsheet::write
