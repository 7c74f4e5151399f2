// Ordinals written in words: "twenty-first", "thirty-third festival", "twenty fifth", "the
// tenth straight month". Digit ordinals ("75th") are read with the quantity grammar
// (figure_finder.cpp).
#include <cmath>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

using namespace figure_helpers;

// The smallest ordinal read from one word: "tenth" ("tenth straight month" as "10th").
constexpr double kMinOrdinalWord = 10;
// Words of an ordinal from a hundred up: "two million three hundred and twenty-first".
constexpr std::size_t kMaxCompoundOrdinalWords = 12;

namespace {

// An ordinal written in words from `begin` to `end`; the noun right after it is part of the
// span ("thirty-third festival", "two hundredth anniversary").
Claim spelled_ordinal(double value, std::size_t begin, std::size_t end, std::string_view text, std::size_t limit,
                      const Lexicon& lex) {
  Claim claim;
  claim.kind = Kind::ordinal;
  claim.value = value;
  if (auto n = word_after(text, end, limit); n && is_content_word(n->view(text), lex)) end = n->end;
  claim.start = begin;
  claim.end = end;
  return claim;
}

}  // namespace

std::optional<Claim> FigureFinder::read_spelled_ordinal(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  auto tens = lex_.number_words().longest(text, c.begin);
  if (!tens || lex_.number_word(tens->id).cls != NumberClass::tens) return std::nullopt;
  std::size_t p = c.begin + tens->length;
  // The joint: a hyphen or dash ("twenty-first", "twenty—fifth") or one space.
  bool spaced = false;
  if (std::size_t d = p < s_.end ? factsheet::text::dash_at(text, p) : 0) {
    p += d;
  } else if (p < s_.end && text[p] == ' ') {
    ++p;
    spaced = true;
  } else {
    return std::nullopt;
  }
  auto unit = lex_.number_words().longest(text, p);
  if (!unit) return std::nullopt;
  const NumberWord& w = lex_.number_word(unit->id);
  std::size_t end = p + unit->length;
  std::string word = lower_ascii(text.substr(p, unit->length));
  // "fifths", "quarter" and "half" are fractions.
  if (!is_ordinal_word(word, lex_) || w.value > 9) return std::nullopt;
  // "a thirty second advert" is a duration; only the joined form is the ordinal.
  if (spaced && w.cls == NumberClass::ordinal && w.value == 2) return std::nullopt;
  // "a thirty-second spot": after an article, "-second" is the unit of time.
  if (lex_.is_time_unit(word)) {
    auto det = word_before(text, c.begin, s_.begin);
    if (det && lex_.context().has_role(det->view(text), SyntaxRole::indefinite)) return std::nullopt;
  }
  Claim claim = spelled_ordinal(lex_.number_word(tens->id).value + w.value, c.begin, end, text, s_.end, lex_);
  resume = claim.end;
  return claim;
}

