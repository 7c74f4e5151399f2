#include "extract/sentence_links.hpp"

#include <algorithm>
#include <array>
#include <cmath>

#include "extract/counted_noun.hpp"
#include "extract/words.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract {
namespace {

// Longest "from ... to" stretch between the first end and "to", in words.
constexpr int kMaxSpanGapWords = 6;
// Parallel figures that share a unit are of one order of magnitude.
constexpr double kParallelRatio = 10.0;
// A bare number and the sentence's only counted figure: sizes within this factor.
constexpr double kSoleCountRatio = 2.0;
// Words between a change and its level: a direction word, then "to close at".
constexpr int kMaxLevelWords = 4;
// Determiners and "last"/"first" between "of" and a whole ("of its last 15"): two.
constexpr int kMaxWholeLead = 2;
// A gapped list item's name before "by" ("Ford Motor Company"): four words.
constexpr int kMaxItemNameWords = 4;
// Links reach at most this many claims away, so a sentence of thousands of figures (a
// table dump, hostile input) stays linear.
constexpr std::size_t kMaxClaimScan = 16;

// The first index to look back to from claim i.
std::size_t scan_floor(std::size_t i, std::size_t first) { return i - first > kMaxClaimScan ? i - kMaxClaimScan : first; }

bool time_adjunct(const Claim& c) { return c.kind == Kind::year || c.kind == Kind::date || c.kind == Kind::time; }

bool single_number(const Claim& c) {
  return std::holds_alternative<double>(c.value) && !c.is_range() && !c.part;
}

// A figure with no unit and no counted noun: "to 23", "at 2,118.40", "by 1"; or a number
// in words that counts nothing named, a mention until a parallel figure lends it its noun
// ("12 contracts last year and nine this year", "10 solo awards and four with Take That").
// Not a capitalised one, a name ("Radio One"), nor one before a word of a noun phrase, whose
// own noun was not read ("four All Blacks", "three weekly journeys").
bool bare(const Sentence& s, const Lexicon& lex, const Claim& c) {
  if (c.unit || !single_number(c)) return false;
  if (c.kind == Kind::count) return true;
  if (c.kind != Kind::other || c.text.empty() || !text::is_lower(c.text[0])) return false;
  auto next = word_after(s.text, c.end, s.end);
  if (!next) return true;
  std::string_view word = next->view(s.text);
  if (is_content_word(word, lex) || text::is_upper(word[0])) return false;
  // "three weekly journeys": an -ly premodifier before the noun.
  auto after = word_after(s.text, next->end, s.end);
  return !(lower_ascii(word).ends_with("ly") && after && is_content_word(after->view(s.text), lex));
}

bool has_unit(const Claim& c) {
  if (!c.unit || c.unit->empty()) return false;
  return c.kind == Kind::money || c.kind == Kind::percent || c.kind == Kind::measure || c.kind == Kind::duration;
}

// A unit or a counted noun ("2,205.16 points") that an elliptical figure may take over.
bool lends_unit(const Claim& c) { return has_unit(c) || (c.kind == Kind::count && c.unit && !c.unit->empty()); }

double number(const Claim& c) { return std::get<double>(c.value); }

bool similar_magnitude(double a, double b) {
  a = std::fabs(a);
  b = std::fabs(b);
  if (a == 0 || b == 0) return false;
  return std::max(a, b) / std::min(a, b) <= kParallelRatio;
}

std::string lower_word_before(const Sentence& s, std::size_t pos) {
  auto w = word_before(s.text, pos, s.begin);
  return w ? lower_ascii(w->view(s.text)) : std::string();
}

void inherit_unit(Claim& to, const Claim& from) {
  to.kind = from.kind;
  to.unit = from.unit;
  to.unit_name = from.unit_name;
}

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
  std::vector<std::size_t> seconds(claims.size() - first);
  std::size_t splits = 0;
  for (std::size_t i = first; i < claims.size(); ++i)
    if ((seconds[i - first] = second_of(claims[i])) != 0) ++splits;
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
    for (std::size_t k = i; k-- > scan_floor(i, first);) {
      const Claim& a = claims[k];
      if (time_adjunct(a)) continue;
      if (lends_unit(a) && single_number(a) && similar_magnitude(number(a), number(b))) inherit_unit(b, a);
      break;
    }
  }
}

// "raised 40 million of the 2 billion euros", "sold 1.2 million of its 3 million shares": the
// part is in the whole's unit. A determiner and "last"/"first"/"next"/"past" may stand
// between.
void link_part_of_whole(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i + 1 < claims.size(); ++i) {
    Claim& part = claims[i];
    const Claim& whole = claims[i + 1];
    if (!bare(s, lex, part) || !lends_unit(whole) || whole.kind == Kind::percent || !single_number(whole)) continue;
    auto of = word_after(s.text, part.end, s.end);
    if (!of || !lex.context().has_role(of->view(s.text), SyntaxRole::partitive)) continue;
    std::size_t p = of->end;
    for (int k = 0; k < kMaxWholeLead; ++k) {
      auto w = word_after(s.text, p, s.end);
      if (!w || !lex.context().has_role(w->view(s.text), SyntaxRole::whole_determiner)) break;
      p = w->end;
    }
    if (skip_spaces(s.text, p, s.end) != whole.start || number(part) > number(whole)) continue;
    inherit_unit(part, whole);
  }
}

