// The Audit sheet: the audit's findings (audit/auditor.hpp), one row per figure of a
// finding, each figure linked to its row on Figures. The finding's number and status are
// on every row, so the sheet filters by status; the explanation is on its first row.
// The status cell is coloured by a conditional format (red conflict, orange arithmetic,
// green corroborated, yellow vague, grey unsourced).
#pragma once
#include <string_view>
#include <vector>

#include "audit/auditor.hpp"
#include "write/xlsx_book.hpp"

namespace factsheet::write {

inline constexpr std::string_view kAuditSheet = "Audit";
// Figures listed per finding; the rest are counted on one more row.
inline constexpr std::size_t kAuditFiguresPerFinding = 20;

// `rows_per_sheet`: data rows per Figures sheet, to find a figure's row (the figures'
// refs are their 0-based claim index).
// Colours the cells of `column`, rows 1 to `last_row`, by the audit status they start with.
void colour_audit_statuses(Book& book, lxw_worksheet* ws, std::size_t column, std::size_t last_row);

void write_audit_sheet(Book& book, lxw_worksheet* ws, const std::vector<audit::Finding>& findings,
                       const audit::Auditor& auditor, std::size_t rows_per_sheet);

}  // namespace factsheet::write
