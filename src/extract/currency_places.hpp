// Which of several currencies that share a sign or a noun ("¥", "pesos", "dinars") a figure
// is in, from the countries its sentence, or else its article's headline, names.
#pragma once
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// The one currency of `places` whose country `where` names. Null when `where` names none,
// names the country of `current` (the reading so far; empty for none) or two currencies'.
// `decided` is set when `where` names any country of `places`.
const Currency* currency_named_in(const Lexicon& lex, const std::vector<Lexicon::CurrencyPlace>& places,
                                  std::string_view current, std::string_view where, bool& decided);

// The places of a currency noun as written ("Pesos", "dinars"); null for a sign or a noun
// only one currency has.
const std::vector<Lexicon::CurrencyPlace>* noun_places(const Lexicon& lex, std::string_view word);

// After the context stage: a money figure written with a shared noun ("242m pesos"), or a
// count of one ("200 dinars"), whose sentence names no country of the noun's currencies takes
// the currency of the one country its article's headline names ("Argentina water firm ...").
// A sign is left as its sentence read it: "£" under a headline about Egypt is sterling.
void place_currencies_by_headline(const Lexicon& lex, std::vector<Claim>& claims);

}  // namespace factsheet::extract
