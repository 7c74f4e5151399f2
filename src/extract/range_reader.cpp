// A second quantity after a first: ranges ("5-6 million", "between 6 and 7"), ratios
// ("3 out of 10"), year spans ("2012-13") and scores ("2-1").
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

using grammar::Quantity;
using namespace figure_helpers;

std::optional<std::size_t> FigureFinder::read_second(const Quantity& q1, Claim& claim, bool& score) {
  auto conn = grammar::parse_connector(src_, q1.end, s_.end);
  if (!conn) return std::nullopt;
  using grammar::Connector;
  Connector kind = conn->first;
  std::size_t begin = q1.begin;
  switch (kind) {
    case Connector::and_:
      if (!word_before_is(s_, begin, lex_, SyntaxRole::range_between)) return std::nullopt;
      break;
    case Connector::to:
      // "rose 5% to 6%" and "up 19 cents to $58" give a change and a level; "rose 5 to 6
      // percent" and "from 5 to 6" are ranges. "declined by 13,000 to 218,000": after "by",
      // a second number far larger than the first is the level ("slipped by 2 to 2.5
      // degrees" is a range).
      if (word_before_is(s_, begin, lex_, SyntaxRole::agent) && change_before(s_, begin, lex_) != Change::none) {
        auto level = grammar::parse_quantity(src_, conn->second, s_.end);
        if (level && level->value() > 4 * q1.value()) return std::nullopt;
      }
      // "lifted rates 0.25% to 5.5%": a transitive change verb takes a percentage without "by".
      if ((q1.unit || q1.currency) && !word_before_is(s_, begin, lex_, SyntaxRole::range_from) &&
          (change_before(s_, begin, lex_, relative_unit(lex_, q1)) != Change::none || change_word_before(s_, begin, lex_)))
        return std::nullopt;
      break;
    default:
      break;
  }
  // "between 2 g and about 7 g", "2 - ~7 grams": an approximation on the far end belongs to
  // the range; only "about"-like words, since "5 to more than 10" is no span.
  std::size_t second = conn->second;
  if (auto m = lex_.qualifiers().longest(src_.text, second);
      m && kind != Connector::or_ && lex_.qualifier(m->id).qualifier == Qualifier::approx &&
      !lex_.qualifier(m->id).after) {
    std::size_t p = skip_spaces(src_.text, second + m->length, s_.end);
    if (p < s_.end) second = p;
  }
  auto q2 = grammar::parse_quantity(src_, second, s_.end);
  if (!q2 || q1.ordinal || q2->ordinal) return std::nullopt;
  // "the three months to 31 December 2004", "the year to March": a period that ends on a
  // date; the date is no end of a range.
  if (kind == Connector::to) {
    auto d = grammar::parse_date(src_, conn->second, s_.end);
    if (d && d->end > q2->end) return std::nullopt;
  }
  if (q2->end < s_.end && (is_alpha(src_.text[q2->end]) || is_digit(src_.text[q2->end]))) return std::nullopt;

  if (kind == Connector::out_of || kind == Connector::of || kind == Connector::in) {
    if (!plain(q1) || !plain(*q2) || !integral(q1.number.value) || !integral(q2->number.value)) return std::nullopt;
    double part = q1.number.value, whole = q2->number.value;
    if (part > whole || whole == 0 || year_like(*q2)) return std::nullopt;
    if (kind == Connector::of && part == whole) return std::nullopt;
    // "about 500 of its 777-200LR planes", "two of its 10-year bonds": a whole joined by a
    // hyphen is part of a code or a compound, not the number of the group.
    if (q2->end + 1 < s_.end && src_.text[q2->end] == '-' &&
        (is_alpha(src_.text[q2->end + 1]) || is_digit(src_.text[q2->end + 1])))
      return std::nullopt;
    // "one of four films", "one of 1,466 aspiring novelists": one member picked out of a
    // group states no share (a mention, read by the count reader), and the group is a count
    // of its own. "one in four" and "one out of four" are shares.
    if (kind == Connector::of && part == 1 && q1.number.words) return std::nullopt;
    if (kind == Connector::in && (part > 10 || whole > 1000000)) return std::nullopt;
    claim.kind = Kind::ratio;
    claim.part = part;
    claim.whole = whole;
    claim.value = round4(part / whole);
    std::size_t end = q2->end;
    if (auto noun = find_counted_noun(src_.text, end, s_.end, lex_, whole == 1)) {
      claim.unit = noun->lemma;
      claim.unit_name = noun->lemma;
      end = noun->end;
    } else if (auto whole_noun = share_whole_noun(end)) {
      // "one in five of its viewers", "one in ten of the bank's customers": the noun of the
      // whole after "of"; the span stays on the share.
      claim.unit = whole_noun->lemma;
      claim.unit_name = whole_noun->lemma;
    }
    return end;
  }

  // A range: dash, "to", "between .. and", "or".
  if (kind == Connector::or_ && (q1.number.value >= q2->number.value || q2->number.value > 1000))
    return std::nullopt;
  // "a vote of 218 to 212": a falling "to" pair of plain numbers is a tally, not a range
  // ("from 90 to 53" is a span).
  if (kind == Connector::to && plain(q1) && plain(*q2) && q1.value() > q2->value() && !word_before_is(s_, begin, lex_, SyntaxRole::range_from))
    return std::nullopt;
  // "from 24.2 to 33-35 billion euros": a far end that is a range of its own ends the span
  // at its own far end, which carries the magnitude and unit (24.2 to 35 billion euros);
  // not a code ("to 1545-0008").
  if (kind != Connector::dash && !q2->number.leading_zero && q2->end + 1 < s_.end && src_.text[q2->end] == '-' &&
      is_digit(src_.text[q2->end + 1])) {
    auto far = grammar::parse_quantity(src_, q2->end + 1, s_.end);
    if (!far || far->number.leading_zero || far->number.value <= q2->number.value ||
        (far->end + 1 < s_.end && src_.text[far->end] == '-' && is_digit(src_.text[far->end + 1])))
      return std::nullopt;
    q2 = far;
  }
  // Phone numbers and codes: "650-333-6555", "1545-0008".
  if (q2->number.leading_zero ||
      (q2->end + 1 < s_.end && src_.text[q2->end] == '-' && is_digit(src_.text[q2->end + 1]))) {
    score = true;
    return token_end(s_, q2->end);
  }
  // "between 2000 and 2100 GMT", "from 1130 to 1215 GMT": a time zone after the far end
  // makes both ends clock times of a 24-hour clock, not years.
  if (auto t2 = grammar::parse_time(src_, q2->begin, s_.end);
      t2 && t2->begin == q2->begin && t2->end > q2->end && plain(q1) && q1.number.digits == 4 && !q1.number.grouped &&
      q1.number.decimals == 0) {
    int hour = static_cast<int>(q1.number.value) / 100, minute = static_cast<int>(q1.number.value) % 100;
    if (hour < 24 && minute < 60) {
      char low[16], high[16];
      std::snprintf(low, sizeof low, "%02d:%02d", hour, minute);
      std::snprintf(high, sizeof high, "%02d:%02d", t2->hour % 25, t2->minute % 60);
      claim.kind = Kind::time;
      claim.low = std::string(low);
      claim.high = std::string(high);
      claim.value = std::string(low) + "/" + high;  // an ISO interval, as a date range's
      return t2->end;
    }
  }
  // "2012-13", "2000-1" (the year after, in one digit), "1999-2000".
  bool next_digit = q2->number.digits == 1 && std::fmod(q1.number.value + 1, 10) == q2->number.value;
  if (year_like(q1) && plain(*q2) && !q2->number.words &&
      ((year_like(*q2) && q2->number.value > q1.number.value) ||
       (kind == Connector::dash && (q2->number.digits == 2 || next_digit) && !q2->number.grouped &&
        q2->number.decimals == 0))) {
    claim.kind = Kind::year;
    claim.low = q1.number.value;
    double high = q2->number.value;
    if (q2->number.digits == 2) high += std::floor(q1.number.value / 100) * 100;
    if (next_digit) high = q1.number.value + 1;
    claim.high = high;
    return q2->end;
  }
  // "from 2008 to 29 mpg": a year does not open a range of other things; "1000-5000 people",
  // whose far end is no year, is a range of numbers.
  // Its far end may carry the unit: "1000-5000 dollars".
  bool bare_range = year_like(q1) && q2->scale == 1 && !q2->ordinal && !q2->number.words && !q2->number.grouped &&
                    q2->number.digits >= 4 && q2->number.decimals == 0 && !text::reads_as_year(q2->number.value) &&
                    q2->number.value > q1.number.value && (kind == Connector::dash || kind == Connector::to);
  if ((year_like(q1) && !bare_range) || !compatible(lex_, q1, *q2)) return std::nullopt;
  if (kind == Connector::dash && plain(q1) && plain(*q2) && !q1.number.words && q1.number.decimals == 0 &&
      q2->number.decimals == 0 && q1.number.value <= 200 && q2->number.value <= 200) {
    // "2-1", "a 3-0 win": a score unless a counted noun follows ("5-6 people").
    // A name ("Bristol City 2-1 Milton Keynes", "the 11-9 Six Nations win") or a score noun
    // at the head ("a 2-1 Champions League lead") is no counted noun either.
    auto cls = class_of_word_after(s_, q2->end, lex_);
    auto counted = find_counted_noun(src_.text, q2->end, s_.end, lex_, false);
    bool noun = counted.has_value();
    if (counted) {
      auto head_class = lex_.classify_word(counted->lemma);
      bool name = is_capitalized(src_.text.substr(counted->head_begin, counted->end - counted->head_begin));
      if (name || (head_class && *head_class == WordClass::score_noun)) noun = false;
    }
    if ((cls && *cls == WordClass::score_noun) || !noun) {
      if (!age_cue_before(begin)) {
        // A score or win-loss record is a pair, not a quantity: kind other, the two
        // numbers in the order written.
        claim.kind = Kind::other;
        claim.low = q1.number.value;
        claim.high = q2->number.value;
        return q2->end;
      }
    }
  }
  // Carry unit, currency and scale across the range: "5-6 million", "$10-20", "15-20 usd".
  Quantity a = q1, b = *q2;
  if (!a.currency && b.currency) a.currency = b.currency;
  if (a.currency && !b.currency) b.currency = a.currency;
  if (!a.unit && b.unit) a.unit = b.unit;
  if (a.unit && !b.unit) b.unit = a.unit;
  if (a.scale == 1 && b.scale > 1 && a.number.value <= b.number.value) {
    a.scale = b.scale;
    a.scale_word = b.scale_word;
  }
  // "two to three million", "six or seven thousand": in words the scale is part of the
  // second number, and the first takes its magnitude.
  if (a.scale == 1 && b.scale == 1 && a.number.words && b.number.words && b.number.has_scale_word &&
      !a.number.has_scale_word && b.number.value > 0) {
    double magnitude = std::pow(1000.0, std::floor(std::log10(b.number.value) / 3));
    if (a.number.value * magnitude <= b.number.value) {
      a.number.value *= magnitude;
      a.number.has_scale_word = true;
    }
  }
  Claim lo, hi;
  std::size_t end = b.end, lo_end = a.end;
  if (!fill_with_noun(b, hi, end)) {
    // "a 1000-5000 range": the far end of a range of numbers names no model.
    if (!bare_range) return std::nullopt;
    hi = Claim{};
    hi.kind = Kind::count;
    hi.value = b.value();
    end = b.end;
  }
  if (!fill_single(a, lo, lo_end)) lo.value = a.value();
  claim.kind = hi.kind;
  claim.unit = hi.unit;
  claim.unit_name = hi.unit_name;
  // "from $50 a barrel to $45": the rate written after the first end holds for both.
  if (lo.unit && hi.unit && lo.unit_name && lo.unit->starts_with(*hi.unit + "/")) {
    claim.unit = lo.unit;
    claim.unit_name = lo.unit_name;
  }
  claim.low = std::holds_alternative<double>(lo.value) ? lo.value : Value(a.value());
  claim.high = hi.value;
  // "aged 18 to 24"
  if (claim.kind == Kind::count && !claim.unit && age_cue_before(begin)) {
    claim.kind = Kind::age;
    claim.unit = kYearUnit;
    claim.unit_name = "year of age";
  }
  return end;
}

