#include "extract/exchange_rates.hpp"

#include <optional>
#include <string>

#include "extract/words.hpp"

namespace factsheet::extract {
namespace {

// The currency a word names in full ("euro", "dollar", "yen", "pound"), not a symbol or a
// minor unit: the base of a quoted price.
const Currency* currency_named(std::string_view text, const Word& w, const Lexicon& lex) {
  auto m = lex.currencies().longest(text, w.begin);
  if (!m || w.begin + m->length != w.end) return nullptr;
  const Currency& c = lex.currency(m->id);
  return c.suffix && c.factor == 1 ? &c : nullptr;
}

// A determiner or the number word one: "the euro", "a euro", "One dollar".
bool names_one(const Lexicon& lex, std::string_view word) {
  if (lex.context().has_role(word, SyntaxRole::determiner) || lex.context().has_role(word, SyntaxRole::indefinite) ||
      lex.context().has_role(word, SyntaxRole::definite))
    return true;
  const NumberWord* n = lex.whole_number_word(lower_ascii(word));
  return n && n->value == 1;
}

// "the euro" ending at `w`: the currency word with a determiner or "one" before it.
const Currency* base_currency(const Sentence& s, const Word& w, const Lexicon& lex) {
  const Currency* c = currency_named(s.text, w, lex);
  if (!c) return nullptr;
  auto det = word_before(s.text, w.begin, s.begin);
  return det && names_one(lex, det->view(s.text)) ? c : nullptr;
}

// "$1.29 to the euro", "$1.2944 against the euro": not "to the euro zone", where the
// currency word premodifies a noun.
const Currency* base_after(const Sentence& s, std::size_t end, const Lexicon& lex) {
  auto link = word_after(s.text, end, s.end);
  if (!link || !lex.context().has_role(link->view(s.text), SyntaxRole::exchange_base)) return nullptr;
  auto det = word_after(s.text, link->end, s.end);
  if (!det || !names_one(lex, det->view(s.text))) return nullptr;
  auto cur = word_after(s.text, det->end, s.end);
  if (!cur) return nullptr;
  const Currency* c = currency_named(s.text, *cur, lex);
  if (!c) {
    // "to the US dollar": a currency named in more than one word.
    auto m = lex.currencies().longest(s.text, cur->begin);
    std::size_t end = m ? cur->begin + m->length : 0;
    auto last = m ? word_before(s.text, end, s.begin) : std::nullopt;
    if (!last || last->end != end || last->begin <= cur->begin) return nullptr;
    c = currency_named(s.text, Word{cur->begin, end}, lex);
    cur = last;
  }
  if (!c) return nullptr;
  if (auto next = word_after(s.text, cur->end, s.end)) {
    std::string word = lower_ascii(next->view(s.text));
    auto cls = lex.classify_word(word);
    bool closed = (cls && (*cls == WordClass::function || *cls == WordClass::verb)) ||
                  lex.context().has_role(word, SyntaxRole::preposition) ||
                  lex.context().has_role(word, SyntaxRole::conjunction) || lex.context().verb_group_word(word);
    if (!closed) return nullptr;
  }
  return c;
}

// "One dollar bought 102.55 yen", "a euro that buys $1.30", "the dollar was buying 104.76
// yen"; "against the dollar to 104.53 yen".
const Currency* base_before(const Sentence& s, std::size_t start, const Lexicon& lex) {
  auto verb = word_before(s.text, start, s.begin);
  if (!verb) return nullptr;
  std::string_view v = verb->view(s.text);
  if (lex.context().has_role(v, SyntaxRole::level)) {
    // "against the dollar to 104.53 yen", "against the euro at $1.30"
    auto cur = word_before(s.text, verb->begin, s.begin);
    if (cur) {
      auto det = word_before(s.text, cur->begin, s.begin);
      auto against = det ? word_before(s.text, det->begin, s.begin) : std::nullopt;
      if (against && lex.context().has_role(against->view(s.text), SyntaxRole::exchange_base) &&
          lex.context().has_role(det->view(s.text), SyntaxRole::definite))
        if (const Currency* c = currency_named(s.text, *cur, lex)) return c;
    }
  }
  if (!lex.context().has_role(v, SyntaxRole::exchange_price)) return nullptr;
  auto w = word_before(s.text, verb->begin, s.begin);
  // "was buying", "that buys", "which was worth", "now buys"
  for (int i = 0; i < 3 && w; ++i) {
    std::string_view x = w->view(s.text);
    if (!lex.context().has_role(x, SyntaxRole::auxiliary) && !lex.context().has_role(x, SyntaxRole::copula) &&
        !lex.context().has_role(x, SyntaxRole::relative) && !lex.context().has_role(x, SyntaxRole::adverb))
      break;
    w = word_before(s.text, w->begin, s.begin);
  }
  return w ? base_currency(s, *w, lex) : nullptr;
}

// "the yuan around 8.30 to the dollar", "The yen ... had strengthened to 102.975 against the
// dollar": a number quoted against a currency is the price of the currency the sentence named
// last before it, when that is another one.
const Currency* quoted_before(const Sentence& s, std::size_t start, const Currency& base, const Lexicon& lex) {
  constexpr int kReach = 16;  // tokens looked back over: "The yen, meanwhile, had strengthened to"
  std::size_t p = start;
  for (int i = 0; i < kReach && p > s.begin; ++i) {
    auto w = word_before(s.text, p, s.begin);
    if (!w) {  // a comma, a figure: step over it
      p = skip_spaces_back(s.text, p, s.begin);
      if (p > s.begin) --p;
      continue;
    }
    if (const Currency* c = currency_named(s.text, *w, lex)) return c->code == base.code ? nullptr : c;
    p = w->begin;
  }
  return nullptr;
}

}  // namespace

void link_exchange_rates(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims) {
  for (Claim& c : claims) {
    if (c.kind == Kind::count && !c.unit && !c.is_range() && !c.part && std::holds_alternative<double>(c.value)) {
      const Currency* base = base_after(s, c.end, lex);
      const Currency* quoted = base ? quoted_before(s, c.start, *base, lex) : nullptr;
      if (!quoted) continue;
      c.kind = Kind::money;
      c.unit = quoted->code + "/" + base->code;
      c.unit_name = quoted->name + " per " + base->name;
      continue;
    }
    if (c.kind != Kind::money || !c.unit || c.unit->find('/') != std::string::npos) continue;
    const Currency* base = base_after(s, c.end, lex);
    if (!base) base = base_before(s, c.start, lex);
    if (!base || base->code == *c.unit) continue;
    c.unit = *c.unit + "/" + base->code;
    if (c.unit_name) c.unit_name = *c.unit_name + " per " + base->name;
  }
}

}  // namespace factsheet::extract
