// The Summary sheet: totals, figures by kind and by unit, the largest money figures
// and figures per source, with native Excel charts drawn from those cells.
#pragma once
#include "write/headline_index.hpp"
#include "write/source_index.hpp"
#include "write/summary_counts.hpp"
#include "write/xlsx_book.hpp"

namespace factsheet::write {

inline constexpr std::string_view kSummarySheet = "Summary";

void write_summary_sheet(Book& book, lxw_worksheet* ws, const SummaryCounts& counts, const HeadlineIndex& headline,
                         const SourceIndex& sources);

}  // namespace factsheet::write
