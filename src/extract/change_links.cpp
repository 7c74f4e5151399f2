#include "extract/link_steps.hpp"

#include <vector>

#include "extract/words.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract::links {

namespace {

// Longest "from ... to" stretch between the first end and "to", in words.
constexpr int kMaxSpanGapWords = 6;
// Words between a change and its level: a direction word, then "to close at".
constexpr int kMaxLevelWords = 4;
// A gapped list item's name before "by" ("Ford Motor Company"): four words.
constexpr int kMaxItemNameWords = 4;

// Words between two figures that only place the first in time or space ("at 10.45pm last
// night", "in 2008", "combined", "U.S. per tonne"): no clause break, no conjunction, no
// verb of its own.
bool adjunct_gap(const Sentence& s, const Lexicon& lex, std::size_t begin, std::size_t end) {
  std::string_view text = s.text;
  int words = 0;
  std::size_t p = begin;
  while (true) {
    p = skip_spaces(text, p, end);
    if (p >= end) return true;
    char c = text[p];
    if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')' || c == '"' || c == '!' || c == '?') return false;
    auto w = word_after(text, p, end);
    if (w && w->begin == p) {
      std::string word = lower_ascii(w->view(text));
      if (lex.context().has_role(word, SyntaxRole::clause_link)) return false;
      if (auto cls = lex.classify_word(word); cls && *cls == WordClass::verb) return false;
      if (++words > kMaxSpanGapWords) return false;
      p = w->end;
    } else {
      ++p;  // digits and dots of a time or an abbreviation
    }
  }
}

// "per tonne" among the words from the end of `a` to `end`, appended to a's unit when it has
// no rate yet: a unit's symbol, or the noun's lemma.
void append_gap_rate(const Sentence& s, const Lexicon& lex, Claim& a, std::size_t end) {
  if (!a.unit || !a.unit_name || a.unit->find('/') != std::string::npos) return;
  if (a.kind != Kind::money && a.kind != Kind::measure) return;
  std::string_view text = s.text;
  for (auto w = word_after(text, a.end, end); w; w = word_after(text, w->end, end)) {
    if (!lex.context().has_role(w->view(text), SyntaxRole::rate)) continue;
    auto noun = word_after(text, w->end, end);
    if (!noun) return;
    std::string symbol, name;
    if (auto u = lex.units().longest(text, noun->begin); u && noun->begin + u->length == noun->end) {
      symbol = lex.unit(u->id).symbol;
      name = lex.unit(u->id).name;
    } else {
      symbol = name = factsheet::text::lemmatize_noun(lower_ascii(noun->view(text)), lex.lemma_rules());
    }
    a.unit = *a.unit + "/" + symbol;
    a.unit_name = *a.unit_name + " per " + name;
    return;
  }
}

// Index of the next claim after i that is not a time adjunct, or npos.
std::size_t next_figure(const std::vector<Claim>& claims, std::size_t i) {
  for (std::size_t j = i + 1; j < claims.size() && j <= i + kMaxClaimScan; ++j)
    if (!time_adjunct(claims[j])) return j;
  return std::string::npos;
}

}  // namespace

