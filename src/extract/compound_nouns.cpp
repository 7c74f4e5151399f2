// Compounds and names that give a count its noun: hyphenated ("a 30-member delegation",
// "a two-time champion") and open compounds ("the 15 nation trade pact"), suspended lists
// ("two-, three- and four-door models"), plural model names ("40 A300s"), collective heads
// ("its 3,000 workforce"), and the numbers that name a model rather than count.
#include "extract/counted_noun.hpp"
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"
#include "text/chars.hpp"
#include "text/lemmatizer.hpp"

namespace factsheet::extract {

// A plural model name after a count is one or two words ("40 A300s", "2,480 Series 7s").
constexpr int kMaxModelWords = 2;
// Items of a suspended compound list ("two-, three- and four-bedroom homes"): six.
constexpr int kMaxSuspendedItems = 6;

using grammar::Quantity;
using namespace figure_helpers;

// "a five-point plan", "a 30-member delegation": a hyphenated noun counts what it names.
// "a two-handed backhand", "a three-legged race", "a one-sided final", "an 18-rated film": a
// number joined to an adjective in -ed describes what follows and counts nothing (kind other,
// like "two-way"); the end of the adjective. Not a noun in -eed ("a two-speed gearbox") nor
// a short word ("a three-bed house").
std::optional<std::size_t> FigureFinder::hyphen_adjective(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.end + 1 >= s_.end || text[q.end] != '-' || !text::is_lower(text[q.end + 1])) return std::nullopt;
  auto w = word_after(text, q.end + 1, s_.end);
  if (!w || w->begin != q.end + 1) return std::nullopt;
  std::string_view word = w->view(text);
  if (word.size() < 5 || !word.ends_with("ed") || word.ends_with("eed") || word.find('-') != std::string_view::npos)
    return std::nullopt;
  if (lex_.number_words().longest(text, w->begin)) return std::nullopt;  // "two-hundred"
  return w->end;
}

std::optional<CountedNoun> FigureFinder::hyphen_compound(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.end + 1 < s_.end && text[q.end] == '-' && (text[q.end + 1] == ',' || text[q.end + 1] == ' '))
    return suspended_compound(q);
  if (q.end + 1 >= s_.end || text[q.end] != '-' || !(text::is_lower(text[q.end + 1])))
    return std::nullopt;
  auto w = word_after(text, q.end + 1, s_.end);
  if (!w || w->begin != q.end + 1) return std::nullopt;
  // The word right after the hyphen, up to the next one: "three-against-three" joins
  // "against", a preposition, and counts nothing ("three-to-one", "one-to-many").
  std::string_view joined = w->view(text);
  // "a two-time champion", "a four-times finalist": occasions, a count of times.
  if (std::string head = lower_ascii(joined.substr(0, joined.find('-'))); head == kTimesUnit || head == "times")
    return CountedNoun{q.end + 1, q.end + 1, q.end + 1 + head.size(), kTimesUnit, head == "times"};
  // "a five-set battle", "a two-break lead": joined to a number, a word of a phrasal verb is
  // its noun.
  auto joined_class = lex_.classify_word(lower_ascii(joined));
  bool phrasal_noun = joined_class && *joined_class == WordClass::phrasal;
  if (!phrasal_noun && (!is_content_word(joined.substr(0, joined.find('-')), lex_) || !is_content_word(joined, lex_)))
    return std::nullopt;
  // "a 10-fold increase": a multiple, like "10 times".
  if (lex_.context().has_role(w->view(text), SyntaxRole::multiple)) return CountedNoun{q.end + 1, q.end + 1, w->end, kTimesUnit, false};
  // "a 2,700-strong audience", "a five million-strong union": the size of the group the
  // noun phrase after it names ("the nine-strong rate-setting committee": committee).
  if (lex_.context().has_role(lower_ascii(w->view(text)), SyntaxRole::group_size)) {
    // A hyphenated word after a noun opens the next phrase ("the 6,000-strong community
    // up-to-date information"); before the head it premodifies ("rate-setting committee").
    std::size_t limit = s_.end;
    bool plain_before = false;
    for (auto x = word_after(text, w->end, s_.end); x; x = word_after(text, x->end, s_.end)) {
      bool hyphenated = x->view(text).find('-') != std::string_view::npos;
      if (hyphenated && plain_before) {
        limit = x->begin;
        break;
      }
      plain_before = !hyphenated;
      if (!is_content_word(x->view(text), lex_)) break;
    }
    auto group = find_counted_noun(text, w->end, limit, lex_, true);
    if (!group) return std::nullopt;
    group->begin = q.end + 1;
    return group;
  }
  // "a 300-odd crowd" describes, it does not count.
  auto cls = lex_.classify_word(lower_ascii(w->view(text)));
  if (cls && (*cls == WordClass::adjective || *cls == WordClass::length_cue)) return std::nullopt;
  std::string word = lower_ascii(w->view(text));
  if (word.find('-') != std::string::npos) word = word.substr(0, word.find('-'));
  return CountedNoun{q.end + 1, q.end + 1, w->end, word, false};
}

