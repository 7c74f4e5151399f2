// "a year or two", "an inch or two", "another pick or two": an indefinite article and a
// number joined by "or" around a noun are the two ends of one range of that noun, from one
// to the number.
#pragma once
#include <vector>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// Turns a bare number word of the sentence's claims that follows "a/an/another NOUN or"
// into the range 1 to that number of NOUN: a duration or measure when the noun is a unit
// ("a year or two": 1 to 2 year), else a count of the noun's lemma ("a girlfriend or two").
// The span grows back to the article. Not a noun that is no content word, nor a plural.
void link_indefinite_ranges(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims);

}  // namespace factsheet::extract