// "fell from 11.2% to 9.6%", "was cut from £20m to £15m": after a change verb, "from X to Y"
// states the level left and the level reached, not a span of values; the range the grammar
// read, its scale and unit shared ("rose from 5 to 6 million"), becomes its two figures.
// Ranges of years, dates and times ("from 1981 to 1987") and a far end that is a range of
// its own ("from 24.2 to 33-35 billion euros") stay as they are.
void split_level_ranges(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  // Where the second figure of a range to split starts, 0 for a claim that stays whole.
  auto second_of = [&](const Claim& c) -> std::size_t {
    if (!c.is_range() || c.kind == Kind::year || c.kind == Kind::date || c.kind == Kind::time) return 0;
    if (!std::holds_alternative<double>(c.low) || !std::holds_alternative<double>(c.high)) return 0;
    std::size_t to = c.text.find(" to ");
    if (to == std::string::npos || to == 0 || !level_left_before(s, c.start, lex)) return 0;
    std::size_t second = skip_spaces(s.text, c.start + to + 4, c.end);
    if (second >= c.end || c.text.find('-', second - c.start) != std::string::npos) return 0;
    return second;
  };
  // Made at the first range to split: most sentences have none.
  std::vector<std::size_t> seconds;
  std::size_t splits = 0;
  for (std::size_t i = first; i < claims.size(); ++i) {
    std::size_t second = second_of(claims[i]);
    if (second == 0) continue;
    if (seconds.empty()) seconds.assign(claims.size() - first, 0);
    seconds[i - first] = second;
    ++splits;
  }
  if (splits == 0) return;
  // One pass into a new vector keeps this linear however many ranges the sentence holds.
  std::vector<Claim> out;
  out.reserve(claims.size() + splits);
  for (std::size_t i = 0; i < claims.size(); ++i) {
    std::size_t second = i < first ? 0 : seconds[i - first];
    if (second == 0) {
      out.push_back(std::move(claims[i]));
      continue;
    }
    const Claim& c = claims[i];
    Claim a = c, b = c;
    a.end = c.start + c.text.find(" to ");
    a.value = c.low;
    b.start = second;
    b.value = c.high;
    for (Claim* x : {&a, &b}) {
      x->low = x->high = std::monostate{};
      x->text = std::string(s.text.substr(x->start, x->end - x->start));
      out.push_back(std::move(*x));
    }
  }
  claims = std::move(out);
}

// "from X ... to Y": one range, or a unit lent to Y when X is a range itself.
void link_from_to(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::vector<char> merged(claims.size() - first, 0);  // second ends folded into a range
  for (std::size_t i = first; i < claims.size(); ++i) {
    if (merged[i - first]) continue;
    Claim& a = claims[i];
    if (!word_before_is(s, a.start, lex, SyntaxRole::range_from)) continue;
    std::size_t j = next_figure(claims, i);
    if (j == std::string::npos || merged[j - first]) continue;
    Claim& b = claims[j];
    auto to = word_before(s.text, b.start, s.begin);
    if (!to || !lex.context().has_role(to->view(s.text), SyntaxRole::range_to) || to->begin < a.end) continue;
    if (!adjunct_gap(s, lex, a.end, to->begin)) continue;
    // "fell from 11.2% to 9.6%": a level left and a level reached, two figures, each in
    // the unit the other writes ("rose from 15 to 25 member states", "raised from £2.50
    // to £4 a leg").
    if (a.kind != Kind::year && single_number(a) && single_number(b) && level_left_before(s, a.start, lex)) {
      append_gap_rate(s, lex, a, to->begin);
      if (bare(s, lex, b) && lends_unit(a)) {
        inherit_unit(b, a);
      } else if (bare(s, lex, a) && lends_unit(b)) {
        inherit_unit(a, b);
      } else if (a.kind == b.kind && a.unit && b.unit && b.unit->starts_with(*a.unit + "/")) {
        inherit_unit(a, b);
      } else if (a.kind == b.kind && a.unit && b.unit && a.unit->starts_with(*b.unit + "/")) {
        inherit_unit(b, a);
      }
      continue;
    }
    bool same = a.kind == b.kind && a.unit == b.unit && (a.unit || b.kind == Kind::count);
    bool lend = bare(s, lex, b) && lends_unit(a);
    if (!same && !lend) continue;
    if (lend) inherit_unit(b, a);
    if (a.is_range() || !single_number(a) || !single_number(b)) continue;
    // Claims never overlap: a time or date between the ends ("from $41,200 at 9.30pm to
    // $39,870", "from 20 mpg in 2008 to 29 mpg") keeps the two ends apart.
    if (j != i + 1) continue;
    // "from 62% to more than 68%": a range would lose the second end's qualifier.
    if (b.qualifier != Qualifier::eq && b.qualifier != a.qualifier) continue;
    // "from $60 U.S. per tonne to $52.10": a rate in the words between holds for both ends.
    append_gap_rate(s, lex, a, to->begin);
    // Adjacent ends ("from 120 to 150") are read as a range by the grammar already.
    a.low = a.value;
    a.high = b.value;
    a.value = std::monostate{};
    a.end = b.end;
    a.text = std::string(s.text.substr(a.start, a.end - a.start));
    merged[j - first] = 1;
  }
  // One compaction pass keeps this linear however many spans the sentence holds.
  std::size_t out = first;
  for (std::size_t i = first; i < claims.size(); ++i)
    if (!merged[i - first]) {
      if (out != i) claims[out] = std::move(claims[i]);
      ++out;
    }
  claims.resize(out);
}

