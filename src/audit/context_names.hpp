// The names around a figure: capitalised words of its sentence and of its article's
// headline ("Wal-Mart", "Sony", "Kazakhstan"). Two figures are held against each other
// as a conflict, or compared as vague, only when they share a name or both have none:
// however alike their subjects, "Wal-Mart's fourth quarter sales" and "Sony's" are
// about different things, and a figure whose surroundings name nothing cannot be told
// to be about what a named one is.
//
// Left out are the sentence's first word unless it looks like a name by itself
// ("Sony's", "EMI", "Wal-Mart"), the figure's own words, the attribution's words in the sentence (two sources that disagree are the
// point of a conflict), function and time words, month names and one-letter words.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "audit/rules.hpp"
#include "claim/claim.hpp"

namespace factsheet::audit {

// Lower case, possessives dropped, sorted and distinct.
std::vector<std::string> context_names(const Claim& claim, const AuditRules& rules);

// Whether two sorted name lists allow one fact: both are empty, or they share a name.
bool names_fit(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

// Name sets stored once each, as sorted word ids; id 0 is the empty set.
class NameSets {
 public:
  NameSets() : sets_(1) {}
  std::uint32_t intern(const std::vector<std::string>& names);
  std::span<const std::uint32_t> get(std::uint32_t id) const { return sets_[id]; }

 private:
  std::unordered_map<std::string, std::uint32_t> words_;
  std::unordered_map<std::string, std::uint32_t> ids_;  // the ids' bytes -> set
  std::vector<std::vector<std::uint32_t>> sets_;
};

}  // namespace factsheet::audit
