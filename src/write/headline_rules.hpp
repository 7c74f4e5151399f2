// Which claims belong on the Headline figures sheet: the figures a reader would put
// on a slide. Left out are
//   - claims that date or rank rather than measure: kinds date, year, time, ordinal
//     and other (fixed names such as "one-China");
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

namespace factsheet::write {

inline constexpr double kMinorCountMax = 10;

enum class HeadlineVerdict {
  listed,        // a headline figure
  not_a_figure,  // a date, year, time, ordinal or name
  minor,         // a minor discourse count
};

using MinorNouns = std::unordered_set<std::string>;  // counted-noun lemmas, lower case

bool is_headline_kind(Kind kind);
bool is_minor_count(const Claim& claim, const MinorNouns& nouns);
HeadlineVerdict headline_verdict(const Claim& claim, const MinorNouns& nouns);

}  // namespace factsheet::write
