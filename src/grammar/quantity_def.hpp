// Quantities: [sign] [currency] numeral [scale] [ordinal] [currency | unit] [per unit],
// plus the fraction and vague-magnitude forms and the connectors between figures.
#pragma once
#include <algorithm>

#include "grammar/grammar.hpp"
#include "grammar/numeral_def.hpp"
#include "text/chars.hpp"

namespace factsheet::grammar::rules {

// ---- lexicon filters: where each entry may stand -------------------------------
inline bool currency_prefix_ok(const Lexicon& lex, std::uint32_t id, bool) { return lex.currency(id).prefix; }
inline bool currency_suffix_ok(const Lexicon& lex, std::uint32_t id, bool attached) {
  const Currency& c = lex.currency(id);
  return c.suffix && (!attached || c.attached);
}
inline bool unit_ok(const Lexicon& lex, std::uint32_t id, bool attached) {
  return !attached || lex.unit(id).attached;
}
inline bool hyphen_unit_ok(const Lexicon& lex, std::uint32_t id, bool) {
  // "10-year", "5-km", "62-year-old"; "10-%" is not written.
  return lex.unit(id).kind != Kind::percent || lex.unit(id).symbol == kPointsUnit;
}
inline bool scale_ok(const Lexicon& lex, std::uint32_t id, bool attached) {
  const ScaleWord& s = lex.scale(id);
  return !s.money_only && (attached ? s.attached : s.spaced);
}
inline bool hyphen_currency_ok(const Lexicon& lex, std::uint32_t id, bool) { return lex.currency(id).suffix; }
inline constexpr auto currency_prefix = phrase(Table::currency, &currency_prefix_ok, true);
inline constexpr auto hyphen_currency = phrase(Table::currency, &hyphen_currency_ok, true);
inline constexpr auto currency_suffix = phrase(Table::currency, &currency_suffix_ok, true);
inline constexpr auto unit_word = phrase(Table::unit, &unit_ok, true);
inline constexpr auto hyphen_unit = phrase(Table::unit, &hyphen_unit_ok, true);
inline constexpr auto scale_word = phrase(Table::scale, &scale_ok, true);
// "$1.2-billion", "1.5-million people" (a house style): only scale words, never suffixes
// such as "m" ("a 5-m wall" is metres).
inline bool hyphen_scale_ok(const Lexicon& lex, std::uint32_t id, bool) {
  const ScaleWord& s = lex.scale(id);
  return s.spaced;
}
inline constexpr auto hyphen_scale = phrase(Table::scale, &hyphen_scale_ok, true);
// "$458 m (£242.7m)": a scale suffix that otherwise touches the digits ("m", "k", "B"), after a
// space. Only after an amount whose currency stands before it, where no unit can follow
// ("$458 m" is not metres); see money_spaced_scale below.
inline bool spaced_suffix_ok(const Lexicon& lex, std::uint32_t id, bool attached) {
  const ScaleWord& s = lex.scale(id);
  return !attached && s.attached && !s.spaced;
}
inline constexpr auto spaced_suffix = phrase(Table::scale, &spaced_suffix_ok, true);
// "$2.174T", "US$ 1MM": a suffix of financial shorthand, read only after a currency.
inline bool money_suffix_ok(const Lexicon& lex, std::uint32_t id, bool attached) {
  return attached && lex.scale(id).money_only;
}
inline constexpr auto money_suffix = phrase(Table::scale, &money_suffix_ok, true);

// Currency or unit after the number: the longer match wins. On a tie the currency, unless it
// is a symbol or code of letters (at most four: "KM", "Ft", "CUP"): "5 KM" and "6 Ft" are a
// distance and a length, where the same letters before the number ("KM 5") are a currency.
// A currency's name ("5 pounds") stays money here; its context decides later.
struct suffix_parser : x3::parser<suffix_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, Quantity& rctx, Attr&) const {
    It cur_it = first, unit_it = first;
    Ref cur, unit;
    bool has_cur = currency_suffix.parse(cur_it, last, ctx, rctx, cur);
    // "by 2008 £60bn", "10 $ 30": a sign (not a code: "3 USD50 cards") that may stand
    // before a number and has one right after it is that number's.
    if (has_cur && !is_alpha(*first) && source_of(ctx).lex.currency(cur.id).prefix) {
      It next = cur_it;
      while (next != last && *next == ' ') ++next;
      if (next != last && text::is_digit(*next)) has_cur = false;
    }
    // "$639m year-earlier": after a currency sign only "per ..." adds a unit.
    bool has_unit = !rctx.currency && unit_word.parse(unit_it, last, ctx, rctx, unit);
    if (!has_cur && !has_unit) return false;
    Quantity& q = rctx;  // the enclosing quantity rule's value
    bool letter_symbol = has_cur && cur_it - first <= 4 &&
                         std::all_of(first, cur_it, [](char c) { return is_alpha(c) || c == '.'; });
    if (has_cur && (!has_unit || cur_it > unit_it || (cur_it == unit_it && !letter_symbol))) {
      q.currency = cur;
      q.currency_before = false;
      first = cur_it;
    } else {
      q.unit = unit;
      first = unit_it;
    }
    return true;
  }
};
inline constexpr suffix_parser suffix{};

