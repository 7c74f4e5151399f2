// Fractions written with digits: "1/16 of a pint", "3/4 inch", "2 1/2 miles", "1⁄32"
// (U+2044 FRACTION SLASH). A slash between digits is also a date ("3/4"), a score or a
// rate ("24/7"), so the ASCII form counts only when it is a proper fraction, and alone only
// where nothing makes it a date or a tie-break score; the fraction slash and the vulgar
// fraction characters of Unicode ("¾", "2½ miles") are unambiguous.
#include <algorithm>
#include <cmath>

#include "extract/figure_finder.hpp"
#include "extract/words.hpp"
#include "text/chars.hpp"

namespace factsheet::extract {
namespace {

constexpr std::string_view kFractionSlash = "\xE2\x81\x84";  // U+2044
constexpr int kMaxDigits = 4;

using text::is_digit;

// Reads up to kMaxDigits plain digits at pos (no separators, no leading zero).
std::optional<int> small_integer(std::string_view text, std::size_t& pos, std::size_t end) {
  std::size_t p = pos;
  int v = 0;
  while (p < end && is_digit(text[p]) && p - pos < kMaxDigits + 1) v = v * 10 + (text[p++] - '0');
  if (p == pos || p - pos > kMaxDigits || text[pos] == '0') return std::nullopt;
  // "1/3,000" or "1/2.5" go on as other numbers; "1/3, he said" ends.
  if (p < end && (is_digit(text[p]) || ((text[p] == '.' || text[p] == ',') && p + 1 < end && is_digit(text[p + 1]))))
    return std::nullopt;
  pos = p;
  return v;
}

struct DigitFraction {
  double value = 0;
  int numerator = 0, denominator = 0;
  bool mixed = false;        // "2 1/2"
  bool fraction_slash = false;
  std::size_t end = 0;
};

std::optional<DigitFraction> parse_at(std::string_view text, std::size_t pos, std::size_t end,
                                      const Lexicon& lex) {
  // A vulgar fraction character ("¾") is a fraction and nothing else, like the fraction slash.
  if (auto u = lex.unicode_fraction_at(text, pos); u && pos + u->length <= end) {
    DigitFraction f;
    f.fraction_slash = true;
    f.numerator = u->numerator;
    f.denominator = u->denominator;
    f.value = static_cast<double>(u->numerator) / u->denominator;
    f.end = pos + u->length;
    // "½s" or "¾in" glued to letters is a code, as for "1/2in".
    if (f.end < end && (text::is_alpha(text[f.end]))) return std::nullopt;
    return f;
  }
  std::size_t p = pos;
  auto n = small_integer(text, p, end);
  if (!n) return std::nullopt;
  DigitFraction f;
  if (text.substr(p, kFractionSlash.size()) == kFractionSlash) {
    f.fraction_slash = true;
    p += kFractionSlash.size();
  } else if (p < end && text[p] == '/') {
    ++p;
  } else {
    return std::nullopt;
  }
  auto d = small_integer(text, p, end);
  if (!d || *n >= *d) return std::nullopt;
  // "3/4/2020" is a date; "1/2in" a code.
  if (p < end && (text[p] == '/' || (text::is_alpha(text[p])))) return std::nullopt;
  f.numerator = *n;
  f.denominator = *d;
  f.value = static_cast<double>(*n) / *d;
  f.end = p;
  return f;
}

// A proper fraction with neither "of" nor a unit ("a 1/5 chance", "odds of 1/5") reads as
// a date beside a month or year ("8/9 January", "3/4 2005") or after a preposition of
// time ("on 3/4", "since 1/5"), as a tie-break score in brackets after a set ("6-7
// (3/7)"), and as a season from a four-digit denominator ("the 2000/2001 season").
bool date_or_score(std::string_view text, std::size_t begin, std::size_t end, std::size_t s_begin,
                   std::size_t s_end, const Lexicon& lex) {
  if (end - text.find('/', begin) > 4) return true;  // four digits after the slash
  if (auto before = word_before(text, begin, s_begin); before && lex.context().has_role(before->view(text), SyntaxRole::adjunct))
    return true;
  if (auto after = word_after(text, end, s_end); after && after->begin == skip_spaces(text, end, s_end)) {
    std::string_view w = after->view(text);
    if (lex.months().longest(w, 0)) return true;
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return is_digit(ch); })) return true;
  }
  if (begin > s_begin && text[begin - 1] == '(') {
    std::size_t p = begin - 1;
    while (p > s_begin && text[p - 1] == ' ') --p;
    if (p > s_begin && is_digit(text[p - 1])) return true;
  }
  return false;
}

}  // namespace

