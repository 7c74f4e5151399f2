#include "context/subject.hpp"

#include "context/phrases.hpp"

namespace factsheet::context {
namespace {

// Scans around a figure are bounded so a sentence with thousands of figures stays linear.
constexpr std::size_t kMaxPredicateScan = 30;
constexpr std::size_t kMaxLinkScan = 30;
constexpr std::size_t kMaxBracketScan = 12;

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
}

// The counted noun inside the claim ("26 out of the 45 capacity cooperation projects" ->
// "capacity cooperation projects"): the words after its last number.
Range figure_noun(const TaggedSentence& s, Range fig, const Claim& claim) {
  bool counted = claim.kind == Kind::count || claim.kind == Kind::ratio || claim.kind == Kind::ordinal;
  if (!counted) return {};
  std::size_t last_number = fig.begin;
  bool seen = false;
  for (std::size_t i = fig.begin; i < fig.end; ++i)
    if (s[i].type == TokenType::number) last_number = i, seen = true;
  if (!seen) return {};
  std::size_t b = last_number + 1;
  while (b < fig.end && (s[b].lower == "of" || s[b].has(SyntaxRole::determiner) || s[b].type == TokenType::punct)) ++b;
  return {b, fig.end};
}

// What stands left of the figure once qualifiers, prepositions ("by", "to"), particles
// and other figures are skipped: a verb, an "of", or nothing useful.
struct LeftLink {
  enum { none, verb, of, changed } kind = none;
  std::size_t index = 0;
  bool by = false;  // "by" stands right before the figure: "reached by the two heads of state"
};

LeftLink link_left(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  bool particle = false;
  while (j > 0 && begin - j < kMaxLinkScan) {
    const Token& t = s[j - 1];
    bool up_down = t.lower == "up" || t.lower == "down";
    if (t.figure() || (t.adverb && !t.capitalized) || up_down || t.time_word ||
        (t.has(SyntaxRole::determiner) && !s.is_content(j - 1))) {
      particle = particle || up_down;
      --j;
      continue;
    }
    if (t.lower == "of") return {LeftLink::of, j - 1};
    if (s.is_verb(j - 1)) return {LeftLink::verb, j - 1};
    if (t.has(SyntaxRole::preposition) && !s.is_content(j - 1)) {
      --j;
      continue;
    }
    // "Blackmores up 9.4 per cent": the phrase the change belongs to.
    if (particle && s.is_content(j - 1)) return {LeftLink::changed, j};
    break;
  }
  return {};
}

bool preceded_by_by(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  while (j > 0 && begin - j < 3 && s[j - 1].has(SyntaxRole::determiner) && !s.is_content(j - 1)) --j;
  return j > 0 && s[j - 1].lower == "by";
}

// Whether the figure opens its clause, so that a verb after it is its own predicate.
bool in_subject_position(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  while (j > 0 && begin - j < 4 && ((s[j - 1].has(SyntaxRole::determiner) && !s.is_content(j - 1)) ||
                   (s[j - 1].adverb && !s[j - 1].capitalized)))
    --j;
  if (j == 0 || s.is_clause_break(j - 1)) return true;
  const Token& t = s[j - 1];
  return t.has(SyntaxRole::conjunction) || t.has(SyntaxRole::relative) || t.reporting;
}

// The figure's own complement: a prepositional phrase or a participle phrase right after it
// ("events in various fields", "institutions offering Kazakh language courses").
Range post_modifier(const TaggedSentence& s, std::size_t end) {
  if (end >= s.size()) return {};
  if (s[end].lower != "than" && s[end].lower != "as") {
    if (Range pp = prepositional_phrase(s, end); !pp.empty()) return pp;
  }
  if (s.is_verb(end) && (ends_with(s[end].lower, "ing") || ends_with(s[end].lower, "ed"))) {
    std::size_t after = end + 1;
    Range np = prepositional_phrase(s, after);
    if (np.empty()) np = noun_phrase_after(s, after);
    return {end, np.empty() ? end + 1 : np.end};
  }
  return {};
}

// The figure as the subject of a verb to its right: the verb group, its main verb and
// what completes it ("are studying in China", "have been completed").
std::optional<std::string> predicate_subject(const TaggedSentence& s, Range fig, Range noun) {
  std::size_t i = fig.end;
  std::size_t limit = std::min(s.size(), fig.end + kMaxPredicateScan);
  for (; i < limit; ++i) {
    const Token& t = s[i];
    if (s.is_verb(i)) break;
    if (t.figure() || t.has(SyntaxRole::relative)) return std::nullopt;
    if (t.type == TokenType::punct && !t.is_punct(",")) return std::nullopt;
  }
  if (i >= limit) return std::nullopt;
  Range group = verb_group(s, i);
  auto verb = main_verb(s, group);
  Range verb_range = verb ? Range{*verb, *verb + 1} : Range{};
  Range complement;
  if (group.end < s.size()) {
    complement = prepositional_phrase(s, group.end);
    if (complement.empty() && verb && s.is_content(group.end)) complement = noun_phrase_after(s, group.end);
    if (complement.empty() && verb && s[group.end].has(SyntaxRole::determiner)) {
      Range np = noun_phrase_after(s, group.end);
      if (!np.empty()) complement = {group.end, np.end};
    }
  }
  if (!verb) complement = complement.empty() || !s[complement.begin].has(SyntaxRole::preposition) ? Range{} : complement;
  std::string out = join(s, {noun, verb_range, complement});
  if (out.empty()) return std::nullopt;
  return out;
}

bool measures_its_subject(const Token& verb) {
  // "trade reached $41bn", "the index lost 190 points", "the population is 8 billion":
  // the figure is a value of the clause's subject.
  return verb.change_verb || verb.lex_verb || verb.has(SyntaxRole::copula);
}

std::optional<std::string> non_empty(std::string s) {
  if (s.empty()) return std::nullopt;
  return s;
}

std::optional<std::string> subject_of(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims,
                                      bool follow_conversion) {
  const Claim& claim = *claims[static_cast<std::size_t>(k)];
  if (claim.kind == Kind::date || claim.kind == Kind::year || claim.kind == Kind::time) return std::nullopt;
  auto [fb, fe] = s.claim_tokens(k);
  if (fb >= fe) return std::nullopt;
  // "10.5 million Australian dollars ($7.5 million)": the conversion measures the same thing.
  if (follow_conversion && fb >= 2 && s[fb - 1].is_punct("(") && s[fb - 2].figure() && s[fb - 2].claim != k)
    return subject_of(s, s[fb - 2].claim, claims, false);
  Range fig{fb, fe};
  Range noun = figure_noun(s, fig, claim);

  // What follows the figure, past a bracketed conversion.
  std::size_t after = fe;
  if (after < s.size() && s[after].is_punct("(")) {
    std::size_t close = after;
    while (close < s.size() && close - after < kMaxBracketScan && !s[close].is_punct(")")) ++close;
    if (close < s.size() && s[close].is_punct(")")) after = close + 1;
  }

  // "60 per cent of its revenue", "8 miles (13 km) of new tunnels", "one of the best speakers".
  if (noun.empty() && after < s.size() && s[after].lower == "of") {
    Range np = noun_phrase_after(s, after + 1);
    if (!np.empty()) return join(s, {np});
  }

  // "10-year multiple-entry visas", "a turbocharged 1.6 liter EcoBoost engine": the noun the
  // figure modifies, with the words before the figure (not a unit such as "US", a change
  // word such as "higher", or a cue word such as "long").
  if (noun.empty() && after < s.size() && s.is_content(after) && s[after].type == TokenType::word &&
      !s[after].unit_word && !s[after].change_word && !s[after].cue_word) {
    std::size_t pre = fb;
    while (pre > 0 && s.is_content(pre - 1) && !s[pre - 1].figure() && fb - pre < 3) --pre;
    if (pre > 0 && !s[pre - 1].has(SyntaxRole::determiner)) pre = fb;
    return non_empty(join(s, {Range{pre, fb}, noun_phrase_after(s, after)}));
  }

  LeftLink left = link_left(s, fb);
  if (left.kind == LeftLink::changed) {
    Range np = noun_phrase_before(s, left.index);
    if (!np.empty()) return join(s, {np});
  }
  if (left.kind == LeftLink::of && noun.empty()) {
    // "a fine of 10.5 million dollars", "exports of $5bn".
    Range np = noun_phrase_before(s, left.index);
    if (!np.empty()) return join(s, {np});
  }
  if (left.kind == LeftLink::verb && !s[left.index].reporting) {
    const Token& verb = s[left.index];
    Range group = verb_group(s, left.index);
    bool pronoun = false;
    Range agent = noun_phrase_before(s, group.begin, &pronoun);
    // "the two heads of state met twice": the figure counts what the counted phrase
    // before the verb did.
    if (noun.empty() && agent.empty() && group.begin > 0 && s[group.begin - 1].figure() &&
        s[group.begin - 1].claim != k) {
      int other = s[group.begin - 1].claim;
      auto [ob, oe] = s.claim_tokens(other);
      Range other_noun = figure_noun(s, {ob, oe}, *claims[static_cast<std::size_t>(other)]);
      if (!other_noun.empty()) return join(s, {other_noun, Range{left.index, left.index + 1}});
    }
    if (!noun.empty() && preceded_by_by(s, fb) && !agent.empty()) {
      // "the consensus reached by the two heads of state": the figure is the agent.
      return join(s, {agent, Range{left.index, left.index + 1}}) + " by " + join(s, {noun});
    }
    if (!noun.empty() && verb.has(SyntaxRole::possession)) {
      // "Osler has 59 users" -> "Osler users": what is counted, named with its holder.
      return non_empty(join(s, {agent, noun, post_modifier(s, fe)}));
    }
    if (noun.empty() || measures_its_subject(verb)) {
      if (!agent.empty()) return join(s, {agent});
      if (!noun.empty()) return non_empty(join(s, {noun, post_modifier(s, fe)}));
    } else if (!ends_with(verb.lower, "ed") || agent.empty()) {
      return non_empty(join(s, {noun, post_modifier(s, fe)}));
    } else {
      // "Kazakhstan has established five Confucius Institutes" -> "Confucius Institutes
      // established by Kazakhstan": the object read as a passive with its agent.
      return join(s, {noun, Range{left.index, left.index + 1}}) + " by " + join(s, {agent});
    }
  }

  if (in_subject_position(s, fb))
    if (auto predicate = predicate_subject(s, fig, noun)) return predicate;
  if (!noun.empty()) return non_empty(join(s, {noun, post_modifier(s, fe)}));
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_subject(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims) {
  return subject_of(s, k, claims, true);
}

}  // namespace factsheet::context
