// Links between the figures of one sentence, read after each figure on its own:
// - "from 30 mpg combined to 34", "from $60 U.S. per tonne to $52.10": the two ends of a
//   "from ... to" span are one range across words that place the first end (not across
//   another figure such as a time: claims never overlap);
// - a unit left out and understood from a parallel figure ("from 30 mpg to 34",
//   "40 million of the 2 billion euros", "up 2 percent, while B rose by 1",
//   "1.6 degrees in 2019 and 2.3 last year");
// - "between 3 and 5 on the Mohs scale": a unit named by its scale;
// - "64 respondents out of 146": a count, then "out of" a bare number, is a share;
// - a counted noun left out after a conjunction ("300 homes were sold and 120 let");
// - a direction left out in a list ("were down 1.1%, C by 1.7%").
#pragma once
#include <vector>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// Applies the links to claims[first, claims.size()), the sentence's figures in text order.
// Merged "from ... to" ends are removed; every claim's `text` must already be set.
void link_sentence_figures(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims, std::size_t first);

}  // namespace factsheet::extract
