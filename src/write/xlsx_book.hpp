// A libxlsxwriter workbook with the formats the fact sheet uses. Every libxlsxwriter
// error becomes an OutputError naming the output; a workbook that is not closed is
// discarded without writing anything.
//
// In constant-memory mode a sheet's data rows may be streamed past libxlsxwriter
// (stream_rows(), xlsx_row_stream.hpp): libxlsxwriter then writes the package to a
// temporary file beside the output, and close() copies it to the output with the rows
// put in (xlsx_splice.hpp).
#pragma once
#include <array>
#include <cstdint>
#include <ctime>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <xlsxwriter.h>

namespace factsheet::write {

// Throws OutputError("LABEL: WHAT: <libxlsxwriter message>") unless err is LXW_NO_ERROR.
void check_xlsx(lxw_error err, std::string_view label, std::string_view what);

enum class Style {
  text,     // data cells: top-aligned
  wrap,     // data cells with wrapped text
  bold,     // a bold font (rich-string runs) or bold cells
  header,   // header rows: bold on a tinted fill, wrapped
  header_number,  // the same, right-aligned over a column of numbers
  link,     // internal hyperlinks: blue, underlined
  title,    // a sheet's title line
  heading,  // section headings on Summary and About
  note,     // remarks: grey italics, running over the empty cells to the right
  band,     // the fill of every other row (conditional format)
};

struct BookSettings {
  std::string path;           // where the workbook goes
  bool constant_memory = false;
  std::string tmpdir;         // its temporary files; empty: the system default
  std::time_t created = 0;    // document creation time
  unsigned deflate_threads = 1;  // threads packing streamed rows (0: the writing thread)
};

class StreamedRows;

class Book {
 public:
  Book(const BookSettings& settings, std::string label);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  lxw_worksheet* add_sheet(const std::string& name);
  // Constant-memory mode: `ws`'s rows from here on are written to the returned stream,
  // not to `ws` (its header row stays with libxlsxwriter). Valid until close().
  StreamedRows& stream_rows(lxw_worksheet* ws);
  // The xf index of a format, for cells written past libxlsxwriter.
  std::uint32_t xf_index(lxw_format* f) const;
  lxw_chart* add_chart(std::uint8_t type);
  // The format for `style` with an optional number format, created once and reused.
  lxw_format* format(Style style, std::string_view num_format = {});
  // A conditional format's look: a fill and a font colour, created once and reused.
  lxw_format* highlight(lxw_color_t fill, lxw_color_t font);

  bool constant_memory() const { return constant_memory_; }
  const std::string& label() const { return label_; }
  void check(lxw_error err, std::string_view what) const { check_xlsx(err, label_, what); }

  // Writes the file. Throws OutputError when it cannot; the workbook is gone either way.
  void close();

 private:
  struct Streamed;

  lxw_workbook* workbook_ = nullptr;
  std::string path_;     // the output's file
  std::string written_;  // where libxlsxwriter writes: path_, or a temporary file when rows are streamed
  int written_slot_ = -1;  // that temporary file's cleanup slot (temp_cleanup.hpp)
  unsigned deflate_threads_;
  std::vector<Streamed> streamed_;
  std::string label_;  // names the output in errors
  std::string tmpdir_;  // referenced by the workbook's options until it is freed
  bool constant_memory_;
  // Formats by style and number format; looked up for every cell, so without building a key.
  std::array<std::map<std::string, lxw_format*, std::less<>>, static_cast<std::size_t>(Style::band) + 1> formats_;
  std::unordered_map<std::string, lxw_format*> highlights_;
};

}  // namespace factsheet::write
