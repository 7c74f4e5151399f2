// The Summary sheet's running counts: figures by kind and by unit. A few numbers per
// kind and per distinct unit, never the claims.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <string>

#include "claim/claim.hpp"

namespace factsheet::write {

inline constexpr std::size_t kKinds = static_cast<std::size_t>(Kind::other) + 1;

struct UnitCount {
  std::string name;  // the unit's English name, from its first claim
  std::size_t figures = 0;
};

struct SummaryCounts {
  std::size_t figures = 0;
  std::array<std::size_t, kKinds> by_kind{};
  // Units of the figures that may be headline figures (no minor discourse counts, dates
  // or names: "two sides" would crowd out the units that matter); ordered, so the same
  // input gives the same rows.
  std::map<std::string, UnitCount> by_unit;

  void add(const Claim& claim, bool headline_figure);
};

}  // namespace factsheet::write
