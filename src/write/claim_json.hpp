// The JSON encoding of a Claim: one object, the fields of kClaimFields in that
// order, null where a field does not apply. Byte-deterministic; decoded again by
// read/claim_json.hpp.
#pragma once
#include <array>
#include <string>
#include <string_view>

#include "claim/claim.hpp"

namespace factsheet::write {

// Field names in output order; also the CSV header.
inline constexpr std::array<std::string_view, 32> kClaimFields = {
    "doc",       "start",  "end",     "text",      "sentence",    "kind",     "value",
    "low",       "high",   "part",    "whole",     "unit",        "unit_name", "si_value", "si_unit", "qualifier",
    "change",    "subject", "time",   "time_text", "attribution", "entity",
    "measure",   "scope",  "period",  "role",      "article",  "title",
    "source",    "dateline", "date",  "page"};

// Appends the claim as one JSON object (no trailing newline).
void append_claim_json(std::string& out, const Claim& claim);
std::string claim_to_json(const Claim& claim);

}  // namespace factsheet::write
