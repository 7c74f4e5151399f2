// Clause-level readings for a figure that no verb, preposition or counted noun ties to
// a phrase: the subject of its clause, and the phrase before a comma it stands beside.
#pragma once
#include <cstddef>

#include "context/phrases.hpp"
#include "context/tokens.hpp"

namespace factsheet::context {

// Whether the range names something: a noun-like word that is not a unit ("US", "b").
// A subject never consists of verbs only ("said", "stay").
bool names_something(const TaggedSentence& s, Range r);

// Whether the phrase is the object of a preposition ("on a roll", "in May").
bool after_preposition(const TaggedSentence& s, Range np);

// The subject of the clause that token `from` stands in: the noun phrase before the
// nearest finite verb group to its left ("the shares have rallied, up 40%").
// Participle and infinitive groups are passed over, as their subject is the clause's
// ("the deficit hit a record, having increased by $43bn"). Empty at a clause or sentence
// boundary, a subordinator, a reporting verb, or when the subject is a pronoun.
Range clause_subject(const TaggedSentence& s, std::size_t from);

// The noun phrase a clause's verb group starting at `group_begin` has as its subject. A
// lone personal pronoun stands for the subject of the nearest clause before it ("Musk
// uses his account, where he has 80 million followers" -> "Musk").
Range agent_of(const TaggedSentence& s, std::size_t group_begin);

}  // namespace factsheet::context
