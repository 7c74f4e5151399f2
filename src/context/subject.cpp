#include "context/subject.hpp"

#include "context/clause.hpp"
#include "context/phrases.hpp"

namespace factsheet::context {
namespace {

// Scans around a figure are bounded so a sentence with thousands of figures stays linear.
constexpr std::size_t kMaxPredicateScan = 30;
constexpr std::size_t kMaxLinkScan = 30;
constexpr std::size_t kMaxBracketScan = 12;
// Determiners and adverbs that may stand before a figure opening its clause ("and then
// only the"): four covers the longest runs news text writes.
constexpr std::size_t kMaxSubjectLead = 4;
// Words of a set-off figure's own phrase before it ("a steep 4 percent fall"): a determiner
// and two modifiers.
constexpr std::size_t kMaxSetOffLead = 3;
// Premodifiers before a figure that belong to the noun after it ("new home sales"): three
// keep a clause's earlier nouns out.
constexpr std::size_t kMaxPremodifiers = 3;

// Prepositions of place and time open adjuncts that a figure's link passes over.
bool adjunct_preposition(const Token& t) {
  return t.has(SyntaxRole::adjunct);
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
  while (b < fig.end && (s[b].has(SyntaxRole::partitive) || s[b].has(SyntaxRole::determiner) || s[b].type == TokenType::punct)) ++b;
  // "four more penalties", "two fewer seats": the comparative says how the count relates
  // to another; the counted noun is what follows it.
  if (b + 1 < fig.end && s[b].has(SyntaxRole::comparative)) ++b;
  return {b, fig.end};
}

// What stands left of the figure once qualifiers, particles, adjunct phrases and other
// figures are skipped: a verb, an "of", the phrase a change particle or a comma-set
// figure belongs to, or the noun phrase a prepositional figure completes.
struct LeftLink {
  enum { none, verb, of, changed, comma, object, modified } kind = none;
  std::size_t index = 0;  // the verb, "of", the comma, or the verb governing an object
  Range np;               // changed, object, modified: the phrase
};

bool change_particle(const Token& t) { return t.change_adverb && !t.verb; }

LeftLink link_left(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  bool particle = false;
  bool preposition = false;  // a preposition stands between the figure and what is left
  while (j > 0 && begin - j < kMaxLinkScan) {
    const Token& t = s[j - 1];
    // "cost me $5": an object pronoun between a verb and its figure.
    bool object_pronoun = t.has(SyntaxRole::pronoun) && j >= 2 && s.is_verb(j - 2);
    if (t.figure() || (t.adverb && !t.capitalized) || change_particle(t) || t.time_word || object_pronoun ||
        (t.has(SyntaxRole::determiner) && !s.is_content(j - 1))) {
      particle = particle || change_particle(t);
      --j;
      continue;
    }
    if (t.has(SyntaxRole::partitive)) return {LeftLink::of, j - 1, {}};
    if (s.is_verb(j - 1)) return {LeftLink::verb, j - 1, {}};
    if (t.has(SyntaxRole::preposition) && !s.is_content(j - 1)) {
      preposition = true;
      --j;
      continue;
    }
    // "Acme up 6.2 per cent": the phrase the change belongs to.
    if (particle && s.is_content(j - 1)) return {LeftLink::changed, j, noun_phrase_before(s, j)};
    // "Acme Homes, down 41p": the change stands beside the phrase before the comma.
    if (particle && t.is_punct(",")) return {LeftLink::comma, j - 1, {}};
    if (preposition && s.is_content(j - 1) && !t.figure()) {
      Range np = noun_phrase_before(s, j);
      if (np.empty()) break;
      std::size_t p = np.begin;
      while (p > 0 && np.begin - p < kMaxDeterminerRun && s[p - 1].has(SyntaxRole::determiner) && !s.is_content(p - 1))
        --p;
      // "rose 5% in the quarter to $3bn": a time or place adjunct between verb and figure.
      if (s[np.end - 1].time_word || (after_preposition(s, np) && adjunct_preposition(s[p - 1]))) {
        if (p == 0) break;
        j = p - 1;
        continue;
      }
      // "boost the driving range by 35 miles": the object of the verb the figure modifies.
      if (p > 0 && s.is_verb(p - 1) && !s[p - 1].has(SyntaxRole::copula) && !s[p - 1].reporting)
        return {LeftLink::object, p - 1, np};
      // "flats from $420,000", "a grounding for three months": the phrase the figure completes.
      return {LeftLink::modified, j, np};
    }
    break;
  }
  return {};
}

bool preceded_by_by(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  while (j > 0 && begin - j < kMaxDeterminerRun && s[j - 1].has(SyntaxRole::determiner) && !s.is_content(j - 1)) --j;
  return j > 0 && s[j - 1].has(SyntaxRole::agent);
}

// The object of a verb such as "expect" right before the infinitive marker at `to`, with
// the of-phrases that complete it ("sales of HD-DVDs", "the total value of its business");
// empty when the phrase before `to` is no such object.
Range infinitive_object(const TaggedSentence& s, std::size_t to) {
  Range np = noun_phrase_before(s, to);
  for (int of_phrases = 0; !np.empty() && of_phrases < 2 && np.begin >= 2 && s[np.begin - 1].has(SyntaxRole::partitive);
       ++of_phrases) {
    Range head = noun_phrase_before(s, np.begin - 1);
    if (head.empty()) break;
    np.begin = head.begin;
  }
  if (np.empty() || np.begin == 0 || !s[np.begin - 1].has(SyntaxRole::object_infinitive) || !names_something(s, np))
    return {};
  return np;
}

// Whether the figure opens its clause, so that a verb after it is its own predicate.
bool in_subject_position(const TaggedSentence& s, std::size_t begin) {
  std::size_t j = begin;
  while (j > 0 && begin - j < kMaxSubjectLead && ((s[j - 1].has(SyntaxRole::determiner) && !s.is_content(j - 1)) ||
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
  if (!s[end].has(SyntaxRole::comparator)) {
    if (Range pp = prepositional_phrase(s, end); !pp.empty()) return pp;
  }
  if (s.is_verb(end) && (s[end].lower.ends_with("ing") || s[end].lower.ends_with("ed"))) {
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
    // "26% more than the previous year, according to ...": a verb past the comparison is
    // not the figure's.
    if (t.figure() || t.has(SyntaxRole::relative)) return std::nullopt;
    if (t.has(SyntaxRole::comparator) && i > fig.end - 1 &&
        (s[i - 1].has(SyntaxRole::comparative) || s[i - 1].has(SyntaxRole::comparative_change)))
      return std::nullopt;
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
  // A verb alone ("stay", "said") names nothing the figure could measure.
  if (!names_something(s, noun) && !names_something(s, complement)) return std::nullopt;
  return join(s, {noun, verb_range, complement});
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
                                      int depth);

// "8% of its staff": a phrase owned by "its" or "their" is named with its owner, the
// subject of the clause it stands in ("Dell's workforce").
std::string owned(const TaggedSentence& s, Range np) {
  std::string text = join(s, {np});
  if (np.begin == 0 || !s[np.begin - 1].has(SyntaxRole::owner)) return text;
  Range owner = clause_subject(s, np.begin - 1);
  if (owner.empty()) return text;
  std::string name = join(s, {owner});
  // A plural owner takes the bare apostrophe: "the newspapers' editorial staff".
  const Token& last = s[owner.end - 1];
  bool plural = !last.capitalized && last.lower.size() > 3 && last.lower.back() == 's' &&
                !last.lower.ends_with("ss") && !last.lower.ends_with("us") && !last.lower.ends_with("is") &&
                last.lower != "news" && !last.lower.ends_with("ies");
  return name + (plural ? "' " : "'s ") + text;
}

// A figure set off by a comma or bracket stands beside what is before it: another figure
// ("was $2.4 million, down 6.5%") shares that one's subject; a noun phrase ("Acme Homes,
// down 41p", "Baker, 71,") is the subject itself; after anything else ("on a roll, up
// 57%", "to $18,210, a 4% drop") the figure describes its clause's subject.
std::optional<std::string> beside(const TaggedSentence& s, std::size_t mark, int k,
                                  const std::vector<const Claim*>& claims, int depth) {
  if (mark == 0) return std::nullopt;
  const Token& t = s[mark - 1];
  if (t.figure() && t.claim != k && depth > 0)
    if (auto shared = subject_of(s, t.claim, claims, depth - 1)) return shared;
  if (!t.figure()) {
    Range np = noun_phrase_before(s, mark);
    if (names_something(s, np) && !s[np.end - 1].time_word && !after_preposition(s, np)) return join(s, {np});
  }
  Range clause = clause_subject(s, mark);
  if (!clause.empty()) return join(s, {clause});
  return std::nullopt;
}

// Where the figure's own phrase ("a steep 4 percent fall") starts and ends, when it is set
// off by a comma or bracket on both sides; {0, 0} otherwise.
Range set_off_phrase(const TaggedSentence& s, Range fig, std::size_t after) {
  std::size_t b = fig.begin;
  while (b > 0 && fig.begin - b < kMaxSetOffLead && !s[b - 1].figure() &&
         ((s[b - 1].has(SyntaxRole::determiner) && !s.is_content(b - 1)) || (s.is_content(b - 1) && !s[b - 1].capitalized)))
    --b;
  std::size_t e = after;
  if (e < s.size() && s[e].change_noun) ++e;
  if (b == 0 || !(s[b - 1].is_punct(",") || s[b - 1].is_punct("("))) return {};
  bool closed = e == s.size() || (s[b - 1].is_punct("(") ? s[e].is_punct(")")
                                                          : s[e].is_punct(",") || s[e].is_punct(".") || s[e].is_punct(";"));
  return closed ? Range{b, e} : Range{};
}

std::optional<std::string> subject_of(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims,
                                      int depth) {
  const Claim& claim = *claims[static_cast<std::size_t>(k)];
  if (claim.kind == Kind::date || claim.kind == Kind::year || claim.kind == Kind::time) return std::nullopt;
  auto [fb, fe] = s.claim_tokens(k);
  if (fb >= fe) return std::nullopt;
  // A bracketed conversion, "8.2 million Swiss francs ($9.1 million)", measures the same thing.
  if (depth > 0 && fb >= 2 && s[fb - 1].is_punct("(") && s[fb - 2].figure() && s[fb - 2].claim != k)
    return subject_of(s, s[fb - 2].claim, claims, depth - 1);
  Range fig{fb, fe};
  Range noun = figure_noun(s, fig, claim);

  // "Revenue: $4.2bn", "- Net debt: €1.1 billion": a label line names its value.
  if (fb >= 2 && s[fb - 1].is_punct(":")) {
    std::size_t b = 0;
    while (b < fb - 1 && b < 3 && s[b].type == TokenType::punct && !s[b].is_punct(":")) ++b;  // a list marker
    Range label = noun_phrase_before(s, fb - 1);
    if (!label.empty() && label.begin == b && label.end == fb - 1 && names_something(s, label))
      return join(s, {label});
  }

  // What follows the figure, past a bracketed conversion.
  std::size_t after = fe;
  if (after < s.size() && s[after].is_punct("(")) {
    std::size_t close = after;
    while (close < s.size() && close - after < kMaxBracketScan && !s[close].is_punct(")")) ++close;
    if (close < s.size() && s[close].is_punct(")")) after = close + 1;
  }

  // A figure "of" a noun phrase: "70 per cent of its sales", "5 miles (8 km) of new track",
  // "one of the tallest towers".
  if (noun.empty() && after < s.size() && s[after].has(SyntaxRole::partitive)) {
    Range np = noun_phrase_after(s, after + 1);
    if (!np.empty()) return owned(s, np);
  }

  // A change noun after the figure, "a 40 basis point rise in its margin": the change is one
  // of what follows.
  if (noun.empty() && after + 1 < s.size() && s[after].change_noun && s.is_content(after) &&
      s[after + 1].has(SyntaxRole::change_link)) {
    Range np = noun_phrase_after(s, after + 2);
    if (names_something(s, np)) return owned(s, np);
  }

  // A figure before a comparative, "18% more than the last edition", "£4.5bn higher than a
  // year ago": the size of a difference, about what it is compared with; set off by a comma
  // it stands beside the figure or phrase before ("640,000 spectators, 18% more than ...").
  // Not "millions more people" or "30% more expensive": there the next word is what the
  // figure counts or describes.
  bool comparative_after =
      noun.empty() && after < s.size() && !s[after].has(SyntaxRole::determiner) &&
      (s[after].has(SyntaxRole::comparative) || s[after].has(SyntaxRole::comparative_change)) &&
      (after + 1 == s.size() || !s.is_content(after + 1) || s[after + 1].has(SyntaxRole::comparator));
  if (comparative_after && fb >= 2 && s[fb - 1].is_punct(",") && s[fb - 2].figure() && s[fb - 2].claim != k &&
      depth > 0)
    if (auto shared = subject_of(s, s[fb - 2].claim, claims, depth - 1)) return shared;

  // A figure as a premodifier, "5-year fixed-rate bonds", "a 2.0 litre diesel engine": the noun the
  // figure modifies, with the words before the figure (not a unit such as "US", a change
  // word such as "higher", or a cue word such as "long").
  if (noun.empty() && !comparative_after && after < s.size() && s.is_content(after) && s[after].type == TokenType::word &&
      !s[after].unit_word && !s[after].change_word && !s[after].cue_word && !s[after].has(SyntaxRole::pronoun)) {
    std::size_t pre = fb;
    while (pre > 0 && s.is_content(pre - 1) && !s[pre - 1].figure() && fb - pre < kMaxPremodifiers) --pre;
    if (pre > 0 && !s[pre - 1].has(SyntaxRole::determiner)) pre = fb;
    // "millions more people": the noun after the comparative.
    std::size_t head = after;
    if (!s[after].has(SyntaxRole::determiner) && s[after].has(SyntaxRole::comparative)) ++head;
    return non_empty(join(s, {Range{pre, fb}, noun_phrase_after(s, head)}));
  }

  // A figure set off by commas or brackets beside a phrase: "Smith, 54, said ...", "the
  // pitcher Alan Ruiz (1.2 WAR)", "..., a steep 4 percent fall.".
  if (noun.empty())
    if (Range set_off = set_off_phrase(s, fig, after); !set_off.empty())
      if (auto beside_subject = beside(s, set_off.begin - 1, k, claims, depth)) return beside_subject;

  LeftLink left = link_left(s, fb);
  if (left.kind == LeftLink::changed && names_something(s, left.np)) return join(s, {left.np});
  if (left.kind == LeftLink::comma)
    if (auto beside_subject = beside(s, left.index, k, claims, depth)) return beside_subject;
  if (left.kind == LeftLink::of && noun.empty()) {
    // "a fine of 8.2 million euros", "exports of $5bn".
    Range np = noun_phrase_before(s, left.index);
    // "the trade gap hit an all-time high of $671.7bn": a level reached is the clause
    // subject's value.
    if (!np.empty() && s[np.end - 1].has(SyntaxRole::level_noun))
      if (Range clause = clause_subject(s, np.begin); !clause.empty()) return join(s, {clause});
    if (!np.empty()) return join(s, {np});
  }
  if ((left.kind == LeftLink::object || left.kind == LeftLink::modified) && noun.empty() &&
      names_something(s, left.np)) {
    if (left.kind == LeftLink::modified) return owned(s, left.np);
    const Token& verb = s[left.index];
    Range agent = agent_of(s, verb_group(s, left.index).begin);
    // "Monoprice has the Harmony Touch for $30": the object named with its holder.
    if (verb.has(SyntaxRole::possession) && names_something(s, agent)) return join(s, {agent, left.np});
    // "Apple lowered its revenue guidance to $84bn": the object read as a passive.
    if (verb.lower.ends_with("ed") && names_something(s, agent))
      return join(s, {left.np, Range{left.index, left.index + 1}}) + " by " + join(s, {agent});
    return owned(s, left.np);
  }
  // A reporting verb that is also a change verb reports nothing before its figure: "added 12 pence".
  if (left.kind == LeftLink::verb && (!s[left.index].reporting || s[left.index].change_verb)) {
    const Token& verb = s[left.index];
    Range group = verb_group(s, left.index);
    Range agent = agent_of(s, group.begin);
    // "the deficit hit a record, having increased by $43bn", "the index gained 1% to close
    // at 1,478": a participle's or infinitive's agent is the subject of its clause.
    // "analysts expect house prices to rise by 1%": an infinitive after the object of a
    // verb such as "expect" has that object for its subject.
    bool infinitive = group.begin > 0 && s[group.begin - 1].has(SyntaxRole::infinitive);
    Range object = infinitive ? infinitive_object(s, group.begin - 1) : Range{};
    if (!object.empty())
      agent = object;
    else if (infinitive || s[group.begin].lower.ends_with("ing"))
      if (Range clause = clause_subject(s, group.begin); !clause.empty()) agent = clause;
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
      // "Zenda has 85 clients" -> "Zenda clients": what is counted, named with its holder.
      return non_empty(join(s, {agent, noun, post_modifier(s, fe)}));
    }
    if (noun.empty() || measures_its_subject(verb)) {
      if (!agent.empty()) return join(s, {agent});
      if (!noun.empty()) return non_empty(join(s, {noun, post_modifier(s, fe)}));
    } else if (agent.empty()) {
      return non_empty(join(s, {noun, post_modifier(s, fe)}));
    } else if (!verb.lower.ends_with("ed")) {
      // "Waymo will bring a factory creating 400 jobs" -> "Waymo jobs": a counted object
      // named with its agent, as a possessor names what it has.
      if (claim.kind != Kind::count) return non_empty(join(s, {noun, post_modifier(s, fe)}));
      return non_empty(join(s, {agent, noun, post_modifier(s, fe)}));
    } else {
      // "Kazakhstan has established five Confucius Institutes" -> "Confucius Institutes
      // established by Kazakhstan": the object read as a passive with its agent.
      return join(s, {noun, Range{left.index, left.index + 1}}) + " by " + join(s, {agent});
    }
  }

  if (in_subject_position(s, fb))
    if (auto predicate = predicate_subject(s, fig, noun)) return predicate;
  if (!noun.empty()) return non_empty(join(s, {noun, post_modifier(s, fe)}));
  // "FTSE +1.2%", "the Surface Pro 13 inch": a figure right after a name is its value.
  if (noun.empty() && fb > 0 && s.is_content(fb - 1) && s[fb - 1].capitalized && !s[fb - 1].figure() &&
      !s[fb - 1].time_word) {
    std::size_t b = fb - 1;
    while (b > 0 && fb - b < kMaxBracketScan && s.is_content(b - 1) && !s[b - 1].figure()) --b;
    return join(s, {Range{b, fb}});
  }
  // A verbless figure phrase after a clause, "The shares have rallied, up nearly 40% after
  // falling 55%": the figure
  // belongs to its clause's subject when nothing nearer names it.
  if (Range clause = clause_subject(s, fb); !clause.empty()) return join(s, {clause});
  return std::nullopt;
}

}  // namespace

std::optional<std::string> find_subject(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims) {
  // One step to another figure's subject (a conversion, a figure beside it), no chains.
  return subject_of(s, k, claims, 1);
}

}  // namespace factsheet::context
