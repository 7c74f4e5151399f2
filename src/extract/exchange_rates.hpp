// Exchange rates: an amount of one currency said to be the price of another is a rate, its
// unit the quotient of the two codes ("$1.29 to the euro" is USD/EUR, "the dollar was buying
// 104.76 yen" JPY/USD), so that it is read, totalled and compared as a price, not as a sum
// of money.
#pragma once
#include <vector>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// Gives each money claim of the sentence that is quoted against another currency the rate's
// unit. Three ways of quoting one are read (syntax.tsv roles exchange_price, exchange_base):
// - the amount, then the base currency: "$1.29 to the euro", "$1.2944 against the euro";
// - the base currency, then a verb of buying and the amount: "One dollar bought 102.55 yen",
//   "a euro that buys $1.30", "the pound buying $1.9094";
// - "against" the base currency, then "to" or "at" and the amount: "strengthening 0.7%
//   against the dollar to 104.53 yen";
// - a bare number, then the base currency, after the currency it prices: "the yuan around
//   8.30 to the dollar" (a count claim without a noun becomes the money rate).
// An amount in the base currency itself ("the dollar was trading at $1.36") stays money.
void link_exchange_rates(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims);

}  // namespace factsheet::extract
