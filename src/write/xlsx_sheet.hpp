// One worksheet of rows under a header: the cell writers every sheet uses, column
// widths computed from what was written, row heights for wrapped text, and the
// finishing touches (an Excel table or, in constant-memory mode, an autofilter range;
// every other row shaded; frozen panes; page setup).
//
// Text is only ever written with worksheet_write_string (after cell_text()), so text
// from the input is a string cell whatever it starts with, never a formula.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "write/xlsx_book.hpp"
#include "write/xlsx_cell_value.hpp"

namespace factsheet::write {

class StreamedRows;

struct ColumnSpec {
  std::string header;
  double min_width = 8;   // in characters of the default font
  double max_width = 40;
  bool wrap = false;      // text past max_width wraps onto more lines
  bool numeric = false;   // numbers: the header is right-aligned above them
};

class Sheet {
 public:
  Sheet(Book& book, lxw_worksheet* ws, std::string name, std::vector<ColumnSpec> columns);

  const std::string& name() const { return name_; }
  lxw_worksheet* worksheet() const { return ws_; }
  // From here on the data rows go to `rows` (Book::stream_rows()), not to the worksheet.
  // Call after header().
  void stream_rows(StreamedRows& rows);

  void header(std::size_t row = 0);
  void text(std::size_t row, std::size_t col, std::string_view text, Style style = Style::text);
  void number(std::size_t row, std::size_t col, double v, std::string_view num_format);
  void number(std::size_t row, std::size_t col, const NumberCell& cell) { number(row, col, cell.number, cell.format); }
  // A period ("2023", "2023-05", "2004-Q4", "2024-05-20", "--05-20"): always text, so
  // the column holds one type.
  void period(std::size_t row, std::size_t col, const std::string& iso);
  // An internal hyperlink to `ref` (cell_reference()) shown as `text`; plain text once
  // the sheet holds kMaxLinksPerSheet links. Returns whether the link was made.
  bool link(std::size_t row, std::size_t col, const std::string& ref, std::string_view text,
            const char* tooltip = nullptr);
  // `sentence` with the first occurrence of `figure` in bold (a rich string), wrapped.
  void sentence(std::size_t row, std::size_t col, std::string_view sentence, std::string_view figure);

  // After the last row (`last_row` 0-based, the header at `first_row`): a table named
  // `table` (normal mode) or an autofilter with banded rows (constant-memory mode),
  // the header frozen together with `frozen_cols` columns, and the column widths.
  void finish(std::size_t first_row, std::size_t last_row, const std::string& table, std::size_t frozen_cols);
  // Column widths only, for sheets that are not one table.
  void set_widths();
  // Leaves `col` out of the row banding, for a column a conditional format colours
  // itself (LibreOffice draws only one of two overlapping conditional fills).
  void own_colours(std::size_t col) { own_colours_ = col; }

  // Widens `col` as if text of `chars` characters were in it.
  void fit(std::size_t col, std::size_t chars);
  // Makes `row` tall enough for `lines` lines of text (spreadsheet programs do not all
  // grow rows for wrapped text on their own). Call before writing the row's cells.
  void row_lines(std::size_t row, std::size_t lines);
  // Page setup for printing and PDF: landscape or portrait, the width fitted to one
  // page or not, the header row and `repeat_cols` first columns on every page.
  void print(bool landscape, bool fit_width, std::size_t repeat_cols, bool repeat_header = true);

 private:
  Book& book_;
  lxw_worksheet* ws_;
  std::string name_;
  std::vector<ColumnSpec> columns_;
  std::vector<std::size_t> widest_;  // characters of the widest cell per column
  std::size_t links_ = 0;
  std::size_t header_row_ = 0;
  StreamedRows* rows_ = nullptr;
  std::optional<std::size_t> own_colours_;
};

// Characters a number takes when shown with `num_format` (for column widths).
std::size_t shown_width(double v, std::string_view num_format);

// Lines `text` takes when wrapped in a column `width` characters wide (word wrap).
std::size_t wrapped_lines(std::string_view text, double width);

}  // namespace factsheet::write
