#include "context/clause.hpp"

namespace factsheet::context {
namespace {

// Wide enough for a clause of ordinary length, bounded for sentences of thousands of tokens.
constexpr std::size_t kMaxClauseScan = 40;

bool ends_clause(const Token& t) {
  if (t.type == TokenType::punct)
    return t.lower == ";" || t.lower == ":" || t.lower == "." || t.lower == "?" || t.lower == "!";
  // "which", "who": a relative clause ends here; "that" may be a determiner.
  bool relative = t.has(SyntaxRole::relative) && !t.has(SyntaxRole::determiner);
  return relative || t.has(SyntaxRole::subordinator);
}

bool personal_pronoun(const Token& t) {
  return t.has(SyntaxRole::personal);
}

}  // namespace

bool names_something(const TaggedSentence& s, Range r) {
  for (std::size_t i = r.begin; i < r.end && i < s.size(); ++i) {
    const Token& t = s[i];
    // Words of a figure are not tagged; its counted noun ("five Confucius Institutes") is one.
    bool noun_like = s.is_content(i) || (t.claim >= 0 && t.type == TokenType::word);
    if (noun_like && (t.type == TokenType::word || t.in_name) && !t.unit_word) return true;
  }
  return false;
}

bool after_preposition(const TaggedSentence& s, Range np) {
  std::size_t p = np.begin;
  while (p > 0 && np.begin - p < kMaxDeterminerRun && s[p - 1].has(SyntaxRole::determiner) && !s.is_content(p - 1)) --p;
  return p > 0 && s[p - 1].has(SyntaxRole::preposition) && !s.is_content(p - 1);
}

Range clause_subject(const TaggedSentence& s, std::size_t from) {
  std::size_t j = std::min(from, s.size());
  while (j > 0 && from - j < kMaxClauseScan) {
    const Token& t = s[j - 1];
    if (ends_clause(t)) return {};
    if (!s.is_verb(j - 1) || t.figure()) {
      --j;
      continue;
    }
    if (t.reporting && !t.change_verb) return {};  // "..., the minister said": the source's clause
    Range group = verb_group(s, j - 1);
    bool participle = s[group.begin].lower.ends_with("ing");
    bool infinitive = group.begin > 0 && s[group.begin - 1].has(SyntaxRole::infinitive);
    if (participle || infinitive) {
      j = group.begin;
      continue;
    }
    // "the bank said it would invest $2bn": a personal pronoun stands for its antecedent.
    Range np = agent_of(s, group.begin);
    return names_something(s, np) ? np : Range{};
  }
  return {};
}

Range agent_of(const TaggedSentence& s, std::size_t group_begin) {
  bool pronoun = false;
  Range np = noun_phrase_before(s, group_begin, &pronoun);
  if (!pronoun || !personal_pronoun(s[group_begin - 1])) return np;
  std::size_t j = group_begin - 1;
  while (j > 0 && group_begin - j < kMaxClauseScan) {
    const Token& t = s[j - 1];
    if (t.type == TokenType::punct && (t.lower == "." || t.lower == ";" || t.lower == "?" || t.lower == "!")) break;
    if (!s.is_verb(j - 1) || t.figure()) {
      --j;
      continue;
    }
    Range group = verb_group(s, j - 1);
    Range antecedent = noun_phrase_before(s, group.begin);
    if (names_something(s, antecedent)) return antecedent;
    j = group.begin;
  }
  return np;
}

}  // namespace factsheet::context
