// Ages: "aged 45", "Ms Ortiz, 52, said", "she turned 80".
#include <cmath>
#include <cstdio>

#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {

// Words looked at before an age: "of" and the cue before it ("the age of 65").
constexpr int kAgeCueReach = 2;

using grammar::Quantity;
using namespace figure_helpers;

// "aged 45", "aged under 30", "over the age of 65": an age cue before the number, across
// a qualifier and "the ... of".
bool FigureFinder::age_cue_before(std::size_t begin) const {
  std::string_view text = src_.text;
  std::size_t p = begin;
  if (auto q = qualifier_before(s_, p, lex_)) p = q->begin;
  for (int i = 0; i < kAgeCueReach; ++i) {
    auto w = word_before(text, p, s_.begin);
    if (!w) return false;
    std::string word = lower_ascii(w->view(text));
    if (lex_.context().has_role(word, SyntaxRole::partitive)) {
      p = w->begin;
      continue;
    }
    return lex_.classify_word(word) == WordClass::age_cue;
  }
  return false;
}

// "Ms Ortiz, 52, said ...": a whole number set off by commas after a name is an age.
bool FigureFinder::apposition_age(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.words || n.decimals || n.grouped || n.value < 1 || n.value > 120) return false;
  // "Kenteris, 31, said", "Warren Leblanc, 17 - who was jailed -": closed by a comma or a dash.
  // "... with Ana Ruiz, 24." closes the sentence.
  bool last = q.end < s_.end && text[q.end] == '.' && skip_spaces(text, q.end + 1, s_.end) >= s_.end;
  bool closed = last || (q.end < s_.end && (text[q.end] == ',' || text.substr(q.end).starts_with(" - ") ||
                                           text.substr(q.end).starts_with(" \xE2\x80\x93 ") ||
                                           text.substr(q.end).starts_with(" \xE2\x80\x94 ")));
  if (!closed || q.begin < s_.begin + 3) return false;
  // A dash opens an aside in lower case ("- who was jailed -"), not a score ("2 - Chelsea 1").
  if (text[q.end] != ',' && !last) {
    auto aside = word_after(text, q.end + 2, s_.end);
    if (!aside || is_capitalized(aside->view(text))) return false;
  }
  if (text[q.begin - 1] != ' ' || text[q.begin - 2] != ',') return false;
  auto name = word_before(text, q.begin - 2, s_.begin);
  return name && is_capitalized(name->view(text));
}

// "children under five", "people over 60", "voters under 25": a bare whole number after
// "under" or "over" right after a plural noun of persons is their age; so is one after "of"
// or "at" that ends its phrase ("kids of 15, 16, 17", "legally adults at 18"; not "players
// at 12 clubs").
bool FigureFinder::group_age(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.decimals || n.grouped || q.sign || q.scale != 1 || n.value < 1 || n.value > 120) return false;
  std::size_t link = 0;
  if (auto qb = qualifier_before(s_, q.begin, lex_)) {
    if (qb->qualifier != Qualifier::lt && qb->qualifier != Qualifier::gt) return false;
    link = qb->begin;
  } else if (auto w = word_before(text, q.begin, s_.begin);
             w && skip_spaces(text, w->end, s_.end) == q.begin && lex_.context().has_role(w->view(text), SyntaxRole::age_link)) {
    std::size_t after = skip_spaces(text, q.end, s_.end);
    if (after < s_.end && !(text[after] == ',' || text[after] == '.' || text[after] == ';')) return false;
    link = w->begin;
  } else {
    return false;
  }
  auto noun = word_before(text, link, s_.begin);
  if (!noun || skip_spaces(text, noun->end, s_.end) != link) return false;
  std::string_view word = noun->view(text);
  if (!text::looks_plural(word, lex_.lemma_rules())) return false;
  return lex_.person_noun(text::lemmatize_noun(word, lex_.lemma_rules()));
}

// "He will be 35 by then", "she turned 80 last week", "I'm 30 now", "when he was just 14":
// a bare whole number that "be" or "turn" says of a person (he, she, I) is an age.
bool FigureFinder::predicate_age(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.decimals || n.grouped || q.sign || q.scale != 1 || n.value < 2 || n.value > 120) return false;
  // Nothing follows but punctuation or a time phrase.
  if (auto w = word_after(text, q.end, s_.end)) {
    bool timed = lex_.context().has_role(w->view(text), SyntaxRole::age_time);
    std::size_t gap = skip_spaces(text, q.end, s_.end);
    if (!timed && gap == w->begin) return false;
  }
  // "when he was just 14": an exactness word may stand between.
  auto verb = word_before(text, exact_before(s_, q.begin, lex_).value_or(q.begin), s_.begin);
  if (!verb) return false;
  // "I'm 30 now", "when I'm 74,", "She's 17,": the subject and "be" in one word.
  std::string_view word = verb->view(text);
  if (pronoun_contraction(word)) {
    auto [who, be] = *split_at_apostrophe(word);
    return (who == "I" && be == "m") || (be == "s" && lex_.context().has_role(lower_ascii(who), SyntaxRole::person));
  }
  if (!lex_.context().has_role(verb->view(text), SyntaxRole::age_verb)) return false;
  auto subject = word_before(text, verb->begin, s_.begin);
  if (subject && lex_.context().has_role(subject->view(text), SyntaxRole::future))
    subject = word_before(text, subject->begin, s_.begin);
  if (!subject) return false;
  // "I" in its written case only: lower-case "i" is a numeral or a list mark.
  return lex_.context().has_role(subject->view(text), SyntaxRole::person) || subject->view(text) == "I";
}

}  // namespace factsheet::extract
