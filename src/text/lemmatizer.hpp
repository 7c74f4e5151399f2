// English noun lemmatizer for counted nouns: plural -> lower-case singular.
#pragma once
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace factsheet::text {

struct LemmaRules {
  // Irregular and multi-word plurals, lower-case: "people" -> "people", "children" -> "child",
  // "heads of state" -> "head of state", "media" -> "media", "wolves" -> "wolf".
  std::unordered_map<std::string, std::string> irregular;
  // Words ending in -s that are already singular or invariant: "news", "series", "bus", "status".
  std::unordered_set<std::string> invariant;
};

// Lower-cased singular of a noun ("Institutes" -> "institute", "countries" -> "country",
// "objectives" -> "objective", "taxes" -> "tax", "heads of state" -> "head of state").
std::string lemmatize_noun(std::string_view word, const LemmaRules& rules);

// True when the word has a plural form by the same rules ("students", "people", "media";
// not "news", "various", "bus", "analysis", "Kazakhstan's").
bool looks_plural(std::string_view word, const LemmaRules& rules);

}  // namespace factsheet::text