// "3 hundred and 21", "4 thousand 3 hundred", "6 crore and two hundred": digits with a scale
// word, then the smaller parts of the same number, as the words are read ("three hundred
// and twenty-one"). A part is a whole number, with a scale word of its own or none, above
// nought and below the scale before it ("3 hundred and 2 hundred" are two numbers). Not
// after a currency sign: "$5 million and 20 jobs" are two figures.
struct remainder_parser : x3::parser<remainder_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;
  template <typename It, typename Ctx, typename Attr>
  bool parse(It& first, It const& last, Ctx const& ctx, Quantity& q, Attr&) const {
    const Lexicon& lex = source_of(ctx).lex;
    if (!q.scale_word || q.number.words || q.number.decimals || q.currency || q.sign) return false;
    if (!spelled_scale(ctx, *q.scale_word)) return false;
    double below = lex.scale(q.scale_word->id).multiplier;
    double total = q.number.value * q.scale;
    It cur = first;
    bool any = false;
    while (true) {
      It p = cur;
      x3::unused_type u;
      if (!ws.parse(p, last, ctx, u, u)) break;
      if (It a = p; kw("and").parse(a, last, ctx, u, u) && ws.parse(a, last, ctx, u, u)) p = a;
      Numeral n;
      if (!numeral.parse(p, last, ctx, u, n) || n.decimals || n.value <= 0 || n.value != std::floor(n.value)) break;
      double part = n.value;
      double next_below = 1;
      std::optional<Ref> own;
      if (It s = p; !n.words && ws.parse(s, last, ctx, u, u)) {
        Ref r;
        if (scale_word.parse(s, last, ctx, q, r) && spelled_scale(ctx, r)) {
          part *= lex.scale(r.id).multiplier;
          next_below = lex.scale(r.id).multiplier;
          own = r;
          p = s;
        }
      }
      if (part >= below || (p != last && is_alnum(*p))) break;
      total += part;
      below = own ? next_below : 1;
      cur = p;
      any = true;
      if (!own) break;
    }
    if (!any) return false;
    q.number.value = total;
    q.number.end = offset_of(ctx, cur);
    q.number.has_scale_word = true;
    q.number.grouped = true;  // a stated magnitude, not a year or an identifier
    q.scale = 1;
    q.scale_word.reset();
    first = cur;
    return true;
  }

 private:
  // A scale written as a word ("hundred", "crore"), not a suffix ("m", "bn").
  template <typename Ctx>
  static bool spelled_scale(Ctx const& ctx, const Ref& r) {
    std::string_view w = source_of(ctx).text.substr(r.begin, r.end - r.begin);
    return w.size() > 3 && std::all_of(w.begin(), w.end(), [](char c) { return text::is_alpha(c); });
  }
};
inline constexpr remainder_parser remainder{};

