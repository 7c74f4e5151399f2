#include "claim/claim.hpp"

#include <array>

namespace factsheet {
namespace {
constexpr std::array<std::string_view, 12> kKinds = {"money",   "percent", "count", "measure",
                                                     "ratio",   "duration", "age",  "ordinal",
                                                     "year",    "date",    "time",  "other"};
constexpr std::array<std::string_view, 6> kQualifiers = {"=", "~", ">", ">=", "<", "<="};
constexpr std::array<std::string_view, 6> kQualifierWords = {"exact",   "about",     "more than",
                                                             "at least", "less than", "up to"};
}  // namespace

std::string_view to_string(Kind k) { return kKinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(Qualifier q) { return kQualifiers[static_cast<std::size_t>(q)]; }
std::string_view qualifier_words(Qualifier q) { return kQualifierWords[static_cast<std::size_t>(q)]; }
std::string_view to_string(Change c) {
  switch (c) {
    case Change::up: return "up";
    case Change::down: return "down";
    case Change::none: break;
  }
  return "";
}

std::optional<Kind> parse_kind(std::string_view s) {
  for (std::size_t i = 0; i < kKinds.size(); ++i)
    if (kKinds[i] == s) return static_cast<Kind>(i);
  return std::nullopt;
}
std::optional<Qualifier> parse_qualifier(std::string_view s) {
  for (std::size_t i = 0; i < kQualifiers.size(); ++i)
    if (kQualifiers[i] == s || kQualifierWords[i] == s) return static_cast<Qualifier>(i);
  return std::nullopt;
}
std::optional<Change> parse_change(std::string_view s) {
  if (s == "up") return Change::up;
  if (s == "down") return Change::down;
  if (s.empty() || s == "null") return Change::none;
  return std::nullopt;
}

}  // namespace factsheet
