#include "write/headline_checks.hpp"

namespace factsheet::write {

void FactsOfClaims::note(std::uint64_t ref, std::optional<std::uint32_t> fact) {
  if (!fact) return;
  fact_plus_one_.grow_to(ref + 1, 0);
  fact_plus_one_[ref] = *fact + 1;
}

std::optional<std::uint32_t> FactsOfClaims::fact_of(std::uint64_t ref) const {
  if (ref >= fact_plus_one_.size() || fact_plus_one_[ref] == 0) return std::nullopt;
  return fact_plus_one_[ref] - 1;
}

std::optional<FactCheck> fact_check(audit::Status status) {
  switch (status) {
    case audit::Status::conflict: return FactCheck::conflict;
    case audit::Status::revised: return FactCheck::revised;
    case audit::Status::corroborated: return FactCheck::corroborated;
    case audit::Status::vague: return FactCheck::vague;
    case audit::Status::repeated: return FactCheck::repeated;
    case audit::Status::arithmetic:
    case audit::Status::unsourced: break;
  }
  return std::nullopt;
}

void mark_headline_facts(HeadlineIndex& index, const std::vector<audit::Finding>& findings,
                         const audit::Auditor& auditor, const FactsOfClaims& facts) {
  for (const audit::Finding& finding : findings) {
    auto check = fact_check(finding.status);
    if (!check) continue;
    for (std::uint32_t id : finding.figures)
      if (auto fact = facts.fact_of(auditor.figure_ref(id))) index.mark(*fact, *check);
  }
}

}  // namespace factsheet::write
