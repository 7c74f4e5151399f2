// What the grammars read out of a candidate span. Offsets are byte offsets into
// the text the Source holds; `end` is exclusive.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace factsheet::grammar {

// A number no other Source of this thread has had (see Source::serial).
inline std::uint64_t next_source_serial() {
  thread_local std::uint64_t last = 0;
  return ++last;
}

// The text being parsed and the vocabulary to parse it with.
struct Source {
  std::string_view text;
  const Lexicon& lex;
  // Names this text for caches of what was looked up in it (phrase_parser): another text
  // may later sit at the same address, but never under the same number.
  std::uint64_t serial = next_source_serial();
};

// A reference to a lexicon entry matched in the text.
struct Ref {
  std::uint32_t id = 0;
  std::size_t begin = 0, end = 0;
};

// A number as written: "1,234.5", "13000", "Twenty-two", "half a million", "1.5".
struct Numeral {
  double value = 0;
  int decimals = 0;        // digits after the decimal point ("0.60" -> 2)
  bool words = false;      // spelled out (fully or partly: "1.5 million" is not)
  bool grouped = false;    // thousands separators were used ("10,000")
  bool has_scale_word = false;  // the words include thousand/million/... ("two million")
  int digits = 0;          // integer digits as written, for year and identifier checks
  bool leading_zero = false;    // "0008": identifiers, not quantities
  std::size_t begin = 0, end = 0;
};

// A fraction word form: "two-thirds", "a third", "three quarters", "half".
struct Fraction {
  double numerator = 1, denominator = 2;
  std::size_t begin = 0, end = 0;
  std::size_t denominator_begin = 0;  // where the denominator's words start
  bool compound = false;              // a denominator of two words: "twenty-fifths"
};

// "tens of millions", "thousands", "dozens": a vague magnitude, read as [low, high).
struct Vague {
  double low = 0, high = 0;
  std::size_t begin = 0, end = 0;
};

// One quantity: [sign] [currency] numeral [scale...] [ordinal suffix] [currency | unit] [per unit].
struct Quantity {
  int sign = 0;                    // +1 "+5%", -1 "-5", "minus 5"; 0 none written
  std::optional<Ref> currency;     // prefix or suffix currency
  bool currency_before = false;
  Numeral number;
  double scale = 1;                // product of scale words ("41 billion", "£600m")
  std::optional<Ref> scale_word;   // the last scale word or suffix
  std::optional<Ref> unit;         // unit of measure, percent, duration or age
  std::optional<Ref> per_unit;     // "$58 per barrel", "a barrel", "/kg"
  std::optional<std::size_t> per_noun_end;  // "per share": the noun is not in the lexicon
  std::size_t per_noun_begin = 0;
  bool ordinal = false;            // "75th"
  bool hyphen_unit = false;        // "10-year", "62-year-old": the unit is joined by a hyphen
  std::size_t begin = 0, end = 0;

  double value() const {
    double v = number.value * scale;
    // "$16.1m": 16.1 * 1e6 is 16100000.000000002 in binary. The written digits as a whole
    // number, times the scale, divided once by the power of ten, give the double nearest to
    // the amount as written.
    if (scale != 1 && number.decimals > 0 && number.decimals <= 9 && !number.words) {
      double p = std::pow(10.0, number.decimals);
      double digits = std::round(number.value * p);
      if (std::fabs(digits * scale) < 9e15) v = digits * scale / p;
    }
    return (sign < 0 ? -1 : 1) * v;
  }
};

// A month-based date or date range: "May 20", "21 May", "May 2023", "May 17-19",
// "July 3–4", "20 May 2024", "May 20, 2024", "2024-05-20".
struct Date {
  int year = 0, month = 0, day = 0;     // 0 = not stated
  int day2 = 0, month2 = 0;             // range end ("May 17-19", "May 30-June 2")
  std::size_t begin = 0, end = 0;
};

// A clock time: "10:30", "3 p.m.", "10.45pm", "15:00 GMT".
struct Time {
  int hour = 0, minute = 0;
  std::size_t begin = 0, end = 0;
};

}  // namespace factsheet::grammar
