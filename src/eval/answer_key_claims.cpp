#include "eval/answer_key_claims.hpp"

#include <optional>
#include <string>
#include <variant>

#include "text/chars.hpp"

namespace factsheet::eval {
namespace {

// Where the four-digit number `year` stands alone in text[begin, end), or nothing.
std::optional<std::size_t> find_year(std::string_view text, std::size_t begin, std::size_t end, double year) {
  std::string written = std::to_string(static_cast<long>(year));
  if (written.size() != 4) return std::nullopt;
  for (std::size_t at = text.find(written, begin); at != std::string_view::npos && at + 4 <= end;
       at = text.find(written, at + 1)) {
    bool alone = (at == 0 || !text::is_digit(text[at - 1])) && (at + 4 == text.size() || !text::is_digit(text[at + 4]));
    if (alone) return at;
  }
  return std::nullopt;
}

Claim year_at(const Claim& span, std::string_view text, std::size_t at, double year) {
  Claim c = span;
  // The column moves by the characters (not continuation bytes) between the two starts.
  if (c.column)
    for (std::size_t i = span.start; i < at; ++i)
      if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++*c.column;
  c.start = at;
  c.end = at + 4;
  c.text = std::string(text.substr(at, 4));
  c.value = year;
  c.low = std::monostate{};
  c.high = std::monostate{};
  return c;
}

}  // namespace

std::vector<Claim> answer_key_claims(std::vector<Claim> claims, std::string_view text) {
  std::vector<Claim> out;
  out.reserve(claims.size());
  for (Claim& c : claims) {
    const double* low = std::get_if<double>(&c.low);
    const double* high = std::get_if<double>(&c.high);
    if (c.kind == Kind::year && low && high && *low < *high && c.end <= text.size()) {
      auto first = find_year(text, c.start, c.end, *low);
      auto second = first ? find_year(text, *first + 4, c.end, *high) : std::nullopt;
      if (first && second) {
        out.push_back(year_at(c, text, *first, *low));
        out.push_back(year_at(c, text, *second, *high));
        continue;
      }
    }
    out.push_back(std::move(c));
  }
  return out;
}

}  // namespace factsheet::eval
