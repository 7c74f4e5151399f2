// Excel's hard limits and the text rules that keep every cell and sheet name within
// them, so the workbook opens without a repair prompt.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace factsheet::write {

inline constexpr std::size_t kExcelRows = 1048576;           // rows per worksheet, header included
inline constexpr std::size_t kDataRowsPerSheet = kExcelRows - 1;  // below the header row
inline constexpr std::size_t kMaxCellChars = 32767;          // characters in one cell
inline constexpr std::size_t kMaxLinksPerSheet = 65530;      // hyperlinks on one worksheet
inline constexpr std::size_t kMaxSheetName = 31;             // characters in a sheet name

// Appended to a cell's text when it had to be cut to kMaxCellChars.
inline constexpr std::string_view kCutMarker = " [… cut at Excel's 32,767-character cell limit]";

// Text ready for a string cell: invalid UTF-8, the C0 control characters other than
// tab, newline and carriage return, and the non-characters U+FFFE and U+FFFF (none of
// them allowed in XML 1.0) become U+FFFD; a literal "_xHHHH_" is escaped ("_x005F_xHHHH_") so Excel shows
// it as written instead of decoding it; text longer than `limit` characters (counted
// as Excel does, in UTF-16 code units, and also as escaped code points) is cut on a
// character boundary and ends with kCutMarker. `limit` is a parameter for tests.
std::string cell_text(std::string_view text, std::size_t limit = kMaxCellChars);

// Whether cell_text() would cut `text`.
bool cell_text_is_cut(std::string_view text, std::size_t limit = kMaxCellChars);

// Text that is valid XML 1.0 character data, for the strings of the workbook that are
// not cells (chart titles): the replacements of cell_text(), nothing else.
std::string xml_text(std::string_view text);

// "Figures", "Figures (2)", "Figures (3)" ...: the name of the n-th (1-based) sheet of a
// series. The base is shortened so the whole name fits kMaxSheetName characters, and
// characters Excel forbids in sheet names ([ ] : * ? / \), control characters and
// bytes that are not UTF-8 become '_'.
std::string sheet_name(std::string_view base, std::size_t n);

// "A1", "XFD1048576": a cell by its 0-based row and column.
std::string cell_name(std::size_t row, std::size_t col);

// A reference to a cell of another sheet for an internal hyperlink: 'Sheet name'!A5
// (row is 0-based, the name is quoted and its apostrophes doubled).
std::string cell_reference(std::string_view sheet, std::size_t row, std::size_t col = 0);

// Number of characters of UTF-8 text (code points; invalid bytes count one each).
std::size_t display_length(std::string_view text);

}  // namespace factsheet::write