// "64 respondents out of 146", "39 nations out of 65": a count of a noun, then "out of" and
// a bare whole number, is the share "26 out of the 45 projects" writes with the noun last.
void link_counted_share(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  for (std::size_t i = first; i + 1 < claims.size(); ++i) {
    Claim& part = claims[i];
    const Claim& whole = claims[i + 1];
    if (part.kind != Kind::count || !part.unit || part.unit->empty() || !single_number(part)) continue;
    // The whole is bare, or has taken the part's noun from an earlier link.
    if (whole.kind != Kind::count || (whole.unit && *whole.unit != *part.unit) || !single_number(whole) ||
        whole.qualifier != Qualifier::eq || whole.text.find_first_not_of("0123456789,") != std::string::npos)
      continue;
    double p = number(part), w = number(whole);
    if (p != std::floor(p) || w != std::floor(w) || p > w || w == 0) continue;
    auto out = word_after(s.text, part.end, s.end);
    if (!out || !lex.context().has_role(out->view(s.text), SyntaxRole::partitive_lead)) continue;
    auto of = word_after(s.text, out->end, s.end);
    if (!of || !lex.context().has_role(of->view(s.text), SyntaxRole::partitive)) continue;
    std::size_t at = of->end;
    for (int k = 0; k < kMaxWholeLead; ++k) {
      auto d = word_after(s.text, at, s.end);
      if (!d || !lex.context().has_role(d->view(s.text), SyntaxRole::whole_determiner)) break;
      at = d->end;
    }
    if (skip_spaces(s.text, at, s.end) != whole.start) continue;
    part.kind = Kind::ratio;
    part.part = p;
    part.whole = w;
    part.value = std::round(p / w * 10000.0) / 10000.0;
    part.end = whole.end;
    part.text = std::string(s.text.substr(part.start, part.end - part.start));
    claims.erase(claims.begin() + static_cast<std::ptrdiff_t>(i) + 1);
  }
}

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
    if (c.kind != Kind::count || !c.unit || c.unit->empty()) continue;
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

// A verb group's first word right after `pos` (only spaces between): "are", "will", "had".
bool verb_group_after(const Sentence& s, const Lexicon& lex, std::size_t pos) {
  auto next = word_after(s.text, pos, s.end);
  if (!next || skip_spaces(s.text, pos, s.end) != next->begin) return false;
  return lex.context().verb_group_word(lower_ascii(next->view(s.text)));
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
    for (std::size_t k = i; k-- > scan_floor(i, first);) {
      const Claim& a = claims[k];
      if (time_adjunct(a)) continue;
      if (a.kind != Kind::count || !a.unit || a.unit->empty()) continue;
      if (single_number(a) && *a.unit != kTimesUnit && lex.classify_word(*a.unit) != WordClass::rank_noun &&
          verb_group_after(s, lex, a.end))
        inherit_unit(b, a);
      break;
    }
  }
}

bool time_word(const Lexicon& lex, std::string_view word) {
  auto cls = lex.classify_word(lower_ascii(word));
  return cls && *cls == WordClass::temporal;
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
    for (std::size_t k = i; k-- > scan_floor(i, first);) {
      const Claim& a = claims[k];
      if (time_adjunct(a)) continue;
      if (lends_unit(a) && single_number(a) && similar_magnitude(number(a), number(b))) inherit_unit(b, a);
      break;
    }
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

}  // namespace

void link_sentence_figures(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first) {
  if (claims.size() <= first) return;
  link_scale(s, lex, claims, first);
  split_level_ranges(s, lex, claims, first);
  if (claims.size() - first < 2) return;
  link_bracketed_rate(s, lex, claims, first);
  link_from_to(s, lex, claims, first);
  link_change_level(s, lex, claims, first);
  link_to_from(s, lex, claims, first);
  link_change_from(s, lex, claims, first);
  link_part_of_whole(s, lex, claims, first);
  link_parallel(s, lex, claims, first);
  link_coordinated_count(s, lex, claims, first);
  link_sole_count(s, lex, claims, first);
  link_subject_count(s, lex, claims, first);
  // After the links that lend the count's noun to the figures around it ("39 nations out of
  // 65 ..., with 29 cutting back").
  link_counted_share(s, lex, claims, first);
  link_period_pairs(s, lex, claims, first);
  link_gapped_direction(s, lex, claims, first);
}

}  // namespace factsheet::extract
