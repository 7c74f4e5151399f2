// Which claims measure something, shared by the Headline figures sheet and the audit:
//   - kinds date, year, time, ordinal and other (fixed names such as "one-China") date
//     or rank rather than measure;
//   - minor discourse counts ("the two sides", "both countries", "two heads of state"):
//     a count of at most kMinorCountMax, written in words (no digit in the figure's
//     text), whose counted noun is in the minor-noun list (grammars/discourse_nouns.tsv:
//     the parties of a meeting or talk, items of a speech, repetitions).
// "22 resolutions", "26 pairs" and "two million people" stay: the noun, the digits or
// the size make them facts.
#pragma once
#include <string>
#include <unordered_set>

#include "claim/claim.hpp"

namespace factsheet {

inline constexpr double kMinorCountMax = 10;

using MinorNouns = std::unordered_set<std::string>;  // counted-noun lemmas, lower case

// False for date, year, time, ordinal and other.
bool is_headline_kind(Kind kind);
bool is_minor_count(const Claim& claim, const MinorNouns& nouns);

}  // namespace factsheet
