// Pieces of the HTML report (html_writer.hpp): the highlighted figure in a document's
// text, a row of the table of figures, the headline and audit sections. Each appends
// markup to `out`; everything from the input is escaped (html_text.hpp).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "audit/auditor.hpp"
#include "claim/claim.hpp"
#include "write/report_headlines.hpp"

namespace factsheet::write {

// The link target of the run's claim number `index`: "#c12" for its highlight in the
// text, "#r12" for its table row, "" when the report shows neither.
using ClaimLink = std::function<std::string(std::uint64_t index)>;

// The value as the report shows it: "US$41 billion", "26 of 45 (57.8%)", "--05-20".
std::string value_text(const Claim& claim);

// <mark class="fig k-KIND" id="cINDEX" tabindex="0" data-...>visible</mark>: `visible` is
// the part of the claim's text the document shows (all of it unless claims overlap).
void append_figure_mark(std::string& out, const Claim& claim, std::uint64_t index, std::string_view visible);

// One <tr> of the table of figures.
void append_table_row(std::string& out, const Claim& claim, std::uint64_t index, const std::string& link);
// The table's <thead> and the filter controls before it; `kinds` are those present.
void append_table_head(std::string& out, const std::vector<Kind>& kinds);

void append_legend(std::string& out);

void append_headline_section(std::string& out, const std::vector<ReportHeadline>& headlines,
                             std::size_t facts, const ClaimLink& link);

// At most `limit` findings, each with at most kAuditFiguresPerFinding figures.
void append_audit_section(std::string& out, const std::vector<audit::Finding>& findings,
                          const audit::Auditor& auditor, std::size_t limit, const ClaimLink& link);

// "1,234"
std::string count_text(std::size_t n);

}  // namespace factsheet::write
