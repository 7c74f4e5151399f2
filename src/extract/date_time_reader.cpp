// Dates, clock times, decades and abbreviated years; and when four digits are not a year.
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"
#include "text/years.hpp"

namespace factsheet::extract {

using grammar::Quantity;
using namespace figure_helpers;

std::optional<Claim> FigureFinder::read_date(const Candidate& c, std::size_t& resume) {
  std::optional<grammar::Date> d;
  if (auto m = lex_.months().ending_at(src_.text, c.begin, 1); m && m->first >= s_.begin)
    d = grammar::parse_date(src_, m->first, s_.end);
  if (!d || d->end <= c.begin) d = grammar::parse_date(src_, c.begin, s_.end);
  if (!d || d->end <= c.begin) return std::nullopt;
  Claim claim;
  claim.kind = Kind::date;
  claim.start = d->begin;
  claim.end = d->end;
  std::string low = iso_date(d->year, d->month, d->day);
  if (d->day2) {
    std::string high = iso_date(d->year, d->month2 ? d->month2 : d->month, d->day2);
    claim.value = low + "/" + high;
    claim.low = low;
    claim.high = high;
  } else {
    claim.value = low;
  }
  resume = d->end;
  return claim;
}

std::optional<Claim> FigureFinder::read_time(const Candidate& c, std::size_t& resume) {
  auto t = grammar::parse_time(src_, c.begin, s_.end);
  if (!t) return std::nullopt;
  // "7:41.42" is a race time, "3:16" a verse or a score when more digits follow.
  std::string_view text = src_.text;
  if (t->end + 1 < s_.end && (text[t->end] == '.' || text[t->end] == ':' || text[t->end] == ',') &&
      is_digit(text[t->end + 1]))
    return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:%02d", t->hour % 25, t->minute % 60);
  Claim claim;
  claim.kind = Kind::time;
  claim.value = std::string(buf);
  claim.start = t->begin;
  claim.end = t->end;
  resume = t->end;
  return claim;
}

// "three o'clock", "eleven o’clock": an hour in words, as "3 o'clock" in digits.
std::optional<Claim> FigureFinder::read_word_clock(const Candidate& c, std::size_t& resume) const {
  auto n = grammar::parse_numeral(src_, c.begin, s_.end);
  if (!n || !n->words || n->value < 1 || n->value > 12 || n->value != std::floor(n->value)) return std::nullopt;
  std::string_view text = src_.text;
  std::size_t p = skip_spaces(text, n->end, s_.end);
  if (p == n->end) return std::nullopt;
  std::size_t end = 0;
  for (std::string_view clock : {std::string_view("o'clock"), std::string_view("o\xE2\x80\x99" "clock")})
    if (lower_ascii(text.substr(p, clock.size())) == clock) end = p + clock.size();
  if (!end || (end < s_.end && is_alpha(text[end]))) return std::nullopt;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d:00", static_cast<int>(n->value));
  Claim claim;
  claim.kind = Kind::time;
  claim.value = std::string(buf);
  claim.start = n->begin;
  claim.end = end;
  resume = end;
  return claim;
}

// "the 1990s", "the '80s": a decade, read as the range of its years.
std::optional<Claim> FigureFinder::read_decade(const Quantity& q, std::size_t& resume) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  std::size_t e = n.end;
  bool plural_s = e < s_.end && text[e] == 's' && (e + 1 >= s_.end || !is_alpha(text[e + 1]));
  if (!plural_s || n.words || n.grouped || n.decimals || q.currency || std::fmod(n.value, 10) != 0)
    return std::nullopt;
  double first = n.value;
  if (n.digits == 2 && q.begin > s_.begin && (text[q.begin - 1] == '\'' || text.substr(0, q.begin).ends_with("\xE2\x80\x99")))
    first = text::expand_two_digit_year(static_cast<int>(first));
  else if (n.digits != 4 || !text::reads_as_year(first))
    return std::nullopt;
  Claim claim;
  claim.kind = Kind::year;
  claim.low = first;
  claim.high = first + 9;
  claim.start = n.begin;
  claim.end = e + 1;
  resume = claim.end;
  return claim;
}

bool FigureFinder::abbreviated_year(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.words || n.decimals || n.grouped || n.digits != 2 || q.unit || q.currency || q.scale != 1) return false;
  std::size_t b = q.begin;
  std::size_t mark = 0;
  if (b > s_.begin && text[b - 1] == '\'') mark = 1;
  else if (b >= s_.begin + 3 && text.substr(b - 3, 3) == "\xE2\x80\x99") mark = 3;
  if (mark == 0) return false;
  // Not inside a word ("rock'n'roll 99") and not a decade ("the '80s", read before).
  if (b - mark > s_.begin && (is_alpha(text[b - mark - 1]) || is_digit(text[b - mark - 1]))) return false;
  return !(q.end < s_.end && (is_alpha(text[q.end]) || is_digit(text[q.end])));
}

// "2732 x 2048 pixels", "1920×1080": one side of a dimension, never a year.
bool FigureFinder::dimension_part(const Quantity& q) const {
  std::string_view text = src_.text;
  auto times_at = [&](std::size_t p) -> std::size_t {  // length of an "x" or "×" at p
    if (p < s_.end && (text[p] == 'x' || text[p] == 'X')) return 1;
    if (text.substr(p, 2) == "\xC3\x97") return 2;
    return 0;
  };
  std::size_t a = skip_spaces(text, q.end, s_.end);
  if (std::size_t n = times_at(a); n && a + n < s_.end && is_digit(text[skip_spaces(text, a + n, s_.end)])) return true;
  std::size_t b = skip_spaces_back(text, q.begin, s_.begin);
  for (std::size_t n : {std::size_t{1}, std::size_t{2}}) {
    if (b < s_.begin + n || times_at(b - n) != n) continue;
    std::size_t d = skip_spaces_back(text, b - n, s_.begin);
    if (d > s_.begin && is_digit(text[d - 1])) return true;
  }
  return false;
}

// "well above 2004's average", "until at least 2008, helped by", "over 2005 as a whole": after
// a qualifier, four digits are still a year before a possessive, or where a word of no noun
// phrase (a function word, a verb) or punctuation follows; "about 2000 people" is a count.
bool FigureFinder::year_after_qualifier(const Quantity& q) const {
  std::string_view text = src_.text;
  if (text::possessive_length(text.substr(q.begin, token_end(s_, q.begin) - q.begin))) return true;
  auto next = word_after(text, q.end, s_.end);
  return !next || !is_content_word(next->view(text), lex_);
}

}  // namespace factsheet::extract
