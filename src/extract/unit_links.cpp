#include "extract/link_steps.hpp"

#include <algorithm>

#include "extract/counted_noun.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract::links {

namespace {

// A bare number and the sentence's only counted figure: sizes within this factor.
constexpr double kSoleCountRatio = 2.0;

// A verb group's first word right after `pos` (only spaces between): "are", "will", "had".
bool verb_group_after(const Sentence& s, const Lexicon& lex, std::size_t pos) {
  auto next = word_after(s.text, pos, s.end);
  if (!next || skip_spaces(s.text, pos, s.end) != next->begin) return false;
  return lex.context().verb_group_word(lower_ascii(next->view(s.text)));
}

// A count with its noun read: "83,000 jobs", not a bare "83,000".
bool counts_noun(const Claim& c) { return c.kind == Kind::count && c.unit && !c.unit->empty(); }

bool time_word(const Lexicon& lex, std::string_view word) {
  auto cls = lex.classify_word(lower_ascii(word));
  return cls && *cls == WordClass::temporal;
}

}  // namespace

// Parallel clauses joined by "while" or "but": "closed at 2,104 points, while the other
// index shed 0.8% to finish at 1,987"; "A rose by 3 percent but B slipped by 2". A bare figure after
// the same preposition as an earlier figure of like size takes its unit.
void link_parallel(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (!bare(s, lex, b)) continue;
    std::string prep = lower_word_before(s, b.start);
    if (!lex.context().has_role(prep, SyntaxRole::parallel)) continue;
    for (std::size_t k = i; k-- > scan_floor(i, first);) {
      const Claim& a = claims[k];
      if (!lends_unit(a) || !single_number(a) || !similar_magnitude(number(a), number(b))) continue;
      if (lower_word_before(s, a.start) != prep) continue;
      inherit_unit(b, a);
      break;
    }
  }
}

// "300 homes were sold and 120 let", "40 jobs go in Leeds but 25 stay": a bare number
// right after a conjunction that joins a clause with a counted figure counts the same noun.
void link_coordinated_count(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (!bare(s, lex, b)) continue;
    std::string conj = lower_word_before(s, b.start);
    if (!lex.context().has_role(conj, SyntaxRole::clause_joiner)) continue;
    auto conj_word = word_before(text, b.start, s.begin);
    const Claim& a = claims[i - 1];
    if (a.kind != Kind::count || !a.unit || a.unit->empty() || *a.unit == kTimesUnit || !single_number(a)) continue;
    if (!similar_magnitude(number(a), number(b)) || a.end > conj_word->begin) continue;
    // One clause apart at most: no sentence-internal break between them.
    std::string_view gap = text.substr(a.end, conj_word->begin - a.end);
    if (gap.find_first_of(";:()") != std::string_view::npos) continue;
    inherit_unit(b, a);
  }
}

// "New loans in December rose to 83,000, slightly higher than November's low of 77,000",
// "Amicus has 1.2 million members and the TGWU has 800,000", "Texas had 2,483,805 while
// Florida came second with 1,385,710 lightning strikes": a bare number in digits in a
// sentence whose only counted figure is of its size (within kSoleCountRatio) counts the same
// noun. Not a rank ("rising nine places to 15") nor a list mark ("1)").
void link_sole_count(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  const Claim* counted = nullptr;
  for (std::size_t i = first; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (!counts_noun(c)) continue;
    if (counted) return;  // two counted figures: which one a bare number follows is unclear
    counted = &c;
  }
  if (!counted || !single_number(*counted) || *counted->unit == kTimesUnit ||
      lex.classify_word(*counted->unit) == WordClass::rank_noun || number(*counted) <= 0)
    return;
  for (std::size_t i = first; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (&b == counted || b.kind != Kind::count || !bare(s, lex, b) || !text::has_digit(b.text) || number(b) <= 0)
      continue;
    if (b.end < s.end && s.text[b.end] == ')') continue;
    double ratio = std::max(number(b), number(*counted)) / std::min(number(b), number(*counted));
    if (ratio > kSoleCountRatio) continue;
    inherit_unit(b, *counted);
  }
}

// "30,000 jobs are to go, 560 will be lost ... and 400 are to go", "12,500 jobs had gone
// while 7,800 were being moved", "1,100 jobs will go in banking while ... 550 will go": a
// bare number in digits that is the subject of its own verb group counts the noun of the
// last counted figure before it that is a verb group's subject too. The parallel clauses
// say what is counted, so the sizes may differ.
void link_subject_count(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (b.kind != Kind::count || !bare(s, lex, b) || !text::has_digit(b.text) || !verb_group_after(s, lex, b.end))
      continue;
    // The last counted figure before it, past figures that count nothing.
    const Claim* a = nearest_before(claims, i, first, [](const Claim& c) { return !counts_noun(c); });
    if (a && single_number(*a) && *a->unit != kTimesUnit && lex.classify_word(*a->unit) != WordClass::rank_noun &&
        verb_group_after(s, lex, a->end))
      inherit_unit(b, *a);
  }
}

