// Subjects grouped for comparison. Claims of one bucket (same kind, unit and change)
// whose subjects have the same content words (subject_words.hpp) form a subject class;
// two classes of a bucket are linked when their words are similar (Jaccard >=
// kSubjectSimilarity). Figures are compared within a class and across linked classes.
//
// Links are found with an inverted index over the rarest words of each class (prefix
// filtering: two sets with Jaccard >= 1/2 share one of the first n - ceil(n/2) + 1 of
// their words in a common order), so the work follows the number of similar pairs, not
// the square of the number of subjects. Two caps keep pathological input in bounds: a
// word's index list is scanned for its latest kMaxScan classes only, and a class keeps
// its kMaxLinks most similar links.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "audit/figure_store.hpp"
#include "audit/rules.hpp"

namespace factsheet::audit {

class SubjectClasses {
 public:
  static constexpr std::size_t kMaxScan = 48;
  static constexpr std::size_t kMaxLinks = 16;

  explicit SubjectClasses(const AuditRules& rules) : rules_(rules) {}

  // The class of a claim's subject (`subject_id`: its id in the figure store's pool), or
  // kNoClass when the subject names nothing beyond the unit.
  std::uint32_t classify(std::uint32_t bucket, std::uint32_t subject_id, std::string_view subject,
                         std::string_view unit);
  std::size_t size() const { return classes_.size(); }

  // Linked pairs (a, b) with a < b, sorted.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> links() const;

 private:
  struct Class {
    std::uint32_t bucket = 0;
    std::vector<std::uint32_t> words;  // word ids, sorted
  };
  const AuditRules& rules_;
  StringPool words_;
  std::vector<Class> classes_;
  std::unordered_map<std::string, std::uint32_t> by_words_;       // bucket + word ids -> class
  std::unordered_map<std::uint64_t, std::uint32_t> by_subject_;  // bucket, subject id -> class
};

}  // namespace factsheet::audit
