// Noun-phrase and verb-group chunking over a TaggedSentence: the building blocks of the
// subject and attribution rules. Ranges are token indexes [begin, end).
#pragma once
#include <cstddef>
#include <optional>
#include <string>

#include "context/tokens.hpp"

namespace factsheet::context {

// A walk over the determiners before or after a noun stops after this many tokens: a run
// of three covers "all the other", "its first two".
constexpr std::size_t kMaxDeterminerRun = 3;

struct Range {
  std::size_t begin = 0, end = 0;
  bool empty() const { return begin >= end; }
};

// The noun phrase ending right before token `end`: content words joined by "of", "and",
// "&" and possessives, after skipping adverbs, a parenthesis and a relative pronoun
// ("Ford, which ..."). Stops at a determiner, a verb, a preposition or punctuation.
// A lone pronoun gives an empty range with `pronoun` set.
Range noun_phrase_before(const TaggedSentence& s, std::size_t end, bool* pronoun = nullptr);

// The noun phrase starting at token `begin` after determiners: content words, with at
// most one "of" continuation ("the meeting of the Council"). Stops at verbs, other
// prepositions, time words, claims and punctuation.
Range noun_phrase_after(const TaggedSentence& s, std::size_t begin);

// The verb group that contains token `verb`: verbs, auxiliaries and adverbs around it.
Range verb_group(const TaggedSentence& s, std::size_t verb);
// The last verb of a group that is not an auxiliary, copula or have-form, if any.
std::optional<std::size_t> main_verb(const TaggedSentence& s, Range group);

// A prepositional phrase at `begin` (preposition + noun phrase), or empty.
Range prepositional_phrase(const TaggedSentence& s, std::size_t begin);

// The text of several ranges joined by single spaces; empty ranges are skipped.
std::string join(const TaggedSentence& s, std::initializer_list<Range> parts);

}  // namespace factsheet::context