// ---- actions ---------------------------------------------------------------------
inline constexpr auto set_plus = [](auto& ctx) { _val(ctx).sign = 1; };
inline constexpr auto set_minus = [](auto& ctx) { _val(ctx).sign = -1; };
inline constexpr auto set_prefix_currency = [](auto& ctx) {
  _val(ctx).currency = _attr(ctx);
  _val(ctx).currency_before = true;
};
inline constexpr auto set_number = [](auto& ctx) { _val(ctx).number = _attr(ctx); };
inline constexpr auto set_ordinal = [](auto& ctx) { _val(ctx).ordinal = true; };
inline constexpr auto apply_scale = [](auto& ctx) {
  _val(ctx).scale *= source_of(ctx).lex.scale(_attr(ctx).id).multiplier;
  _val(ctx).scale_word = _attr(ctx);
};
inline constexpr auto set_hyphen_unit = [](auto& ctx) {
  _val(ctx).unit = _attr(ctx);
  _val(ctx).hyphen_unit = true;
};
// "a 12-cent dividend", "a five-cent hit", "one-euro jobs", "a billion-dollar deal": a
// currency named in a word, joined by a hyphen, is the amount's currency as a unit is
// ("a 5-mile walk"); a symbol or code ("5-USD") is not written so.
inline constexpr auto set_hyphen_currency = [](auto& ctx) {
  const Ref& r = _attr(ctx);
  std::string_view word = source_of(ctx).text.substr(r.begin, r.end - r.begin);
  for (char c : word)
    if (c < 'a' || c > 'z') {
      _pass(ctx) = false;
      return;
    }
  _val(ctx).currency = r;
  _val(ctx).currency_before = false;
};
inline constexpr auto set_per_unit = [](auto& ctx) { _val(ctx).per_unit = _attr(ctx); };
inline constexpr auto set_per_noun = [](auto& ctx) {
  auto& range = _attr(ctx);
  // "for 10 a and ...": a closed-class word after "a" makes no rate.
  std::string_view word(&*range.begin(), static_cast<std::size_t>(range.end() - range.begin()));
  if (source_of(ctx).lex.classify_word(word) == WordClass::function) {
    _pass(ctx) = false;
    return;
  }
  _val(ctx).per_noun_begin = offset_of(ctx, &*range.begin());
  _val(ctx).per_noun_end = offset_of(ctx, &*range.begin()) + static_cast<std::size_t>(range.end() - range.begin());
};
inline constexpr auto set_span = [](auto& ctx) {
  auto& range = _attr(ctx);
  _val(ctx).begin = offset_of(ctx, &*range.begin());
  _val(ctx).end = offset_of(ctx, &*range.begin()) + static_cast<std::size_t>(range.end() - range.begin());
};

// ---- the quantity ---------------------------------------------------------------
auto const sign = x3::lit('+')[set_plus] | dash[set_minus] | (role_word(SyntaxRole::negative) >> -ws)[set_minus];
auto const ordinal_suffix = (kw("st") | kw("nd") | kw("rd") | kw("th"));
// A lower-case noun after "per"/"a": "$5 a share", "10 tests per day".
auto const per_noun = x3::raw[lower >> *(lower | '-') >> word_end];
// A rate word: "per", an article, "each" (syntax.tsv).
auto const per_word = role_word(SyntaxRole::rate) | role_word(SyntaxRole::indefinite) | role_word(SyntaxRole::distributive);
// "a year earlier", "a week ago": a time phrase, not a rate.
auto const time_adverb =
    ws >> role_word(SyntaxRole::time_shift);
