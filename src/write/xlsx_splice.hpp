// The last step of a streamed workbook: libxlsxwriter has written the whole package with
// each streamed sheet holding only its header row; the package is copied entry by entry
// (compressed bytes as they are, minizip's raw mode) into the output, and each streamed
// sheet's rows (xlsx_row_stream.hpp) are put into its XML on the way: the sheet's head up
// to </sheetData>, the rows as they were deflated, then its tail with the hyperlinks, one
// deflate stream.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet::write {

class StreamedRows;

struct SplicedSheet {
  std::string entry;    // "xl/worksheets/sheet3.xml"
  StreamedRows* rows;   // finished
};

// A sheet's XML cut where its rows go: `head` ends before </sheetData>, with the
// dimension grown to `last_row` (0-based; none: as it is); `tail` starts with
// </sheetData> and has `hyperlinks` in the place the schema gives them.
struct SheetXmlParts {
  std::string head, tail;
};
SheetXmlParts split_sheet_xml(std::string_view xml, std::optional<std::uint32_t> last_row,
                              std::string_view hyperlinks);

// Copies the package at `from` to `to`, splicing `sheets`. `label` names the output in
// errors; `threads` deflate the heads and tails.
void splice_sheets(const std::string& from, const std::string& to, const std::vector<SplicedSheet>& sheets,
                   unsigned threads, const std::string& label);

}  // namespace factsheet::write
