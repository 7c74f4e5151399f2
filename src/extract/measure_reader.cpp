// Measures: units, "per" units, and "m" read as metres rather than million.
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

bool FigureFinder::metre_reading(const Quantity& q) const {
  if (!q.scale_word || !lex_.scale(q.scale_word->id).ambiguous || q.currency) return false;
  auto after = class_of_word_after(s_, q.end, lex_);
  if (after && *after == WordClass::length_cue) return true;
  // "17m per second", "426m per minute": a speed; "5m a year" or "per day" is an amount.
  if (q.per_unit) {
    const std::string& per = lex_.unit(q.per_unit->id).symbol;
    if (per == "s" || per == "min" || per == "h") return true;
  }
  // "a throw of 15.27m", "the men's 1500m": a length cue before.
  std::string_view text = src_.text;
  std::size_t p = q.begin;
  if (auto of = word_before(text, p, s_.begin); of && lower(of->view(text)) == "of") p = of->begin;
  if (auto before = class_of_word_before(s_, p, lex_); before && *before == WordClass::length_cue) return true;
  // "no representative in the 800m.", "the 800m and 1500m": "the" with nothing after to
  // count names a distance; an amount of money would bring its currency or a noun.
  if (word_before_is(s_, q.begin, "the")) {
    auto next = word_after(text, q.end, s_.end);
    bool nothing_counted = !next || skip_spaces(text, q.end, s_.end) != next->begin;
    if (next && !nothing_counted) {
      auto cls = lex_.classify_word(lower(next->view(text)));
      nothing_counted = cls && *cls == WordClass::function;
    }
    if (nothing_counted) return true;
  }
  // In an article that writes distances as "800m", "with 500m to go" and "jumped 6.63m" are
  // metres too, unless the sentence speaks of money or a noun is counted ("10m viewers").
  if (metres_article_ && !sentence_has_currency() && !q.per_noun_end &&
      !find_counted_noun(text, q.end, s_.end, lex_, false)) {
    auto next = word_after(text, q.end, s_.end);
    if (!next || lower(next->view(text)) != "of") return true;
  }
  // "jumped 30ft (10m)": a conversion in brackets takes the dimension of what it converts.
  if (prev_kind_ == Kind::measure && prev_unit_ && restates_previous(q.begin)) {
    const Unit* before = lex_.unit_by_symbol(*prev_unit_);
    if (before && before->dimension == "length") return true;
  }
  // "37m (121ft)": a conversion in brackets shares the dimension.
  p = skip_spaces(text, q.end, s_.end);
  if (p < s_.end && text[p] == '(') {
    auto inner = grammar::parse_quantity(src_, p + 1, s_.end);
    if (inner && inner->unit && lex_.unit(inner->unit->id).dimension == "length") return true;
  }
  return false;
}

// Any currency symbol or word in the sentence; computed once per sentence.
bool FigureFinder::sentence_has_currency() const {
  if (currency_in_sentence_ < 0) {
    std::string_view text = src_.text;
    currency_in_sentence_ = 0;
    for (std::size_t p = s_.begin; p < s_.end && !currency_in_sentence_; ++p) {
      bool start = p == s_.begin || !is_alpha(text[p - 1]);
      if (start && lex_.currencies().longest(text, p)) {
        auto m = lex_.currencies().longest(text, p);
        std::size_t e = p + m->length;
        bool whole = !is_alpha(text[p]) || e >= s_.end || !is_alpha(text[e]);
        if (whole) currency_in_sentence_ = 1;
      }
    }
  }
  return currency_in_sentence_ == 1;
}

void FigureFinder::set_unit(Claim& claim, const Unit& u) const {
  claim.kind = u.kind;
  claim.unit = u.symbol;
  claim.unit_name = u.name;
}

// "$58 per barrel" has its money unit; a measure's "per second" makes "m/s".
void FigureFinder::append_per_unit(Claim& claim, const Quantity& q) const {
  if (!q.per_unit || !claim.unit || !claim.unit_name) return;
  const Unit& per = lex_.unit(q.per_unit->id);
  claim.unit = *claim.unit + "/" + per.symbol;
  claim.unit_name = *claim.unit_name + " per " + per.name;
}

}  // namespace factsheet::extract