// "closed 45 points lower at 7,600", "fell 120 points to 7,480": the level after a change
// is in the change's unit, when that unit is not a percentage.
void link_change_level(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    const Claim& a = claims[i - 1];
    if (!bare(s, lex, b) || a.change == Change::none || a.kind == Kind::percent || !lends_unit(a) || !single_number(a))
      continue;
    // "rising nine places to 15": the level is a rank, not a number of places.
    if (lex.classify_word(*a.unit) == WordClass::rank_noun) continue;
    // Between them: an optional direction word, then "to"/"at", "to close at", "to end at".
    std::size_t p = a.end;
    int words = 0;
    bool preposition = false;
    for (auto w = word_after(text, p, b.start); w && words < kMaxLevelWords;
         w = word_after(text, p, b.start), ++words) {
      std::string word = lower_ascii(w->view(text));
      auto m = lex.changes().longest(text, w->begin);
      bool change_word = m && w->begin + m->length == w->end;
      preposition = lex.context().has_role(word, SyntaxRole::level);
      if (!preposition && !change_word && !lex.context().has_role(word, SyntaxRole::closing)) break;
      p = w->end;
    }
    if (!preposition || skip_spaces(text, p, s.end) != b.start) continue;
    inherit_unit(b, a);
  }
}

// "rose to 81 days from 53": the earlier level, after "from", in the same unit.
void link_to_from(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i < claims.size(); ++i) {
    const Claim& a = claims[i];
    if (!word_before_is(s, a.start, lex, SyntaxRole::range_to) || !lends_unit(a) || !single_number(a)) continue;
    std::size_t j = next_figure(claims, i);
    if (j == std::string::npos) continue;
    Claim& b = claims[j];
    auto from = word_before(s.text, b.start, s.begin);
    if (!bare(s, lex, b) || !from || !lex.context().has_role(from->view(s.text), SyntaxRole::range_from) || skip_spaces(s.text, a.end, s.end) != from->begin)
      continue;
    inherit_unit(b, a);
  }
}

// "Nearly 2m people visited, up from 1.5m in 2022": the earlier level after a change word.
void link_change_from(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    auto from = word_before(s.text, b.start, s.begin);
    if (!bare(s, lex, b) || !from || !lex.context().has_role(from->view(s.text), SyntaxRole::range_from)) continue;
    auto change = word_before(s.text, from->begin, s.begin);
    if (!change) continue;
    auto m = lex.changes().longest(s.text, change->begin);
    if (!m || change->begin + m->length != change->end) continue;
    const Claim* a = nearest_figure_before(claims, i, first);
    if (a && lends_parallel_unit(*a, b)) inherit_unit(b, *a);
  }
}

// "Shares of A and B were down 1.1%, C by 1.7%": the verb and its direction are
// left out after the first item of a list.
void link_gapped_direction(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  std::string_view text = s.text;
  for (std::size_t i = first + 1; i < claims.size(); ++i) {
    Claim& b = claims[i];
    const Claim& a = claims[i - 1];
    if (b.change != Change::none || a.change == Change::none || a.unit != b.unit || !b.unit) continue;
    auto by = word_before(text, b.start, s.begin);
    if (!by || !lex.context().has_role(by->view(text), SyntaxRole::agent)) continue;
    std::size_t p = skip_spaces(text, a.end, by->begin);
    if (p >= by->begin || text[p] != ',') continue;
    // Only the next item's name stands between: capitalised words, "and", "of".
    bool name_only = true;
    int words = 0;
    for (auto w = word_after(text, p + 1, by->begin); w; w = word_after(text, w->end, by->begin)) {
      std::string_view word = w->view(text);
      if (!(is_capitalized(word) || lex.context().has_role(word, SyntaxRole::connector) || lex.context().has_role(word, SyntaxRole::definite)) ||
          ++words > kMaxItemNameWords) {
        name_only = false;
        break;
      }
    }
    if (name_only && words > 0) b.change = a.change;
  }
}

}  // namespace factsheet::extract::links