// "two hundredth", "the one hundred and fiftieth", "two hundred and twenty-first", "the
// two thousandth visitor": an ordinal from a hundred up in words, a cardinal that ends on an
// ordinal word. "one hundredth" (also "a hundredth of a second") is left to the readers of
// fractions and single ordinals. Below a hundred the tail takes "and" or a hyphen ("two
// thousand first-time buyers" and "five hundred third-party apps" are counts).
std::optional<Claim> FigureFinder::read_compound_ordinal(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  double total = 0, current = 0;
  bool big = false;     // a "hundred" or a scale word read
  bool joined = false;  // the joint before this word was "and" or a hyphen
  double last_scale = HUGE_VAL;  // scales fall from left to right ("two million three thousand")
  for (std::size_t p = c.begin, words = 0;; ++words) {
    // "two hundred and twenty-first" is six words; a longer run is no ordinal, and the cap
    // keeps the walk constant per candidate in a run of number words.
    if (words > kMaxCompoundOrdinalWords) return std::nullopt;
    auto m = lex_.number_words().longest(text, p);
    if (!m) return std::nullopt;
    std::size_t end = p + m->length;
    if (end < s_.end && factsheet::text::is_alpha(text[end])) return std::nullopt;
    const NumberWord& w = lex_.number_word(m->id);
    std::string word = lower_ascii(text.substr(p, m->length));
    if (is_ordinal_word(word, lex_)) {
      if (end < s_.end && factsheet::text::dash_at(text, end)) return std::nullopt;
      double value = 0;
      if (w.value >= 100) {
        // "hundred hundredth", "million thousandth" are no number.
        if ((w.value == 100 && current >= 100) || w.value >= last_scale) return std::nullopt;
        double n = current == 0 ? 1 : current;
        if (total == 0 && n == 1) return std::nullopt;
        value = total + n * w.value;
      } else {
        double below100 = std::fmod(current, 100);
        if (!big || (!joined && w.value < 10)) return std::nullopt;
        if (below100 != 0 && !(w.value < 10 && std::fmod(below100, 10) == 0)) return std::nullopt;
        value = total + current + w.value;
      }
      Claim claim = spelled_ordinal(value, c.begin, end, text, s_.end, lex_);
      resume = claim.end;
      return claim;
    }
    // Each word must extend the number: "one one hundred" is two numbers.
    double below100 = std::fmod(current, 100);
    if (w.cls != NumberClass::hundred && w.cls != NumberClass::scale && below100 != 0 &&
        !(w.cls == NumberClass::digit && std::fmod(below100, 10) == 0))
      return std::nullopt;
    switch (w.cls) {
      case NumberClass::digit:
      case NumberClass::teen:
      case NumberClass::tens:
        current += w.value;
        break;
      case NumberClass::article:
        if (p != c.begin) return std::nullopt;
        current = 1;
        break;
      case NumberClass::hundred:
        if (current >= 100) return std::nullopt;  // "hundred hundred"
        current = (current == 0 ? 1 : current) * w.value;
        big = true;
        break;
      case NumberClass::scale:
        if (w.value >= last_scale) return std::nullopt;  // "thousand thousand"
        last_scale = w.value;
        total += (current == 0 ? 1 : current) * w.value;
        current = 0;
        big = true;
        break;
      default:
        return std::nullopt;
    }
    // The joint to the next word: a hyphen, a space, or "and" between spaces.
    p = end;
    joined = false;
    if (p >= s_.end) return std::nullopt;
    if (std::size_t d = factsheet::text::dash_at(text, p)) {
      p += d;
      joined = true;
    } else if (text[p] == ' ') {
      ++p;
      if (auto a = word_after(text, p, s_.end); a && lex_.context().has_role(a->view(text), SyntaxRole::additive)) {
        p = a->end;
        if (p >= s_.end || text[p] != ' ') return std::nullopt;
        ++p;
        joined = true;
      }
    } else {
      return std::nullopt;
    }
  }
}

// "the tenth straight month", "the twelfth man", "the hundredth anniversary": one ordinal
// word from ten up, as "10th" is one. The words below ten ("third", "fifth") stay words, as
// "first" and "second" do. A word that is also a fraction is the fraction after an article
// or a number ("a tenth of", "one hundredth of a second", "three twentieths"); before a
// capitalised word it is part of a name ("Twentieth Century Fox").
std::optional<Claim> FigureFinder::read_single_ordinal(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  auto m = lex_.number_words().longest(text, c.begin);
  if (!m || c.begin + m->length != c.end) return std::nullopt;
  const NumberWord& w = lex_.number_word(m->id);
  std::string word = lower_ascii(text.substr(c.begin, m->length));
  if (w.cls != NumberClass::fraction || w.value < kMinOrdinalWord || !word.ends_with("th")) return std::nullopt;
  if (auto before = word_before(text, c.begin, s_.begin)) {
    std::string_view b = before->view(text);
    if (lex_.context().has_role(b, SyntaxRole::indefinite) || lex_.number_words().longest(b, 0) ||
        (!b.empty() && is_digit(b.back())))
      return std::nullopt;
    // Capitalised inside a sentence: a name ("the Twentieth Century").
    if (is_capitalized(text.substr(c.begin, m->length))) return std::nullopt;
  }
  std::size_t end = c.end;
  if (auto n = word_after(text, end, s_.end)) {
    if (is_capitalized(n->view(text))) return std::nullopt;
    // "the tenth of May" is a date.
    if (lex_.context().has_role(n->view(text), SyntaxRole::partitive)) {
      auto month = word_after(text, n->end, s_.end);
      if (month && lex_.months().longest(month->view(text), 0)) return std::nullopt;
    } else if (is_content_word(n->view(text), lex_)) {
      end = n->end;
    }
  }
  Claim claim;
  claim.kind = Kind::ordinal;
  claim.value = w.value;
  claim.start = c.begin;
  claim.end = end;
  resume = end;
  return claim;
}

}  // namespace factsheet::extract
