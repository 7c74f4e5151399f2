// Field agreement between a gold item and a claim, as the answer-key metrics need it.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "eval/gold_item.hpp"

namespace factsheet::eval {

// Numbers equal within relative 1e-6 or absolute 1e-9.
bool numbers_agree(double a, double b);
// Two scalar values: numbers as above, strings exactly; a string that is a plain number
// ("2022") agrees with that number. Null agrees only with null.
bool scalars_agree(const Value& a, const Value& b);
// Values of gold and claim: ranges end by end (a range never equals a single value, except
// a date interval written as one "low/high" string); ratios by part and whole when both
// sides have them, else by value within the gold's 4-decimal rounding (5e-5).
bool values_agree(const GoldItem& gold, const Claim& claim);
// Both absent (or empty), or equal ignoring ASCII case.
bool units_agree(const std::optional<std::string>& gold, const std::optional<std::string>& claim);
// The gold unit and a claim's: as above, or the gold names the claim's unit in words (the
// key writes "minute" and "hour" where the claim has the symbols "min" and "h").
bool units_agree(const std::optional<std::string>& gold, const Claim& claim);
bool equal_ignoring_case(std::string_view a, std::string_view b);

}  // namespace factsheet::eval
