// Numerals: digits with separators and decimals, and English number words.
// Included by the translation units that instantiate grammars built on it.
#pragma once
#include <charconv>
#include <cmath>
#include <string>

#include "grammar/primitives.hpp"
#include "text/chars.hpp"

namespace factsheet::grammar::rules {

using x3::_attr;
using x3::_pass;
using x3::_val;

// ---- number-word tables ------------------------------------------------------
template <NumberClass C>
bool number_class(const Lexicon& lex, std::uint32_t id, bool) {
  return lex.number_word(id).cls == C;
}
inline constexpr auto w_zero = phrase(Table::number_word, &number_class<NumberClass::zero>, false);
inline constexpr auto w_digit = phrase(Table::number_word, &number_class<NumberClass::digit>, false);
inline constexpr auto w_teen = phrase(Table::number_word, &number_class<NumberClass::teen>, false);
inline constexpr auto w_tens = phrase(Table::number_word, &number_class<NumberClass::tens>, false);
inline constexpr auto w_hundred = phrase(Table::number_word, &number_class<NumberClass::hundred>, false);
inline constexpr auto w_scale = phrase(Table::number_word, &number_class<NumberClass::scale>, false);
inline constexpr auto w_dozen = phrase(Table::number_word, &number_class<NumberClass::dozen>, false);
inline constexpr auto w_article = phrase(Table::number_word, &number_class<NumberClass::article>, false);
inline constexpr auto w_fraction = phrase(Table::number_word, &number_class<NumberClass::fraction>, false);
// A fraction noun (syntax.tsv: "half", "quarter") alone names a share of a scale without
// "of a": "half million", "a quarter million" ("fifth billion-dollar" is an ordinal).
inline bool half_or_quarter(const Lexicon& lex, std::uint32_t id, bool) {
  return lex.number_word(id).cls == NumberClass::fraction &&
         lex.context().has_role(lex.number_words().phrases()[id], SyntaxRole::fraction_noun);
}
inline constexpr auto w_half_or_quarter = phrase(Table::number_word, &half_or_quarter, false);
inline constexpr auto w_multiple = phrase(Table::number_word, &number_class<NumberClass::multiple>, false);
inline constexpr auto w_vague = phrase(Table::number_word, &number_class<NumberClass::vague>, false);

inline double word_value(const Lexicon& lex, const Ref& r) { return lex.number_word(r.id).value; }
inline double word_value(const Lexicon&, double v) { return v; }
// Alternatives of same-typed parsers yield a variant; every branch carries a number.
template <typename... T>
double word_value(const Lexicon& lex, const boost::variant<T...>& v) {
  return boost::apply_visitor([&](const auto& x) { return word_value(lex, x); }, v);
}

// ---- actions -------------------------------------------------------------------
inline constexpr auto set_word = [](auto& ctx) { _val(ctx) = word_value(source_of(ctx).lex, _attr(ctx)); };
inline constexpr auto add_word = [](auto& ctx) { _val(ctx) += word_value(source_of(ctx).lex, _attr(ctx)); };
inline constexpr auto mul_word = [](auto& ctx) { _val(ctx) *= word_value(source_of(ctx).lex, _attr(ctx)); };
inline constexpr auto set_inverse = [](auto& ctx) {
  _val(ctx) = 1.0 / word_value(source_of(ctx).lex, _attr(ctx));
};
inline constexpr auto add_inverse = [](auto& ctx) {
  _val(ctx) += 1.0 / word_value(source_of(ctx).lex, _attr(ctx));
};
inline constexpr auto set_attr = [](auto& ctx) { _val(ctx) = word_value(source_of(ctx).lex, _attr(ctx)); };
inline constexpr auto add_attr = [](auto& ctx) { _val(ctx) += word_value(source_of(ctx).lex, _attr(ctx)); };
inline constexpr auto set_one = [](auto& ctx) { _val(ctx) = 1.0; };
inline constexpr auto times_100 = [](auto& ctx) { _val(ctx) *= 100.0; };
inline constexpr auto append_digit = [](auto& ctx) {
  _val(ctx).push_back(static_cast<char>('0' + static_cast<int>(word_value(source_of(ctx).lex, _attr(ctx)))));
};

// ---- spelled-out integers ------------------------------------------------------
x3::rule<class below100_r, double> const below100 = "below100";
x3::rule<class article_one_r, double> const article_one = "article_one";
x3::rule<class below1000_r, double> const below1000 = "below1000";
x3::rule<class scaled_term_r, double> const scaled_term = "scaled_term";
x3::rule<class dozens_r, double> const dozens = "dozens";
x3::rule<class and_fraction_r, double> const and_fraction = "and_fraction";
x3::rule<class proper_fraction_r, double> const proper_fraction = "proper_fraction";
x3::rule<class fraction_of_scale_r, double> const fraction_of_scale = "fraction_of_scale";
x3::rule<class point_digits_r, std::string> const point_digits = "point_digits";
x3::rule<class word_decimal_r, double> const word_decimal = "word_decimal";
x3::rule<class word_value_r, double> const word_number = "word_number";

inline auto const and_kw = role_word(SyntaxRole::additive);
inline auto const hyphen = x3::lit('-');

// "twenty-two", "twenty two", "fifty - two" (a spaced hyphen), "seventeen", "six"
auto const below100_def =
    (w_tens[set_word] >> -((hyphen | (ws >> hyphen >> ws) | ws) >> w_digit[add_word])) | w_teen[set_word] |
    w_digit[set_word];
auto const article_one_def = w_article[set_one];
// "three hundred and five", "a hundred"
auto const below1000_def =
    ((below100 | article_one)[set_attr] >> ws >> w_hundred[times_100] >>
     -(ws >> -(and_kw >> ws) >> below100[add_attr])) |
    below100[set_attr];
// "two million", "a thousand", "one and a half million", "half a million", and a share of
// the scale after it: "one million and a half", "two billion and three quarters" (not "one
// million and a half million", where the half is a term of its own, nor "and a third of").
struct ScaledParts {
  double n = 0, scale = 1, fraction = 0;
};
x3::rule<class scaled_parts_r, ScaledParts> const scaled_parts = "scaled_parts";
x3::rule<class trailing_fraction_r, double> const trailing_fraction = "trailing_fraction";
auto const trailing_fraction_def = (w_article >> ws >> w_fraction[set_inverse]) | proper_fraction[set_attr];
auto const scaled_parts_def =
    (and_fraction | below1000 | article_one)[([](auto& ctx) { _val(ctx).n = word_value(source_of(ctx).lex, _attr(ctx)); })] >>
    ws >> w_scale[([](auto& ctx) { _val(ctx).scale = word_value(source_of(ctx).lex, _attr(ctx)); })] >>
    -(&(ws >> and_kw >> ws >> trailing_fraction >> !(ws >> (role_word(SyntaxRole::partitive) | w_scale | w_hundred | w_dozen))) >> ws >>
      and_kw >> ws >> trailing_fraction[([](auto& ctx) { _val(ctx).fraction = _attr(ctx); })]);
auto const scaled_term_def =
    scaled_parts[([](auto& ctx) { _val(ctx) = (_attr(ctx).n + _attr(ctx).fraction) * _attr(ctx).scale; })] |
    fraction_of_scale[set_attr];
// "two dozen", "a dozen"
auto const dozens_def = (below100 | article_one)[set_attr] >> ws >> w_dozen[mul_word];
// "three quarters", "two-thirds" below one whole: the tail of a mixed number.
inline constexpr auto div_word = [](auto& ctx) {
  _val(ctx) /= word_value(source_of(ctx).lex, _attr(ctx));
  _pass(ctx) = _val(ctx) < 1;
};
auto const proper_fraction_def = below100[set_attr] >> (hyphen | ws) >> w_fraction[div_word];
// "one and a half", "two and a quarter", "one and three quarters", "twenty and three fifths",
// "one hundred and three and two thirds",
// and hyphenated as a premodifier: "a three-and-a-half year contract".
auto const and_joint = ws | hyphen;
auto const and_fraction_def =
    below1000[set_attr] >> and_joint >> and_kw >> and_joint >>
    ((w_article >> and_joint >> w_fraction[add_inverse]) | proper_fraction[add_attr]);
// "half a million", "a quarter of a million", "half a dozen", "a half million", "quarter million"
auto const fraction_of_scale_def =
    ((w_fraction[set_inverse] >> ws >> w_article) |
     (w_article >> ws >> w_fraction[set_inverse] >> ws >> role_word(SyntaxRole::partitive) >> ws >> w_article) |
     (-(w_article >> ws) >> w_half_or_quarter[set_inverse])) >>
    ws >> (w_scale | w_dozen | w_hundred)[mul_word];
// "five point three"
auto const point_digits_def = +((ws >> (w_digit | w_zero))[append_digit]);
auto const word_decimal_def =
    (below100 | w_zero[set_word])[set_attr] >> ws >> role_word(SyntaxRole::decimal_point) >> point_digits[([](auto& ctx) {
      _val(ctx) += std::stod("0." + _attr(ctx));
    })];

// "one billion and a half million": a share of a smaller scale added to the term before
// ("between a quarter million and half million" is a range, not a sum).
inline constexpr auto add_smaller = [](auto& ctx) {
  _pass(ctx) = _attr(ctx) < _val(ctx);
  if (_pass(ctx)) _val(ctx) += _attr(ctx);
};
auto const word_number_def =
    (scaled_term[set_attr] >> *(ws >> ((and_kw >> ws >> fraction_of_scale[add_smaller]) | scaled_term[add_attr])) >>
     // "one million and five", but not "between one million and two million" (two terms)
     // (the check comes first: an action is not undone when the sequence fails later)
     -(ws >> -(and_kw >> ws) >> &(below1000 >> !(ws >> (w_scale | w_dozen))) >> below1000[add_attr])) |
    dozens[set_attr] | word_decimal[set_attr] | and_fraction[set_attr] | below1000[set_attr] |
    w_zero[set_word];

BOOST_SPIRIT_DEFINE(below100, article_one, below1000, scaled_term, dozens, and_fraction, proper_fraction,
                    scaled_parts, trailing_fraction,
                    fraction_of_scale, point_digits, word_decimal, word_number)

// ---- digits --------------------------------------------------------------------
// Units, scales and currencies that make a plain-space digit group part of the
// number ("816 000 t", "1 500 000 euros"); without one, "in 2019 100 people" stays two.
inline bool any_entry(const Lexicon&, std::uint32_t, bool) { return true; }
inline constexpr auto any_unit = phrase(Table::unit, &any_entry, true);
inline constexpr auto any_scale = phrase(Table::scale, &any_entry, true);
inline constexpr auto any_currency = phrase(Table::currency, &any_entry, true);

auto const digit3 = x3::repeat(3)[digit] >> !digit;
auto const comma_groups = x3::repeat(1, 3)[digit] >> +(',' >> digit3);
// Every group after the first follows its own separator: "1 234 567" (narrow spaces).
auto const group_space = x3::lit("\xC2\xA0") | "\xE2\x80\x89" | "\xE2\x80\xAF" | "\xE2\x80\x87";
auto const unicode_groups = x3::repeat(1, 3)[digit] >> +(group_space >> digit3);
auto const space_groups = x3::repeat(1, 3)[digit] >> +(' ' >> digit3) >>
                          &(-ws >> (any_unit | any_scale | any_currency));
auto const decimals = '.' >> +digit;
auto const digits_body = ((comma_groups | unicode_groups | space_groups | +digit) >> -decimals) |
                         (&(x3::lit('.') >> digit) >> decimals);

// Reads value, decimals and shape from the digits as written.
inline void fill_from_digits(Numeral& n, std::string_view written, std::size_t begin) {
  std::string plain;
  plain.reserve(written.size());
  bool seen_dot = false;
  for (char c : written) {
    if (is_digit(c)) {
      plain.push_back(c);
      if (seen_dot) ++n.decimals;
      else ++n.digits;
    } else if (c == '.') {
      plain.push_back(c);
      seen_dot = true;
    } else {
      n.grouped = true;
    }
  }
  n.leading_zero = plain.size() > 1 && plain[0] == '0' && plain[1] != '.';
  double v = 0;
  if (std::from_chars(plain.data(), plain.data() + plain.size(), v).ec == std::errc::result_out_of_range) {
    // from_chars leaves `v` alone then: beyond a double's range is infinite (the extractor
    // drops such figures), a fraction too small for one is 0.
    bool whole_part = plain.find_first_of("123456789") < plain.find('.');
    v = whole_part ? HUGE_VAL : 0;
  }
  n.value = v;
  n.begin = begin;
  n.end = begin + written.size();
}

x3::rule<class digit_numeral_r, Numeral> const digit_numeral = "digit_numeral";
x3::rule<class word_numeral_r, Numeral> const word_numeral = "word_numeral";
x3::rule<class numeral_r, Numeral> const numeral = "numeral";

inline constexpr auto make_digit_numeral = [](auto& ctx) {
  auto& range = _attr(ctx);
  std::string_view written(&*range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  fill_from_digits(_val(ctx), written, offset_of(ctx, &*range.begin()));
};
inline constexpr auto word_numeral_value = [](auto& ctx) {
  _val(ctx).value = _attr(ctx);
  _val(ctx).words = true;
  // Below a thousand every word form is scale-free; from a thousand up it needs one.
  _val(ctx).has_scale_word = _attr(ctx) >= 1000;
};
inline constexpr auto word_numeral_span = [](auto& ctx) {
  auto& range = _attr(ctx);
  _val(ctx).begin = offset_of(ctx, &*range.begin());
  _val(ctx).end = offset_of(ctx, &*range.begin()) + static_cast<std::size_t>(range.end() - range.begin());
};

// ---- scientific notation ---------------------------------------------------------
// "3.2×10^-19", "3.2 × 10−19", "6.02x10^23", "6.02×10²³": a power of ten after a sign of
// multiplication. The exponent needs its own mark (a caret, a minus or superscript
// digits), so "5 x 10 metres" stays a dimension.
auto const times_sign = x3::lit("\xC3\x97") | x3::lit('x') | x3::lit('X') | x3::lit('*');
auto const minus_mark = x3::lit('-') | x3::lit("\xE2\x88\x92");  // hyphen, U+2212
auto const superscript_digit = x3::lit("\xE2\x81\xB0") | x3::lit("\xC2\xB9") | x3::lit("\xC2\xB2") |
                               x3::lit("\xC2\xB3") | (x3::lit("\xE2\x81") >> x3::char_("\xB4-\xB9"));
auto const superscript_minus = x3::lit("\xE2\x81\xBB");
auto const exponent_syntax =
    -ws >> times_sign >> -ws >> x3::lit("10") >>
    (('^' >> -minus_mark >> +digit) | (minus_mark >> +digit) | (-superscript_minus >> +superscript_digit)) >>
    !digit;

// The exponent read back from its text: digits and superscript digits, with a minus.
inline int exponent_value(std::string_view written) {
  std::size_t ten = written.find("10");
  std::string_view rest = written.substr(ten + 2);
  static constexpr std::string_view kSuper[] = {"\xE2\x81\xB0", "\xC2\xB9", "\xC2\xB2", "\xC2\xB3",
                                                "\xE2\x81\xB4", "\xE2\x81\xB5", "\xE2\x81\xB6", "\xE2\x81\xB7",
                                                "\xE2\x81\xB8", "\xE2\x81\xB9"};
  int value = 0;
  bool negative = false;
  for (std::size_t i = 0; i < rest.size();) {
    char c = rest[i];
    if (text::is_digit(c)) {
      value = value * 10 + (c - '0');
      ++i;
      if (value > 400) break;  // out of range already; more digits would overflow an int
      continue;
    }
    if (c == '-' || rest.substr(i, 3) == "\xE2\x88\x92" || rest.substr(i, 3) == "\xE2\x81\xBB") {
      negative = true;
      i += c == '-' ? 1 : 3;
      continue;
    }
    bool matched = false;
    for (int d = 0; d < 10 && !matched; ++d)
      if (rest.substr(i, kSuper[d].size()) == kSuper[d]) {
        value = value * 10 + d;
        i += kSuper[d].size();
        matched = true;
      }
    if (!matched) ++i;  // the caret
    if (value > 400) break;
  }
  return negative ? -value : value;
}

inline constexpr auto apply_exponent = [](auto& ctx) {
  auto& range = _attr(ctx);
  std::string_view written(&*range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  int e = exponent_value(written);
  _pass(ctx) = e >= -300 && e <= 300;
  if (!_pass(ctx)) return;
  _val(ctx).value *= std::pow(10.0, e);
  _val(ctx).end = offset_of(ctx, &*range.begin()) + written.size();
  _val(ctx).grouped = true;  // a stated magnitude, not a year or an identifier
};

// "12.32e+14", "4e14", "1.5E-3": E notation. A capital E needs a sign or a decimal mantissa,
// so a model name ("the 7E7 jet") stays a code.
auto const e_sign = x3::lit('+') | minus_mark;
auto const e_digits = x3::repeat(1, 3)[digit] >> !(digit | x3::alpha);
auto const e_notation = (x3::lit('e') >> -e_sign >> e_digits) | (x3::lit('E') >> e_sign >> e_digits);
auto const e_notation_decimal = x3::lit('E') >> e_digits;

inline void apply_e(Numeral& n, std::string_view written, std::size_t begin, bool& pass) {
  std::size_t i = 1;
  bool negative = false;
  if (written[i] == '+') ++i;
  else if (written[i] == '-') negative = true, ++i;
  else if (written.substr(i, 3) == "\xE2\x88\x92") negative = true, i += 3;
  int e = 0;
  for (; i < written.size(); ++i) e = e * 10 + (written[i] - '0');
  if (negative) e = -e;
  pass = e >= -300 && e <= 300;
  if (!pass) return;
  n.value *= std::pow(10.0, e);
  n.end = begin + written.size();
  n.grouped = true;  // a stated magnitude, not a year or an identifier
}
inline constexpr auto apply_e_notation = [](auto& ctx) {
  auto& range = _attr(ctx);
  std::string_view written(&*range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  bool pass = false;
  apply_e(_val(ctx), written, offset_of(ctx, &*range.begin()), pass);
  _pass(ctx) = pass;
};
inline constexpr auto decimal_mantissa = [](auto& ctx) {
  _pass(ctx) = _val(ctx).decimals > 0;
};

// "15 and a half miles", "a 2-and-a-half-hour wait": a whole number and a half of the unit
// that follows; with none the half is of nothing said ("$3 and a half", "15 and a half
// million" are left to the readers of the parts).
inline constexpr auto add_half = [](auto& ctx) {
  Numeral& n = _val(ctx);
  _pass(ctx) = n.decimals == 0 && !n.grouped;
  if (!_pass(ctx)) return;
  n.value += 0.5;
  n.decimals = 1;
  n.end = offset_of(ctx, &*_attr(ctx).begin()) + static_cast<std::size_t>(_attr(ctx).end() - _attr(ctx).begin());
};
auto const and_half = and_joint >> and_kw >> and_joint >> w_article >> and_joint >> kw("half") >>
                      !(ws >> (kw("of") | w_scale | w_dozen | w_hundred));
auto const digit_numeral_def =
    x3::raw[digits_body][make_digit_numeral] >>
    -(&(and_half >> (ws | hyphen) >> (any_unit | any_currency)) >> x3::raw[and_half][add_half]) >>
    -(x3::raw[exponent_syntax][apply_exponent] | x3::raw[e_notation][apply_e_notation] |
      (x3::eps[decimal_mantissa] >> x3::raw[e_notation_decimal][apply_e_notation]));
auto const word_numeral_def = x3::raw[word_number[word_numeral_value]][word_numeral_span];
auto const numeral_def = digit_numeral | word_numeral;

BOOST_SPIRIT_DEFINE(digit_numeral, word_numeral, numeral)

}  // namespace factsheet::grammar::rules
