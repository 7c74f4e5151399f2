// The JSON encoding of a Claim: one object, the fields of kClaimFieldTable
// (write/claim_fields.hpp) in that order, null where a field does not apply.
// Byte-deterministic; decoded again by read/claim_json.hpp.
#pragma once
#include <string>

#include "claim/claim.hpp"
#include "write/claim_fields.hpp"

namespace factsheet::write {

// Appends the claim as one JSON object (no trailing newline).
void append_claim_json(std::string& out, const Claim& claim);
std::string claim_to_json(const Claim& claim);

}  // namespace factsheet::write