std::optional<Claim> FigureFinder::read_digit_fraction(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  std::size_t begin = c.begin;
  auto f = parse_at(text, c.begin, s_.end, lex_);
  double whole_part = 0;
  if (!f) {
    // "2 1/2 miles": a whole number, one space, a fraction; "2½ miles", "2 ½ miles".
    std::size_t p = c.begin;
    std::size_t q = p;
    while (q < s_.end && is_digit(text[q]) && q - p <= kMaxDigits) ++q;
    if (q == p || q >= s_.end) return std::nullopt;
    std::size_t frac = q;
    if (!lex_.unicode_fraction_at(text, q)) {
      if (text[q] != ' ') return std::nullopt;
      frac = q + 1;
    }
    f = parse_at(text, frac, s_.end, lex_);
    if (!f) return std::nullopt;
    whole_part = 0;
    for (std::size_t i = p; i < q; ++i) whole_part = whole_part * 10 + (text[i] - '0');
    f->mixed = true;
  }
  // A digit right before ("12/3") or a slash ("1/2/3") makes it something else.
  if (begin > s_.begin && (is_digit(text[begin - 1]) || text[begin - 1] == '/' || text[begin - 1] == '.'))
    return std::nullopt;

  std::size_t end = f->end;
  std::size_t p = skip_spaces(text, end, s_.end);
  bool of = false;
  if (auto w = word_after(text, end, s_.end); w && lex_.context().has_role(w->view(text), SyntaxRole::partitive)) {
    of = true;
    p = skip_spaces(text, w->end, s_.end);
    if (auto det = word_after(text, w->end, s_.end)) {
      if (lex_.context().has_role(det->view(text), SyntaxRole::indefinite) || lex_.context().has_role(det->view(text), SyntaxRole::definite)) p = skip_spaces(text, det->end, s_.end);
    }
  } else if (p < s_.end && text[p] == '-') {
    p = p + 1;  // "1/2-inch pipe"
  }
  const Unit* unit = nullptr;
  std::size_t unit_end = 0;
  if (auto m = lex_.units().longest(text, p); m && p + m->length <= s_.end) {
    std::size_t e = p + m->length;
    if (e >= s_.end || !is_word_byte(text, e)) {
      unit = &lex_.unit(m->id);
      unit_end = e;
      if (unit->kind == Kind::percent) unit = nullptr;
    }
  }
  if (!unit && !of && !f->fraction_slash && (f->mixed || date_or_score(text, begin, end, s_.begin, s_.end, lex_)))
    return std::nullopt;

  Claim claim;
  if (unit) {
    // "1/16 of a pint", "2 1/2 miles": a measure; the value is exact, not rounded.
    set_unit(claim, *unit);
    claim.value = whole_part + f->value;
    end = unit_end;
  } else if (f->mixed) {
    claim.kind = Kind::count;
    claim.value = whole_part + f->value;
  } else {
    // "2/3 of the budget": a share, like "two-thirds of".
    claim.kind = Kind::ratio;
    claim.part = f->numerator;
    claim.whole = f->denominator;
    claim.value = std::round(f->value * 10000.0) / 10000.0;
    if (of) {
      if (auto noun = find_counted_noun(text, p, s_.end, lex_, false)) {
        claim.unit = noun->lemma;
        claim.unit_name = noun->lemma;
      }
    }
  }
  attach_context(claim, begin, end, 0);
  resume = end;
  return claim;
}

}  // namespace factsheet::extract