// "the 2003/04 season", "in 2004-05", "1999/2000": a fiscal year or a season, two years of
// which the second is the year after, written with a slash, or with a dash and a leading
// zero (the range reader reads "2012-13"; "1995-01" is January 1995, "24/7" no year).
std::optional<std::size_t> FigureFinder::short_year_span(const Quantity& q, Claim& claim) const {
  std::string_view text = src_.text;
  std::size_t e = q.end;
  if (!year_like(q) || e + 2 >= s_.end || (text[e] != '/' && text[e] != '-')) return std::nullopt;
  std::size_t p = e + 1, digits = 0;
  while (p < s_.end && is_digit(text[p])) ++p, ++digits;
  if (p < s_.end && (is_alpha(text[p]) || text[p] == '/' || text[p] == '-' || (text[p] == '.' && p + 1 < s_.end && is_digit(text[p + 1]))))
    return std::nullopt;
  if (digits != 2 && digits != 4) return std::nullopt;  // and no run of digits read as a number
  int year = static_cast<int>(q.number.value), second = 0;
  for (std::size_t k = e + 1; k < p; ++k) second = second * 10 + (text[k] - '0');
  bool short_form = digits == 2 && second == (year + 1) % 100 && (text[e] == '/' || text[e + 1] == '0');
  bool long_form = digits == 4 && second == year + 1 && text[e] == '/';
  if (!short_form && !long_form) return std::nullopt;
  claim.kind = Kind::year;
  claim.low = static_cast<double>(year);
  claim.high = static_cast<double>(year + 1);
  return p;
}

}  // namespace factsheet::extract