// Two periods in coordination, "a 3.2 degree tilt in 2019 and 2.7 this year":
// the second leaves its unit out.
void link_period_pairs(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (!bare(s, lex, b)) continue;
    auto and_word = word_before(text, b.start, s.begin);
    if (!and_word || !lex.context().has_role(and_word->view(text), SyntaxRole::additive)) continue;
    // The first period closes right before "and": a year or date figure, or a time word.
    const Claim& before = claims[i - 1];
    bool first_period = (time_adjunct(before) && skip_spaces(text, before.end, s.end) == and_word->begin);
    if (!first_period) {
      auto w = word_before(text, and_word->begin, s.begin);
      first_period = w && time_word(lex, w->view(text));
    }
    // The second period follows the bare figure: "last year", "in 2019".
    auto next = word_after(text, b.end, s.end);
    bool second_period = false;
    if (next) {
      std::string n = lower_ascii(next->view(text));
      second_period = time_word(lex, n) || (lex.context().has_role(n, SyntaxRole::period_opener) && i + 1 < claims.size() &&
                                            time_adjunct(claims[i + 1]) && claims[i + 1].start <= next->end + 1);
    } else if (i + 1 < claims.size() && time_adjunct(claims[i + 1])) {
      second_period = true;
    }
    if (!first_period || !second_period) continue;
    const Claim* a = nearest_figure_before(claims, i, first);
    if (a && lends_parallel_unit(*a, b)) inherit_unit(b, *a);
  }
}

// "9 billion shekels ($2.4 billion) a year": a rate written after a bracketed conversion
// applies to both figures.
void link_bracketed_rate(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first; i + 1 < claims.size(); ++i) {
    Claim& a = claims[i];
    Claim& b = claims[i + 1];
    if (!a.unit || !b.unit || a.unit->find('/') != std::string::npos || b.unit->find('/') != std::string::npos)
      continue;
    std::size_t open = skip_spaces(text, a.end, s.end);
    if (open >= s.end || text[open] != '(' || skip_spaces(text, open + 1, s.end) != b.start) continue;
    std::size_t close = skip_spaces(text, b.end, s.end);
    if (close >= s.end || text[close] != ')') continue;
    auto rate = duration_rate_after(s, close + 1, lex);
    if (!rate) continue;
    const Unit& u = *rate->unit;
    for (Claim* c : {&a, &b}) {
      *c->unit += "/" + u.symbol;
      if (c->unit_name) *c->unit_name += " per " + u.name;
    }
  }
}

// "between 3 and 5 on the Mohs scale", "5.8 on the Richter scale" (no unit, a scale).
void link_scale(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first; i < claims.size(); ++i) {
    Claim& c = claims[i];
    if (c.kind != Kind::count || c.unit) continue;
    auto on = word_after(text, c.end, s.end);
    if (!on || !lex.context().has_role(on->view(text), SyntaxRole::scale_reading)) continue;
    auto the = word_after(text, on->end, s.end);
    if (!the || !lex.context().has_role(the->view(text), SyntaxRole::definite)) continue;
    std::size_t p = skip_spaces(text, the->end, s.end);
    auto m = lex.units().longest(text, p);
    if (!m) continue;
    auto scale = word_after(text, p + m->length, s.end);
    if (!scale || scale->begin != skip_spaces(text, p + m->length, s.end) || !lex.context().has_role(scale->view(text), SyntaxRole::scale_noun))
      continue;
    const Unit& u = lex.unit(m->id);
    if (u.kind != Kind::measure) continue;
    c.kind = u.kind;
    c.unit = u.symbol;
    c.unit_name = u.name;
  }
}

// "the murder of one Chilean and the disappearance of nine others", "41 Britons have died,
// with 158 others missing": "others" counts the noun of the nearest count before it.
void link_others(const Sentence&, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  auto elided = [&](const Claim& c) { return c.unit && lex.context().has_role(*c.unit, SyntaxRole::elided_noun); };
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    if (b.kind != Kind::count || !elided(b)) continue;
    const Claim* a = nearest_figure_before(claims, i, first);
    if (a && counts_noun(*a) && *a->unit != kTimesUnit && !elided(*a))
      inherit_unit(b, *a);
  }
}

// "his songs, half of which ...", "rural farm workers, thousands of whom", "10 world records
// in the pole vault, three of which", "25 million players were sold, 10 million of which": a
// figure before "of which" or "of whom" counts its antecedent: the counted figure before it
// in the sentence, else the plural noun right before the comma ("in the past 15 years, five
// of whom" names no antecedent: "years" is a unit).
void link_relative_partitive(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first; i < claims.size(); ++i) {
    Claim& b = claims[i];
    bool share = b.kind == Kind::ratio && (!b.unit || b.unit->empty());
    bool count = b.kind == Kind::count && (!b.unit || b.unit->empty());
    if (!share && !count && !bare(s, lex, b)) continue;
    auto of = word_after(text, b.end, s.end);
    if (!of || skip_spaces(text, b.end, s.end) != of->begin || !lex.context().has_role(of->view(text), SyntaxRole::partitive))
      continue;
    auto relative = word_after(text, of->end, s.end);
    if (!relative || !lex.context().has_role(lower_ascii(relative->view(text)), SyntaxRole::relative)) continue;
    const Claim* a = nearest_before(claims, i, first, [](const Claim& c) { return !counts_noun(c); });
    std::optional<std::string> noun;
    if (a && *a->unit != kTimesUnit) {
      noun = *a->unit;
    } else {
      std::size_t comma = b.start;
      while (comma > s.begin && text[comma - 1] == ' ') --comma;
      if (comma == s.begin || text[comma - 1] != ',') continue;
      auto w = word_before(text, comma - 1, s.begin);
      if (!w || w->end != comma - 1) continue;
      std::string_view word = w->view(text);
      if (!is_content_word(word, lex) || !text::looks_plural(word, lex.lemma_rules()) || lex.units().longest(word, 0))
        continue;
      noun = text::lemmatize_noun(lower_ascii(word), lex.lemma_rules());
    }
    if (!share) b.kind = Kind::count;
    b.unit = *noun;
    b.unit_name = *noun;
  }
}

}  // namespace factsheet::extract::links
