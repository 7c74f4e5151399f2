// Sums of money written in a major and a minor unit.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// "20 dollars 43 cents", "£3 50p", "3 CAD 3 cents" (20.43 USD, 3.50 GBP, 3.03 CAD): an
// amount in a major unit followed, after nothing or "and", by less than one major unit in a
// minor one is one claim in the major currency ("5 pounds 20 pence" is sterling). A bare whole number under 100 that
// ends the clause is the minor part too ("15 dollars 50.", "17 USD and 25"). `claims` are one
// sentence's, in order; `text` is the document and `sentence_end` the sentence's end in it.
void merge_composite_money(const Lexicon& lex, std::string_view text, std::size_t sentence_end,
                           std::vector<Claim>& claims);

// "two hours and a half", "one hour and half", "3 dollars and a half": half of the unit that
// closes the claim is added (2.5 h). Claims of one sentence, in order.
void add_trailing_half(const Lexicon& lex, std::string_view text, std::size_t sentence_end, std::vector<Claim>& claims);

}  // namespace factsheet::extract
