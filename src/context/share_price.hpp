// "Shares in Wimpey were up 6% at 458.5p", "BP's share price rose 4p": money whose subject is
// a company's shares or share price is a price per share, as "530p a share" is.
#pragma once
#include <string_view>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

// Whether `subject` names shares or their price: its head, the word before its first
// preposition, is "shares", or "price" or "prices" after "share" or "stock" ("Shares in
// Umbro", "BA's shares", "the company share price"); not "profit share", "housing stock".
bool names_shares(std::string_view subject, const Lexicon& lex);

// Makes a money claim with such a subject a price per share ("GBP" -> "GBP/share"): an amount
// of one currency with no scale word ("£1.3bn of shares" is a sum) and no divisor yet.
void price_per_share(Claim& claim, const Lexicon& lex);

}  // namespace factsheet::context
