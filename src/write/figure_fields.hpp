// The parts of a claim that make up its figure, without its text and context: what
// the Headline figures sheet keeps per fact.
#pragma once
#include <optional>
#include <string>

#include "claim/claim.hpp"

namespace factsheet::write {

struct FigureFields {
  Kind kind = Kind::count;
  std::optional<double> value, low, high, part, whole;  // numbers only; dates stay empty
  std::string unit, unit_name;
  Qualifier qualifier = Qualifier::eq;
  Change change = Change::none;
  // A magnitude in words ("thousands of", "tens of millions"): a range from a power of
  // ten to ten times it, written without digits.
  bool vague = false;

  static FigureFields of(const Claim& claim);
  bool operator==(const FigureFields&) const = default;
};

}  // namespace factsheet::write
