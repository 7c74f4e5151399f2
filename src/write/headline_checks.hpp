// Headline facts marked with what the audit found for them: a reader of the Headline
// figures sheet or the report's headline cards sees at once whether a figure is
// corroborated by independent sources, only repeated in copies of one text, or in
// conflict. The writers note each claim's fact as they add it (by the claim's running
// number, the `ref` the auditor keeps) and mark the facts once the audit is finished.
#pragma once
#include <cstdint>
#include <optional>
#include <vector>

#include "audit/auditor.hpp"
#include "audit/finding.hpp"
#include "io/growing_array.hpp"
#include "write/headline_index.hpp"

namespace factsheet::write {

class FactsOfClaims {
 public:
  // The fact the claim with running number `ref` joined or opened (HeadlineIndex::last_fact()).
  void note(std::uint64_t ref, std::optional<std::uint32_t> fact);
  std::optional<std::uint32_t> fact_of(std::uint64_t ref) const;

 private:
  io::GrowingArray<std::uint32_t> fact_plus_one_;  // by ref; 0: no fact. 4 bytes a claim.
};

// The audit's status for a fact: conflict, revised, corroborated, vague and repeated findings mark
// the facts of their figures; arithmetic and unsourced findings concern sentences and
// articles, not facts.
std::optional<FactCheck> fact_check(audit::Status status);

void mark_headline_facts(HeadlineIndex& index, const std::vector<audit::Finding>& findings,
                         const audit::Auditor& auditor, const FactsOfClaims& facts);

}  // namespace factsheet::write
