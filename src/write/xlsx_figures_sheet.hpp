// The Figures sheets: every claim, one row each, in document order. Rows are written
// as claims arrive; past rows_per_sheet they continue on "Figures (2)", "Figures (3)"...
// Each row's Document cell links to the claim's row on the Sources sheet.
//
// The sentence shows the figure in bold (a rich string) in a workbook built in
// memory. A streamed workbook writes plain sentences: libxlsxwriter builds every rich
// string through a temporary file of its own, which costs about 0.1-0.2 ms a row and
// would turn a million rows into minutes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "write/headline_index.hpp"
#include "write/xlsx_book.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {

inline constexpr std::string_view kFiguresSheet = "Figures";
inline constexpr std::string_view kSourcesSheet = "Sources";

// Where the claim with 0-based index `i` goes.
FigurePosition figure_position(std::size_t i, std::size_t rows_per_sheet);
// The name of the Figures sheet holding `pos`.
std::string figures_sheet_name(const FigurePosition& pos);
// The link target of the row at `pos`: 'Figures (2)'!A5.
std::string figure_cell(const FigurePosition& pos);

// Dates and clock times: their value is shown in the Time column, as text.
bool is_calendar(const Claim& claim);
// The Time column: a date's or clock time's own ISO-like value ("2024-05-20",
// "--05-17/--05-19"), else the period the figure refers to.
std::optional<std::string> shown_time(const Claim& claim);

// Column headers of a Figures sheet, in order.
const std::vector<ColumnSpec>& figures_columns();

class FiguresSheets {
 public:
  // Positions come with each claim (figure_position()), so the sheets need no row limit.
  explicit FiguresSheets(Book& book);

  // Writes the claim at `pos`; `source` is its 0-based row index on Sources, `doc_name`
  // its document for people (write/place.hpp).
  void write(const Claim& claim, FigurePosition pos, std::uint32_t source, std::string_view doc_name);
  // Tables or autofilters, widths and frozen panes on every Figures sheet.
  void finish();

  std::size_t sheets() const { return sheets_.size(); }

 private:
  Sheet& sheet(std::uint32_t index);

  Book& book_;
  std::vector<std::unique_ptr<Sheet>> sheets_;
  std::vector<std::size_t> last_row_;
};

}  // namespace factsheet::write
