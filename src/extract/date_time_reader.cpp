// Dates, clock times, decades and abbreviated years; and when four digits are not a year.
#include <algorithm>
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
  if (auto m = lex_.months().ending_at(src_.text, c.begin, 1); m && m->first >= s_.begin) {
    d = grammar::parse_date(src_, m->first, s_.end);
    // "July to September 2004", "between July and September 2004": the range of months
    // opens a word or a dash before the month of the year.
    std::size_t link = skip_spaces_back(src_.text, m->first, s_.begin);
    std::string_view head = src_.text.substr(s_.begin, link - s_.begin);
    if (head.ends_with("-") || head.ends_with("\xE2\x80\x93")) {  // "-" or an en dash
      link = skip_spaces_back(src_.text, link - (head.ends_with("-") ? 1 : 3), s_.begin);
    } else if (auto w = word_before(src_.text, m->first, s_.begin);
               w && (lex_.context().has_role(w->view(src_.text), SyntaxRole::range_to) ||
                     lex_.context().has_role(w->view(src_.text), SyntaxRole::additive))) {
      link = w->begin;
    } else {
      link = 0;
    }
    if (link > s_.begin)
      if (auto first = lex_.months().ending_at(src_.text, link, 1); first && first->first >= s_.begin) {
        std::size_t from = first->first;
        if (auto b = word_before(src_.text, from, s_.begin); b && lex_.context().has_role(b->view(src_.text), SyntaxRole::range_between))
          from = b->begin;
        if (auto range = grammar::parse_date(src_, from, s_.end); range && range->month2 && d && range->end == d->end)
          d = range;
      }
  }
  // "in July, 2002": a month, a comma and a year, when no noun follows the year ("in May,
  // 2000 people marched" counts people).
  if (!d && c.begin >= s_.begin + 2 && src_.text[c.begin - 1] == ' ' && src_.text[c.begin - 2] == ',')
    if (auto m = lex_.months().ending_at(src_.text, c.begin - 2, 1); m && m->first >= s_.begin) {
      auto md = grammar::parse_date(src_, m->first, s_.end);
      auto next = md ? word_after(src_.text, md->end, s_.end) : std::nullopt;
      bool noun_after = next && next->begin == md->end + 1 && is_content_word(next->view(src_.text), lex_) &&
                        !is_capitalized(next->view(src_.text));
      if (md && md->year && !md->day && !noun_after) d = md;
    }
  if (!d || d->end <= c.begin) d = grammar::parse_date(src_, c.begin, s_.end);
  if (!d || d->end <= c.begin) return std::nullopt;
  Claim claim;
  claim.kind = Kind::date;
  claim.start = d->begin;
  claim.end = d->end;
  std::string low = iso_date(d->year, d->month, d->day);
  if (d->month2 && !d->day && !d->day2) {  // "July-September 2004"
    std::string high = iso_date(d->year, d->month2, 0);
    claim.value = low + "/" + high;
    claim.low = low;
    claim.high = high;
  } else if (d->day2) {
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

// Whether "clock" is written (in any case) in the sentence or just past it, where a
// number word's "o'clock" can end: most sentences do not, and then no number word needs to
// be read as a clock time.
bool FigureFinder::sentence_has_clock() const {
  if (clock_in_sentence_ < 0) {
    std::string_view text = src_.text;
    std::size_t end = std::min(text.size(), s_.end + std::string_view("o\xE2\x80\x99" "clock").size());
    constexpr std::string_view kClock = "clock";
    clock_in_sentence_ = 0;
    for (std::size_t i = s_.begin; i + kClock.size() <= end && !clock_in_sentence_; ++i) {
      std::size_t k = 0;
      while (k < kClock.size() && text::to_lower(text[i + k]) == kClock[k]) ++k;
      if (k == kClock.size()) clock_in_sentence_ = 1;
    }
  }
  return clock_in_sentence_ == 1;
}

// "three o'clock", "eleven o’clock": an hour in words, as "3 o'clock" in digits.
std::optional<Claim> FigureFinder::read_word_clock(const Candidate& c, std::size_t& resume) const {
  if (!sentence_has_clock()) return std::nullopt;
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
