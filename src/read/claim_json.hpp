// Decoding of the claim JSON objects written by write/claim_json.hpp, so claims
// of earlier runs can be read back (auditing, merging, evaluation).
// doc, start, end, text and kind are required; any other field may be missing
// (same as null; qualifier defaults to "="). Unknown fields are ignored.
#pragma once
#include <stdexcept>
#include <string_view>

#include <nlohmann/json.hpp>

#include "claim/claim.hpp"

namespace factsheet::read {

// The message names the field at fault, e.g. "\"start\" must be a non-negative integer".
struct ClaimJsonError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

Claim claim_from_json(const nlohmann::json& object);
// Parses one JSON text (a JSONL line) and decodes it.
Claim parse_claim_json(std::string_view text);

}  // namespace factsheet::read