// "40 A300s", "2,480 Series 7s": a plural model name, its plural "s" on the model number,
// is what the number counts (the noun finder passes over names).
std::optional<CountedNoun> FigureFinder::model_plural(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.unit || q.currency || q.number.decimals || q.end >= s_.end || text[q.end] != ' ') return std::nullopt;
  std::size_t p = q.end + 1;
  std::string name;
  for (int i = 0; i < kMaxModelWords && p < s_.end; ++i) {
    std::size_t e = p;
    while (e < s_.end && (is_alpha(text[e]) || is_digit(text[e]) || text[e] == '-')) ++e;
    std::string_view tok = text.substr(p, e - p);
    if (tok.size() < 2 || !((text::is_upper(tok[0])) || is_digit(tok[0]))) return std::nullopt;
    bool digit = tok.find_first_of("0123456789") != std::string_view::npos;
    if (digit && tok.back() == 's' && is_digit(tok[tok.size() - 2])) {
      if (e < s_.end && (is_alpha(text[e]) || is_digit(text[e]))) return std::nullopt;
      name += lower_ascii(tok.substr(0, tok.size() - 1));
      return CountedNoun{q.end + 1, q.end + 1, e, name, false};
    }
    if (digit || e >= s_.end || text[e] != ' ') return std::nullopt;
    name += lower_ascii(tok) + " ";
    p = e + 1;
  }
  return std::nullopt;
}

// "Italy's 60 million population", "its 3,000 workforce": a number in digits before a
// collective noun (words.tsv) counts the group's members. Spelled numbers are left out:
// "the world's number two economy" ranks.
std::optional<CountedNoun> FigureFinder::collective_head(const Quantity& q) const {
  if (q.number.words || q.unit || q.currency || q.end >= s_.end || src_.text[q.end] != ' ') return std::nullopt;
  auto noun = find_counted_noun(src_.text, q.end, s_.end, lex_, true);
  if (!noun || lex_.classify_word(noun->lemma) != WordClass::collective) return std::nullopt;
  return noun;
}

// "the 15 nation trade pact", "a 20 storey tower": a compound modifier written without
// its hyphen; the singular noun after a small whole number, itself followed by the noun it
// modifies, is what the number counts.
std::optional<CountedNoun> FigureFinder::open_compound(const Quantity& q) const {
  std::string_view text = src_.text;
  const auto& n = q.number;
  if (n.words || n.decimals || n.grouped || q.sign || q.scale != 1 || n.value < 2 || n.value >= 100) return std::nullopt;
  if (q.end >= s_.end || text[q.end] != ' ') return std::nullopt;
  // A determiner opens the noun phrase ("a 10 point charter"); "under-21 squad" names a group.
  auto det = word_before(text, q.begin, s_.begin);
  if (!det || det->end + 1 != q.begin || !lex_.context().has_role(lower_ascii(det->view(text)), SyntaxRole::determiner))
    return std::nullopt;
  auto w1 = word_after(text, q.end, s_.end);
  if (!w1 || w1->begin != q.end + 1 || w1->end >= s_.end || text[w1->end] != ' ') return std::nullopt;
  std::string_view v1 = w1->view(text);
  if (!(text::is_lower(v1[0])) || !is_content_word(v1, lex_) ||
      factsheet::text::looks_plural(v1, lex_.lemma_rules()) || lex_.units().longest(v1, 0))
    return std::nullopt;
  std::string word = lower_ascii(v1);
  if (word.ends_with("ing") || word.ends_with("ed") || lex_.classify_word(word)) return std::nullopt;
  auto w2 = word_after(text, w1->end, s_.end);
  if (!w2 || w2->begin != w1->end + 1) return std::nullopt;
  std::string_view v2 = w2->view(text);
  std::string second = lower_ascii(v2);
  if (!(text::is_lower(v2[0])) || !is_content_word(v2, lex_) || second.ends_with("ed") ||
      second.ends_with("ing"))
    return std::nullopt;
  return CountedNoun{w1->begin, w1->begin, w1->end, word, false};
}