// A hyphenated rate follows an amount of money ("5-a-side" is a name, "52-week-a-year" a
// length of time).
inline constexpr auto money_amount = [](auto& ctx) { _pass(ctx) = _val(ctx).currency.has_value(); };
// The amount so far has its currency before the number ("$458", "US$ 12").
inline constexpr auto currency_first = [](auto& ctx) {
  _pass(ctx) = _val(ctx).currency.has_value() && _val(ctx).currency_before;
};
// The suffix ends the word: not "M&S", "m-long" or "m's".
auto const suffix_end = !(alnum | x3::lit('&') | x3::lit('-') | x3::lit('\''));
auto const money_spaced_scale =
    x3::eps[currency_first] >> ws >> &(spaced_suffix >> suffix_end) >> spaced_suffix[apply_scale];
auto const money_attached_scale = x3::eps[currency_first] >> &(money_suffix >> suffix_end) >> money_suffix[apply_scale];
// The lookahead checks the whole phrase before any action records the unit.
auto const per_part = (ws >> per_word >> ws >> &((unit_word | per_noun) >> !time_adverb) >>
                       (unit_word[set_per_unit] | per_noun[set_per_noun])) |
                      // "a 12-cent-a-share dividend", "the 530 pence-a-share offer"
                      (x3::eps[money_amount] >> hyphen >> per_word >> hyphen >> &(unit_word | per_noun) >>
                       (unit_word[set_per_unit] | per_noun[set_per_noun])) |
                      (x3::lit('/') >> unit_word[set_per_unit]);

// "$75 U.S. per barrel", "$76 US a barrel": the dollar's country written after the amount
// stands between it and its rate.
auto const us_designator = x3::eps[currency_first] >> ws >> (x3::lit("U.S.") | (x3::lit("US") >> !alnum)) >> &per_part;

// "one and three quarters of an hour": a fraction in words takes its unit after "of (a)".
inline constexpr auto fraction_in_words = [](auto& ctx) {
  const Numeral& n = _val(ctx).number;
  _pass(ctx) = n.words && n.value != std::floor(n.value);
};
inline constexpr auto set_unit_ref = [](auto& ctx) { _val(ctx).unit = _attr(ctx); };
auto const of_unit = x3::eps[fraction_in_words] >> ws >> role_word(SyntaxRole::partitive) >> ws >> -(role_word(SyntaxRole::indefinite) >> ws) >>
                     &(unit_word >> !alnum) >> unit_word[set_unit_ref];

x3::rule<class quantity_body_r, Quantity> const quantity_body = "quantity_body";
x3::rule<class quantity_r, Quantity> const quantity = "quantity";

auto const quantity_body_def =
    -sign >> -(currency_prefix[set_prefix_currency] >> -ws) >> -sign >>
    ((digit_numeral[set_number] >> -ordinal_suffix[set_ordinal]) | word_numeral[set_number]) >>
    -(((-ws >> &(scale_word >> !alnum) >> scale_word[apply_scale]) | money_attached_scale | money_spaced_scale |
       (hyphen >> &(hyphen_scale >> !alnum) >> hyphen_scale[apply_scale])) >>
      -(ws >> scale_word[apply_scale]) >> -remainder) >>
    -((hyphen >> hyphen_unit[set_hyphen_unit]) | (hyphen >> hyphen_currency[set_hyphen_currency]) |
      (-ws >> suffix) | of_unit) >> -us_designator >> -per_part;
// raw[] gives the span; the body's attribute is moved into the rule's value.
auto const quantity_def = x3::raw[quantity_body[([](auto& ctx) { _val(ctx) = _attr(ctx); })]][set_span];

BOOST_SPIRIT_DEFINE(quantity_body, quantity)

// ---- fractions and vague magnitudes ------------------------------------------------
x3::rule<class fraction_r, Fraction> const fraction = "fraction";
x3::rule<class vague_r, Vague> const vague = "vague";

