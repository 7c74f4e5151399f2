// Links between the figures of one sentence, read after each figure on its own:
// - "from 38 mpg combined to 41", "from $82 U.S. per barrel to $61.40": the two ends of a
//   "from ... to" span are one range across words that place the first end (not across
//   another figure such as a time: claims never overlap);
// - a unit left out and understood from a parallel figure ("from 38 mpg to 41",
//   "340 million of the 2.1 billion shekels", "up 3 percent, while B rose by 2",
//   "3.2 degrees in 2019 and 2.7 this year");
// - "between 110 and 130 on the GPa scale": a unit named by its scale;
// - a direction left out in a list ("was down 1.7%, B by 2.2%").
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
