#include "context/dateline.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"
#include "text/years.hpp"

namespace factsheet::context {
namespace {

// A dateline's place has few words ("RIO DE JANEIRO"); more is a sentence.
constexpr int kMaxPlaceWords = 5;

using text::is_digit;
using text::is_lower;
using text::is_upper;

std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') ++i;
    else if (std::size_t n = text::space_separator_at(s, i)) i += n;
    else break;
  }
  return i;
}

// One place word: capitals (and non-ASCII letters), with inner '.', '-', '\'' ("D.C.",
// "ULAN-UDE"); no ASCII lower-case letter.
std::size_t place_word(std::string_view s, std::size_t i) {
  std::size_t p = i;
  bool capital = false;
  while (p < s.size()) {
    char c = s[p];
    if (is_upper(c)) capital = true, ++p;
    else if (static_cast<unsigned char>(c) >= 0xC3 && static_cast<unsigned char>(c) <= 0xD4 && p + 1 < s.size()) p += 2;
    else if ((c == '.' || c == '-' || c == '\'') && p > i) ++p;
    else break;
  }
  if (!capital || (p < s.size() && (is_lower(s[p]) || is_digit(s[p])))) return 0;
  return p - i;
}

std::size_t number_at(std::string_view s, std::size_t i, std::size_t max_digits, int& value) {
  std::size_t p = i;
  value = 0;
  while (p < s.size() && is_digit(s[p]) && p - i < max_digits) value = value * 10 + (s[p++] - '0');
  if (p == i || (p < s.size() && is_digit(s[p]))) return 0;
  return p - i;
}

// A month name from the lexicon, whole word, optionally with a period ("Sept.").
std::size_t month_at(std::string_view s, std::size_t i, const Lexicon& lex, int& month) {
  auto m = lex.months().longest(s, i);
  if (!m) return 0;
  std::size_t p = i + m->length;
  if (p < s.size() && (is_upper(s[p]) || is_lower(s[p]))) return 0;
  month = lex.month(m->id);
  if (p < s.size() && s[p] == '.') ++p;
  return p - i;
}

// "May 20", "21 May", either with ", 2024" or " 2024". Returns its length.
std::size_t date_at(std::string_view s, std::size_t i, const Lexicon& lex, Dateline& d) {
  int month = 0, day = 0;
  std::size_t p = i;
  if (std::size_t n = month_at(s, p, lex, month)) {
    p = skip_blanks(s, p + n);
    std::size_t k = number_at(s, p, 2, day);
    if (!k) return 0;
    p += k;
  } else if (std::size_t k = number_at(s, p, 2, day)) {
    p = skip_blanks(s, p + k);
    std::size_t n = month_at(s, p, lex, month);
    if (!n) return 0;
    p += n;
  } else {
    return 0;
  }
  if (day < 1 || day > 31) return 0;
  d.month = month;
  d.day = day;
  std::size_t end = p;
  std::size_t q = p < s.size() && s[p] == ',' ? p + 1 : p;
  q = skip_blanks(s, q);
  int year = 0;
  if (std::size_t k = number_at(s, q, 4, year); k == 4 && text::is_calendar_year(year)) {
    d.year = year;
    end = q + 4;
  }
  return end - i;
}

// A run of dashes ("-", "--", "–", "—", "-–") or a colon.
std::size_t dash_run(std::string_view s, std::size_t i) {
  std::size_t p = i;
  while (p < s.size()) {
    std::size_t n = text::dash_at(s, p);
    if (!n && s.compare(p, 3, "\xE2\x80\x95") == 0) n = 3;  // horizontal bar
    if (!n) break;
    p += n;
  }
  if (p == i && i < s.size() && s[i] == ':') return 1;
  return p - i;
}

}  // namespace

std::optional<Dateline> parse_dateline(std::string_view line, const Lexicon& lex) {
  Dateline d;
  std::size_t start = skip_blanks(line, 0);
  std::size_t p = start;
  int words = 0;
  while (words < kMaxPlaceWords) {
    std::size_t n = place_word(line, p);
    if (!n) break;
    ++words;
    p += n;
    std::size_t q = skip_blanks(line, p);
    if (q == p || !place_word(line, q)) break;
    p = q;
  }
  if (words == 0) return std::nullopt;
  std::size_t place_end = p;
  std::size_t text_end = place_end;
  if (p < line.size() && line[p] == ',') {
    std::size_t q = skip_blanks(line, p + 1);
    if (std::size_t n = date_at(line, q, lex, d)) {
      d.date_begin = q;
      d.date_end = q + n;
      text_end = q + n;
      p = q + n;
    }
  }
  p = skip_blanks(line, p);
  if (p < line.size() && line[p] == '(') {
    std::size_t close = line.find(')', p);
    // A source name starts with a capital or digit ("(Xinhua)", "(24.kg)").
    if (close == std::string_view::npos || close - p > 80 || close == p + 1 ||
        !(is_upper(line[p + 1]) || is_digit(line[p + 1])))
      return std::nullopt;
    d.source = std::string(line.substr(p + 1, close - p - 1));
    p = skip_blanks(line, close + 1);
  }
  if (!d.month && !d.source) return std::nullopt;
  std::size_t dash = dash_run(line, p);
  if (!dash) return std::nullopt;
  d.length = skip_blanks(line, p + dash);
  d.text = std::string(line.substr(start, text_end - start));
  return d;
}

}  // namespace factsheet::context
