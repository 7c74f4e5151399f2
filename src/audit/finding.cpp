#include "audit/finding.hpp"

#include <array>

namespace factsheet::audit {
namespace {

constexpr std::array<std::string_view, 7> kNames = {"conflict", "arithmetic", "revised", "corroborated", "repeated", "vague", "unsourced"};

}  // namespace

std::string_view to_string(Status s) { return kNames[static_cast<std::size_t>(s)]; }

std::optional<Status> parse_status(std::string_view s) {
  for (std::size_t i = 0; i < kNames.size(); ++i)
    if (kNames[i] == s) return static_cast<Status>(i);
  return std::nullopt;
}

}  // namespace factsheet::audit
