// Arithmetic checks within one sentence, the figures of which arrive together:
//   - a ratio whose part is larger than its whole ("30 of the 20 members");
//   - a share restated as a percentage that does not match: "26 of 45 projects, or 70%"
//     (26/45 is 57.8%). The percentage must follow the ratio directly, joined only by
//     punctuation, "or", "i.e.", "that is", "representing" and the like; it matches when
//     it is the share rounded or cut to its own precision ("57%", "58%", "57.8%"), within
//     10% when it says "about", or on the right side of a bound;
//   - a percentage over 100 given as a share of a group: "150% of the students" (a
//     percentage followed by "of" and a plural noun). "120% of GDP" and changes ("rose
//     150%") are left alone;
//   - parts that exceed their total: a sentence opening with "Of the 45 projects," that
//     then counts 30 and 20 (30 + 20 > 45). Only exact counts of the same noun, or bare
//     numbers, count as parts.
// Nothing else is checked: durations ("seven years ahead of schedule"), for one, never.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "audit/rules.hpp"
#include "claim/claim.hpp"

namespace factsheet::audit {

struct SentenceFigure {
  const Claim* claim = nullptr;
  std::uint32_t id = 0;  // the figure's id in the audit
};

struct ArithmeticIssue {
  std::string explanation;
  std::string subject;
  std::vector<std::uint32_t> figures;
};

// `figures`: the figures of one sentence that take part, in text order.
std::vector<ArithmeticIssue> check_sentence(const std::vector<SentenceFigure>& figures, const AuditRules& rules);

}  // namespace factsheet::audit
