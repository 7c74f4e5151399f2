// The claim's fields, once: name, how each is read off a Claim, and what kind of value
// it holds. The JSON encoding (write/claim_json.hpp) and the CSV writer
// (write/csv_writer.hpp) both walk this table, so the field list and order are defined
// here only.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <variant>

#include "claim/claim.hpp"

namespace factsheet::write {

// A field's value: null, a number, an integer (offsets, indexes) or text.
using FieldValue = std::variant<std::monostate, double, std::int64_t, std::string_view>;

enum class FieldRole {
  code,       // a value from the tool's own vocabulary (kind, unit, ISO dates, ...): never a formula
  free_text,  // text from the input (sentence, subject, document name, ...): CSV neutralises formula starts
};

struct ClaimField {
  std::string_view name;
  FieldRole role;
  FieldValue (*get)(const Claim&);
  // The CSV form where it differs (the qualifier in words); null: `get`.
  FieldValue (*csv)(const Claim&) = nullptr;
};

inline constexpr std::size_t kClaimFieldCount = 34;
extern const std::array<ClaimField, kClaimFieldCount> kClaimFieldTable;

// Field names in output order; also the CSV header.
extern const std::array<std::string_view, kClaimFieldCount> kClaimFields;

}  // namespace factsheet::write
