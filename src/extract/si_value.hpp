// Measures in SI units, and measures written in two or more units.
#pragma once
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// "7 feet 10 inches", "2 years, 3 months", "10 kms 8 metres and 6 cm": adjacent measures
// or durations of one dimension, each unit a whole multiple of the next and the part less
// than one larger unit, joined by nothing, a comma or "and", become one claim in the
// smallest unit (94 in, 27 months). A list that folds only in places ("3 years, 2 months,
// 14 days": a month is no whole number of days) stays a list of figures. `text` is the
// document the claims' offsets index.
void merge_composite_measures(const Lexicon& lex, std::string_view text, std::vector<Claim>& claims);

// `v` to 12 significant digits: what is left of a product of factors whose last bits are
// noise ("5 miles" is 8046.72 m, not 8046.720000000001).
double round12(double v);

// Every measure, duration or age claim whose unit the lexicon can convert gets si_value
// and si_unit ("5 miles" -> 8046.72 m, "98.6 degrees f" -> 310.15 K, "2 hours" -> 7200 s).
void add_si_values(const Lexicon& lex, std::vector<Claim>& claims);

}  // namespace factsheet::extract
