// The claims of a text in an answer key's terms. The key's format writes a year as one
// integer, so it annotates a span of years ("between 2002 and 2004", "from 1999 to 2001")
// as two year items (GOLD-GUIDELINES; tests/accuracy/bbc-key/README.md), where the
// extractor gives one year claim with `low` and `high`: such a claim is scored as its two
// years. Every other claim is scored as it is.
#pragma once
#include <string_view>
#include <vector>

#include "claim/claim.hpp"

namespace factsheet::eval {

// `claims` of `text` (offsets into it), in text order, with each span of years whose two
// ends are written as four-digit years replaced by one year claim per end.
std::vector<Claim> answer_key_claims(std::vector<Claim> claims, std::string_view text);

}  // namespace factsheet::eval
