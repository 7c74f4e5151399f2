// A claim's subject: what the figure measures, read from its sentence by chunking the
// noun phrases around the figure and the verbs and prepositions that link them.
//   "bilateral trade reached 41 billion US dollars"      -> "bilateral trade"
//   "26 out of the 45 capacity cooperation projects have been completed"
//                                                          -> "capacity cooperation projects completed"
//   "over 10,000 Kazakh students are studying in China"  -> "Kazakh students studying in China"
//   "70 per cent of its sales"                           -> "sales"
//   "Kazakhstan has established five Confucius Institutes"
//                                                          -> "Confucius Institutes established by Kazakhstan"
// When no verb, "of" or counted noun ties the figure to a phrase, the reading widens: the
// object of the verb the figure modifies ("extend the battery life by 20 miles"), the
// phrase a figure set off by commas stands beside ("Initech, up 12 cents"), and last the
// subject of the figure's clause ("Copper prices have been on a roll, up 14%").
// A subject always names something: never a verb or a unit alone.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "context/tokens.hpp"

namespace factsheet::context {

// `claims` are the sentence's claims, `k` the index of the one asked about. Null for dates,
// years and clock times, and when the sentence names nothing around the figure. A figure
// in brackets right after another ("8 miles (13 km)") shares that one's subject.
std::optional<std::string> find_subject(const TaggedSentence& s, int k, const std::vector<const Claim*>& claims);

}  // namespace factsheet::context