inline constexpr auto set_numerator = [](auto& ctx) {
  _val(ctx).numerator = word_value(source_of(ctx).lex, _attr(ctx));
};
inline constexpr auto set_denominator = [](auto& ctx) {
  _val(ctx).denominator = word_value(source_of(ctx).lex, _attr(ctx));
};
// The ordinal that ends a denominator of two words: "third" to "ninth" and "first(s)" ("twenty
// seconds" is a duration, "a thirty-second spot" a unit).
inline bool denominator_end(const Lexicon& lex, std::uint32_t id, bool) {
  const NumberWord& w = lex.number_word(id);
  if (w.cls == NumberClass::ordinal) return w.value == 1;
  return w.cls == NumberClass::fraction && w.value >= 3 && w.value < 10 &&
         !lex.context().has_role(lex.number_words().phrases()[id], SyntaxRole::fraction_noun);
}
inline constexpr auto w_denominator_end = phrase(Table::number_word, &denominator_end, false);
x3::rule<class compound_denominator_r, double> const compound_denominator = "compound_denominator";
// "twenty-fifth", "twenty firsts"
auto const compound_denominator_def = w_tens[set_word] >> (hyphen | ws) >> w_denominator_end[add_word];
inline constexpr auto set_compound_denominator = [](auto& ctx) {
  _val(ctx).denominator = _attr(ctx);
  _val(ctx).compound = true;
};
inline constexpr auto set_denominator_begin = [](auto& ctx) {
  _val(ctx).denominator_begin = offset_of(ctx, &*_attr(ctx).begin());
};
// "two-thirds", "two thirds", "a third", "one-quarter", "three quarters", "one hundred thirty
// fifths", "one twenty-fifth", "three twenty-firsts"
auto const fraction_def =
    x3::raw[((below1000 | article_one)[set_numerator] >> (hyphen | ws) >>
             x3::raw[compound_denominator[set_compound_denominator] | w_fraction[set_denominator]]
                    [set_denominator_begin])][set_span];

inline constexpr auto start_vague = [](auto& ctx) {
  double v = word_value(source_of(ctx).lex, _attr(ctx));
  _val(ctx).low = v;
};
inline constexpr auto widen_vague = [](auto& ctx) {
  _val(ctx).low *= word_value(source_of(ctx).lex, _attr(ctx));
};
// "thousands", "tens of millions", "hundreds of thousands"; high is ten times low.
auto const vague_def =
    x3::raw[(w_vague[start_vague] >> *(ws >> role_word(SyntaxRole::partitive) >> ws >> w_vague[widen_vague]))][set_span];

BOOST_SPIRIT_DEFINE(compound_denominator, fraction, vague)

// ---- connectors between two figures ---------------------------------------------------
inline constexpr auto connector_is = [](Connector c) {
  return [c](auto& ctx) { _val(ctx) = c; };
};
// What may stand between "of" and the whole of a share: "26 out of the 45 projects", "three of
// their next 10 games", "four of the last five matches".
auto const whole_lead = x3::repeat(0, 2)[role_word(SyntaxRole::whole_determiner) >> ws];
x3::rule<class connector_r, Connector> const connector = "connector";
auto const connector_def =
    (-ws >> dash >> -ws)[connector_is(Connector::dash)] |
    (ws >> role_word(SyntaxRole::range_to) >> (ws | dash))[connector_is(Connector::to)] |
    (ws >> role_word(SyntaxRole::additive) >> ws)[connector_is(Connector::and_)] |
    (ws >> role_word(SyntaxRole::alternative) >> ws)[connector_is(Connector::or_)] |
    (ws >> role_word(SyntaxRole::partitive_lead) >> ws >> role_word(SyntaxRole::partitive) >> ws >>
     whole_lead)[connector_is(Connector::out_of)] |
    (ws >> role_word(SyntaxRole::ratio_link) >> ws)[connector_is(Connector::in)] |
    (ws >> role_word(SyntaxRole::partitive) >> ws >> whole_lead)[connector_is(Connector::of)];
BOOST_SPIRIT_DEFINE(connector)

}  // namespace factsheet::grammar::rules
