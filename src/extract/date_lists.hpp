// Days that share one month name, read after each figure on its own:
// - "between 24 and 26 December", "16 or 17 March": a span of days is first read as a
//   count range, as the month comes after it; with the month it is a date range;
// - "on 9 and 10 July", "3, 10 and 17 May": the bare days listed before a day-first date
//   are dates of its month;
// - "January 6 and 9", "May 3, 10 and 17": the bare days listed after a month-first date.
// A list is closed by "and", "or" or "&" before its last day, so "on May 3, 10 people"
// and "May 3, 10 were hurt" keep their counts.
#pragma once
#include <vector>

#include "claim/claim.hpp"
#include "extract/context_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::extract {

// Applies to the sentence's claims, in text order; claims a date range now covers (a year
// after the month) are removed.
void link_date_lists(const Sentence& s, const Lexicon& lex, std::vector<Claim>& claims);

}  // namespace factsheet::extract
