// Money: when a currency word is money, and which currency a shared symbol stands for.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/currency_places.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

using grammar::Quantity;
using namespace figure_helpers;

bool FigureFinder::money_reading(const Quantity& q) const {
  if (!q.currency) return false;
  if (q.currency_before) return true;
  // "Burnout 3 won three awards": a currency that is also a verb, after a plain number that
  // follows a name, is that verb; "500 billion won" and "3,000 won" are money.
  std::string_view text = src_.text;
  if (!q.number.decimals && !q.number.grouped && q.scale == 1 &&
      lex_.classify_word(lower_ascii(text.substr(q.currency->begin, q.currency->end - q.currency->begin))) ==
          WordClass::verb) {
    auto name = word_before(text, q.begin, s_.begin);
    if (name && name->end + 1 == q.begin && is_capitalized(name->view(text))) return false;
  }
  // "50 Cent announced", "50 Cent's album": a minor unit in the singular after a number
  // above one, written with a capital, is a name; money takes "50 cents".
  std::string_view written = text.substr(q.currency->begin, q.currency->end - q.currency->begin);
  if (lex_.currency(q.currency->id).factor < 1 && q.number.value > 1 && q.scale == 1 && is_capitalized(written) &&
      !factsheet::text::looks_plural(written, lex_.lemma_rules()) &&
      std::any_of(written.begin() + 1, written.end(), [](char c) { return text::is_lower(c); }))
    return false;
  // "pounds", "won": also ordinary words or weights; scaled or priced forms are money.
  auto unit = lex_.units().longest(text, q.currency->begin);
  // "7.5 million pounds of thrust": a longer unit phrase is a measure.
  if (unit && q.currency->begin + unit->length > q.currency->end) return false;
  bool also_unit = unit && q.currency->begin + unit->length == q.currency->end;
  if (!also_unit) return true;
  return q.scale > 1 || q.number.has_scale_word || q.number.decimals == 2;
}

// "$20 and 43c", "$765 million or 14.7C/ per security": a "c" touching a number in a sentence
// that speaks of money is cents, not Celsius or a code; "the series 3c" without money is not.
// Lower case, or a capital before a rate ("/", "per", "a share").
std::optional<Claim> FigureFinder::cents_mark(const Quantity& q) const {
  std::string_view text = src_.text;
  std::size_t e = q.end;
  // "14.7C" parses as degrees Celsius: the letter alone is the unit read.
  bool letter_unit = q.unit && q.unit->begin == q.number.end && q.unit->end == q.unit->begin + 1 && !q.currency &&
                     q.scale == 1 && !q.per_unit && !q.ordinal;
  if (letter_unit) e = q.number.end;
  if ((!plain(q) && !letter_unit) || q.number.words || e >= s_.end || (text[e] != 'c' && text[e] != 'C'))
    return std::nullopt;
  if (e + 1 < s_.end && (is_alpha(text[e + 1]) || is_digit(text[e + 1]))) return std::nullopt;
  if (text[e] == 'C') {
    std::size_t p = skip_spaces(text, e + 1, s_.end);
    auto w = word_after(text, e + 1, s_.end);
    bool rate = (p < s_.end && text[p] == '/') ||
                (w && w->begin == p && (lex_.context().has_role(w->view(text), SyntaxRole::rate) || lex_.context().has_role(w->view(text), SyntaxRole::indefinite)));
    if (!rate) return std::nullopt;
  }
  if (!sentence_has_currency() || q.number.value >= 100) return std::nullopt;
  // The letter stands for the cent sign: the currency of "¢" (currencies.tsv) is the one meant.
  auto m = lex_.currencies().longest(std::string_view("\xC2\xA2"), 0);
  if (!m) return std::nullopt;
  const Currency& cent = lex_.currency(m->id);
  const Currency* major = lex_.currency_by_code(cent.code);
  Claim claim;
  claim.kind = Kind::money;
  claim.unit = cent.code;
  claim.unit_name = major ? major->name : cent.name;
  claim.value = q.value() / 100;
  return claim;
}

void FigureFinder::set_currency(Claim& claim, const Quantity& q, double& factor) const {
  const Currency& c = lex_.currency(q.currency->id);
  // Minor units are reported in the major unit: "19 cents" -> 0.19 USD.
  factor = c.factor;
  claim.kind = Kind::money;
  claim.unit = c.code;
  claim.unit_name = c.factor == 1 ? c.name : (lex_.currency_by_code(c.code) ? lex_.currency_by_code(c.code)->name : c.name);
  if (const Currency* other = currency_from_place(q); other) {
    claim.unit = other->code;
    claim.unit_name = other->name;
  }
}

// A symbol or noun several currencies share is read as the one whose country the sentence
// names, when it names that country and none of the default's ("China's ... ¥5bn" is yuan).
// A noun the sentence leaves open is read by the article's headline after the context stage
// (currency_places.hpp).
const Currency* FigureFinder::currency_from_place(const Quantity& q) const {
  std::string_view surface = src_.text.substr(q.currency->begin, q.currency->end - q.currency->begin);
  const auto* places = lex_.currency_places(surface);
  if (!places) places = noun_places(lex_, surface);  // "Pesos"
  if (!places || lex_.currency(q.currency->id).factor != 1) return nullptr;
  bool decided = false;
  return currency_named_in(lex_, *places, lex_.currency(q.currency->id).code, sentence_view(), decided);
}

// "200 dinars" in a sentence about Algeria: the noun of a currency that has no default (its
// CLDR names all carry a country) is that country's currency.
const Currency* FigureFinder::currency_noun_from_place(std::string_view lemma) const {
  const auto* places = lex_.currency_places(lemma);
  bool decided = false;
  return places ? currency_named_in(lex_, *places, "", sentence_view(), decided) : nullptr;
}

}  // namespace factsheet::extract
