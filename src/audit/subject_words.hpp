// The content words of a claim's subject, as the audit compares them, and the rule that
// makes two subjects one: they share at least half of all their content words (Jaccard
// similarity >= kSubjectSimilarity).
//
// Words are split at spaces, hyphens and punctuation and lower-cased; a possessive is
// dropped ("Kazakhstan's" -> "kazakhstan"), nouns go to the singular (the lemmatizer of
// the counted nouns) and a verb ending is cut (-ing, -ed, -ied -> -y, then a final -e), so
// that "completed", "complete" and "completing" meet. Left out are function and time
// words, grammars/audit_stopwords.tsv ("total", "number"), numbers, one-letter words and
// the words of the claim's unit: the counted noun is compared already, so "26 projects"
// and "45 projects completed" differ in "completed" only.
#pragma once
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/rules.hpp"

namespace factsheet::audit {

inline constexpr double kSubjectSimilarity = 0.5;

// Sorted and distinct; empty when the subject names nothing beyond the unit.
std::vector<std::string> subject_words(std::string_view subject, std::string_view unit, const AuditRules& rules);

// One word in the compared form ("Completed" -> "complet", "countries" -> "country").
std::string word_stem(std::string_view word, const AuditRules& rules);

// |a ∩ b| / |a ∪ b| of two sorted, distinct lists; 0 when both are empty.
double jaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

}  // namespace factsheet::audit