// "a three-to-one overlap", "a three-against-three match": the second number of a pair
// joined by a preposition describes the noun with the first.
bool FigureFinder::second_of_pair(const Quantity& q) const {
  std::string_view text = src_.text;
  if (q.begin < s_.begin + 2 || text[q.begin - 1] != '-') return false;
  std::size_t b = q.begin - 1;
  while (b > s_.begin && text::is_alpha(text[b - 1])) --b;
  return b < q.begin - 1 && b > s_.begin && text[b - 1] == '-' &&
         lex_.classify_word(lower_ascii(text.substr(b, q.begin - 1 - b))) == WordClass::function;
}

// "two-, three- or four-door models": a hyphen left hanging shares the noun of the
// last compound in the list. The noun is reported, the span stays on the number.
std::optional<CountedNoun> FigureFinder::suspended_compound(const Quantity& q) const {
  std::string_view text = src_.text;
  std::size_t p = q.end + 1;
  for (int item = 0; item < kMaxSuspendedItems; ++item) {
    if (p < s_.end && text[p] == ',') ++p;
    p = skip_spaces(text, p, s_.end);
    if (auto w = word_after(text, p, s_.end); w && w->begin == p) {
      std::string_view conj = w->view(text);
      if (lex_.context().has_role(conj, SyntaxRole::additive) || lex_.context().has_role(conj, SyntaxRole::alternative) || lex_.context().has_role(conj, SyntaxRole::range_to)) p = skip_spaces(text, w->end, s_.end);
    }
    auto next = grammar::parse_quantity(src_, p, s_.end);
    if (!next || next->end >= s_.end || text[next->end] != '-' || next->unit || next->currency) return std::nullopt;
    if (next->end + 1 < s_.end && text::is_lower(text[next->end + 1])) {
      auto noun = hyphen_compound(*next);
      if (noun) noun->begin = noun->head_begin = noun->end = q.end;
      return noun;
    }
    p = next->end + 1;
  }
  return std::nullopt;
}

// "their 7610 phone", "the 147 model": a whole number right before a singular noun names
// the thing; a counted noun would be plural.
bool FigureFinder::model_number(const Quantity& q) const {
  std::string_view text = src_.text;
  // Small counts ("11 member states") and stated amounts ("around 730") stay figures.
  if (q.number.decimals || q.number.grouped || q.sign || q.scale != 1 || q.number.value < 100 ||
      qualifier_before(s_, q.begin, lex_))
    return false;
  if (q.end < s_.end && text[q.end] != ' ') return false;
  // "300 homes were sold and 120 let": after a conjunction the number is an elided count.
  if (auto conj = word_before(text, q.begin, s_.begin)) {
    if (lex_.context().has_role(conj->view(text), SyntaxRole::clause_joiner)) return false;
  }
  auto w = word_after(text, q.end, s_.end);
  if (!w) return false;
  std::string word = lower_ascii(w->view(text));
  if (word.ends_with("ing") || word.ends_with("ed")) return false;  // a verb follows
  return w->begin == q.end + 1 && is_content_word(w->view(text), lex_) &&
         !factsheet::text::looks_plural(w->view(text), lex_.lemma_rules()) &&
         !lex_.months().longest(w->view(text), 0) && !lex_.units().longest(w->view(text), 0);
}

}  // namespace factsheet::extract
