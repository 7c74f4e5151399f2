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
  std::map<std::string, UnitCount> by_unit;  // ordered: the same input gives the same rows

  void add(const Claim& claim);
};

}  // namespace factsheet::write
