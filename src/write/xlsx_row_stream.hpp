// The data rows of a streamed sheet, written as SpreadsheetML straight into a deflate
// stream that is spooled to an unlinked temporary file: the rows never pass through
// libxlsxwriter, which would format each cell with fprintf, write the sheet's XML to disk
// twice and pack it on one core at the very end. Book::close() puts the rows into the
// sheet libxlsxwriter wrote around them (xlsx_splice.hpp).
//
// Cells are written as libxlsxwriter writes them in constant-memory mode: inline strings,
// numbers, a style by its xf index, and rows in increasing order with their cells from
// left to right. Internal hyperlinks (a sheet holds at most kMaxLinksPerSheet) are kept
// compactly for the sheet's <hyperlinks> element: 12 bytes and the location's text each,
// the tooltips (a few constant texts) once.
#pragma once
#include <cstdint>
#include <deque>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "write/deflate_blocks.hpp"
#include "write/html_spool.hpp"

namespace factsheet::write {

class StreamedRows {
 public:
  // `tmpdir`: where the spool goes (empty: the system's); `threads` deflate it; `label`
  // names the output in errors.
  StreamedRows(const std::string& tmpdir, unsigned threads, const std::string& label = "xlsx output");

  // Rows above and at `row` are the sheet's own (its header): a cell there is refused.
  void rows_after(std::uint32_t row) { floor_ = row; }
  // Rows are 0-based, as in Sheet; a row's height is set before its cells.
  void height(std::uint32_t row, double points);
  // `text` must be valid XML character data already (cell_text()).
  void text(std::uint32_t row, std::uint32_t col, std::string_view text, std::uint32_t xf);
  void number(std::uint32_t row, std::uint32_t col, double v, std::uint32_t xf);
  // An internal hyperlink on the cell, to `location` ("'Sources'!A2").
  void link(std::uint32_t row, std::uint32_t col, std::string_view location, std::string_view tooltip);

  // After the last row: the rows' deflated bytes are complete.
  void finish();
  DeflateSum sum() const { return sum_; }
  // The last row written, if any.
  std::optional<std::uint32_t> last_row() const { return row_; }
  // The sheet's <hyperlinks> element; empty when there are none.
  std::string hyperlinks_xml() const;
  // Hands the deflated rows to `sink`, in order.
  void copy_compressed(const BlockDeflater::Sink& sink);

 private:
  void start(std::uint32_t row);
  void cell_start(std::uint32_t row, std::uint32_t col, std::uint32_t xf);
  void flush_xml();

  // A link: its cell, its tooltip (an index into tooltips_) and where its location ends in
  // locations_ (it starts where the one before ends).
  struct Link {
    std::uint32_t row;
    std::uint16_t col, tooltip;
    std::uint32_t location_end;
  };

  Spool spool_;
  BlockDeflater deflater_;
  std::string xml_;  // rows gathered before they go to the deflater
  std::optional<std::uint32_t> row_;  // the open row
  std::optional<std::uint32_t> floor_;  // rows_after()
  std::optional<double> next_height_;
  std::uint32_t height_row_ = 0;
  std::deque<Link> links_;  // a deque: no spare capacity for a sheet's 65,530 links
  std::string locations_;
  std::vector<std::string> tooltips_;
  DeflateSum sum_;
  bool finished_ = false;
};

// `text` with XML's markup characters escaped (&, <, >, and " when `attribute`).
void append_xml_escaped(std::string& out, std::string_view text, bool attribute = false);

}  // namespace factsheet::write
