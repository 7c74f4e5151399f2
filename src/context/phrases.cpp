#include "context/phrases.hpp"

namespace factsheet::context {
namespace {

constexpr std::size_t kMaxPhraseTokens = 10;
// Time words of an adjunct inside a phrase ("in May last year"): three.
constexpr std::size_t kMaxTimeAdjunct = 3;
// Determiners between an adjunct's preposition and its time words ("on the"): two.
constexpr std::size_t kMaxAdjunctDeterminers = 2;
// A name's "of" comes early ("Bank of England", "Chancellor of the Exchequer"); one
// further in joins two phrases.
constexpr std::size_t kMaxOfOffset = 3;

bool connector(const Token& t) {
  return t.has(SyntaxRole::connector) || t.lower == "&" || t.lower == "-" || t.lower == "'s";
}

}  // namespace

Range noun_phrase_before(const TaggedSentence& s, std::size_t end, bool* pronoun) {
  if (pronoun) *pronoun = false;
  std::size_t j = end;
  while (j > 0 && end - j < kMaxPhraseTokens && s[j - 1].type == TokenType::word && s[j - 1].adverb &&
         !s[j - 1].capitalized)
    --j;
  // "sales in March were", "Acme on Tuesday said": a time adjunct is not part of the
  // phrase (the claim's time is read apart).
  std::size_t t = j;
  while (t > 0 && j - t < kMaxTimeAdjunct && s[t - 1].time_word) --t;
  if (t < j) {
    std::size_t p = t;
    while (p > 0 && t - p < kMaxAdjunctDeterminers && s[p - 1].has(SyntaxRole::determiner) && !s.is_content(p - 1)) --p;
    if (p >= 2 && s[p - 1].has(SyntaxRole::preposition) && !s.is_content(p - 1) && s.is_content(p - 2) &&
        !s[p - 2].figure())
      j = p - 1;
  }
  // "the current through it was": a pronoun ends the phrase as its preposition's object.
  if (j >= 3 && s[j - 1].has(SyntaxRole::pronoun) && s[j - 2].has(SyntaxRole::preposition) &&
      !s.is_content(j - 2) && !s[j - 2].has(SyntaxRole::comparator) && s.is_content(j - 3) &&
      !s[j - 3].figure()) {
    Range head = noun_phrase_before(s, j - 2);
    if (!head.empty()) return {head.begin, j};
  }
  // "Ford, which has ...": the phrase before the relative pronoun.
  if (j > 0 && s[j - 1].has(SyntaxRole::relative) && !s[j - 1].figure()) {
    --j;
    if (j > 0 && s[j - 1].is_punct(",")) --j;
  }
  // "The South China Morning Post (SCMP) reported": skip the parenthesis.
  if (j > 0 && s[j - 1].is_punct(")")) {
    std::size_t k = j - 1;
    while (k > 0 && j - k < kMaxPhraseTokens && !s[k].is_punct("(")) --k;
    if (s[k].is_punct("(")) j = k;
  }
  // "the Surface Pro 13 inch is": a figure ending the phrase is passed over.
  std::size_t skipped = j;
  while (skipped > 0 && j - skipped < kMaxPhraseTokens && s[skipped - 1].figure()) --skipped;
  if (skipped < j && skipped > 0 && s.is_content(skipped - 1)) j = skipped;
  std::size_t e = j, b = j;
  while (b > 0 && e - b < kMaxPhraseTokens) {
    const Token& t = s[b - 1];
    if (t.figure()) {
      // "Keytruda's 2018 sales": a figure inside the phrase, with words on both sides.
      std::size_t k = b - 1;
      while (k > 0 && b - k < kMaxPhraseTokens && s[k - 1].claim == t.claim) --k;
      if (b < e && k > 0 && s.is_content(k - 1) && !s[k - 1].figure()) {
        b = k;
        continue;
      }
      break;
    }
    if (s.is_content(b - 1)) {
      --b;
      continue;
    }
    if (connector(t) && b - 1 > 0 && s.is_content(b - 2) && b < e) {
      --b;
      continue;
    }
    break;
  }
  while (b < e && connector(s[b])) ++b;
  // One prepositional hop: "exports to China", "sales in Europe".
  std::size_t p = b;
  while (p > 0 && b - p < kMaxDeterminerRun && s[p - 1].has(SyntaxRole::determiner) && !s.is_content(p - 1)) --p;
  if (b < e && p >= 2 && s[p - 1].has(SyntaxRole::preposition) && !s.is_content(p - 1) && !s[p - 1].has(SyntaxRole::partitive) &&
      !s[p - 1].has(SyntaxRole::comparator) && s.is_content(p - 2) && !s[p - 2].figure()) {
    std::size_t h = p - 2;
    while (h > 0 && s.is_content(h - 1) && !s[h - 1].figure() && b - h < kMaxPhraseTokens) --h;
    b = h;
  }
  if (b == e && pronoun && e > 0 && s[e - 1].has(SyntaxRole::pronoun)) *pronoun = true;
  return {b, e};
}

Range noun_phrase_after(const TaggedSentence& s, std::size_t begin) {
  std::size_t i = begin;
  while (i < s.size() && i - begin < kMaxDeterminerRun && s[i].has(SyntaxRole::determiner) && !s[i].figure() &&
         !s.is_content(i))
    ++i;
  std::size_t b = i;
  bool used_of = false;
  while (i < s.size() && i - b < kMaxPhraseTokens) {
    const Token& t = s[i];
    if (t.figure() || t.time_word) break;
    if (s.is_content(i)) {
      ++i;
      continue;
    }
    // A long phrase does not take an "of" continuation ("the immediate aftermath of ...").
    if ((t.has(SyntaxRole::partitive) && !used_of && i - b < kMaxOfOffset) || t.lower == "-" || t.lower == "&") {
      std::size_t k = i + 1;
      while (k < s.size() && k - i < kMaxDeterminerRun && s[k].has(SyntaxRole::determiner) && !s.is_content(k)) ++k;
      if (k < s.size() && s.is_content(k) && !s[k].figure() && i > b) {
        used_of = used_of || t.has(SyntaxRole::partitive);
        i = k;
        continue;
      }
    }
    break;
  }
  return {b, i};
}

Range verb_group(const TaggedSentence& s, std::size_t verb) {
  std::size_t b = verb, e = verb + 1;
  while (b > 0 && verb - b < kMaxPhraseTokens) {
    if (s.is_verb_group(b - 1)) --b;
    // An infinitive chain: "is set to fall", "hopes to hire".
    else if (b >= 2 && s[b - 1].has(SyntaxRole::infinitive) && s.is_verb(b - 2)) b -= 2;
    else break;
  }
  while (e < s.size() && e - verb < kMaxPhraseTokens && s.is_verb_group(e)) ++e;
  // A trailing adverb is not part of the group ("rose sharply").
  while (e > verb + 1 && !s.is_verb(e - 1)) --e;
  return {b, e};
}

std::optional<std::size_t> main_verb(const TaggedSentence& s, Range group) {
  for (std::size_t i = group.end; i > group.begin; --i)
    if (s.is_verb(i - 1) && !s[i - 1].roles.verb_group()) return i - 1;
  return std::nullopt;
}

Range prepositional_phrase(const TaggedSentence& s, std::size_t begin) {
  if (begin >= s.size() || !s[begin].has(SyntaxRole::preposition) || s[begin].figure()) return {};
  Range np = noun_phrase_after(s, begin + 1);
  if (np.empty()) return {};
  return {begin, np.end};
}

std::string join(const TaggedSentence& s, std::initializer_list<Range> parts) {
  std::string out;
  for (const Range& r : parts) {
    if (r.empty()) continue;
    if (!out.empty()) out += ' ';
    out += s.text(r.begin, r.end);
  }
  return out;
}

}  // namespace factsheet::context
