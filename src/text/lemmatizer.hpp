// English noun lemmatizer for counted nouns: plural -> lower-case singular.
#pragma once
#include <string>
#include <string_view>

#include "text/string_map.hpp"

namespace factsheet::text {

struct LemmaRules {
  // Irregular and multi-word plurals, lower-case: "people" -> "people", "children" -> "child",
  // "heads of state" -> "head of state", "media" -> "media", "wolves" -> "wolf".
  StringMap<std::string> irregular;
  // Words ending in -s that are already singular or invariant: "news", "series", "bus", "status".
  StringSet invariant;
};

// Lower-cased singular of a noun ("Institutes" -> "institute", "countries" -> "country",
// "objectives" -> "objective", "taxes" -> "tax", "heads of state" -> "head of state").
// Whitespace runs become single spaces and a possessive is dropped ("Kazakhstan's" ->
// "kazakhstan", "students'" -> "student"). A phrase not listed as a whole changes only
// its head: the last word, or the last before " of " ("members of the board" ->
// "member of the board"), and of a hyphenated word its last part ("start-ups" -> "start-up").
// Only ASCII letters are lower-cased; other bytes pass through unchanged.
std::string lemmatize_noun(std::string_view word, const LemmaRules& rules);

// True when the word has a plural form by the same rules ("students", "people", "media",
// "students'"; not "news", "various", "bus", "analysis", "Kazakhstan's", "children's").
bool looks_plural(std::string_view word, const LemmaRules& rules);

}  // namespace factsheet::text
