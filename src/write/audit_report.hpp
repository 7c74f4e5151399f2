// The audit's report (`factsheet audit`): readable text for a terminal, or one JSON
// document. Both list the findings in the auditor's order, each with its figures.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

#include "audit/auditor.hpp"
#include "write/output.hpp"

namespace factsheet::write {

// Figures listed per finding in the text report; the rest are counted.
inline constexpr std::size_t kTextFiguresPerFinding = 20;

// A summary line, then per finding "[status] explanation" and its figures, one line
// each: "    doc.txt #2 @880: “41 billion US dollars” (bilateral trade; 2023; Xinhua)".
void write_audit_text(Output& out, const std::vector<audit::Finding>& findings, const audit::Auditor& auditor);

// The claim record (write/claim_json.hpp) of the claim with handle `ref`.
using ClaimRecord = std::function<std::string_view(std::uint64_t ref)>;

// {"findings": [{"status": ..., "explanation": ..., "claims": [claim records]}]}, one
// finding and one claim per line.
void write_audit_json(Output& out, const std::vector<audit::Finding>& findings, const audit::Auditor& auditor,
                      const ClaimRecord& record);

}  // namespace factsheet::write
