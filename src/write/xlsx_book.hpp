// A libxlsxwriter workbook with the formats the fact sheet uses. Every libxlsxwriter
// error becomes an OutputError naming the output; a workbook that is not closed is
// discarded without writing anything.
#pragma once
#include <array>
#include <cstdint>
#include <ctime>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>

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
  std::string path;           // where libxlsxwriter writes the file
  bool constant_memory = false;
  std::string tmpdir;         // its temporary files; empty: the system default
  std::time_t created = 0;    // document creation time
};

class Book {
 public:
  Book(const BookSettings& settings, std::string label);
  ~Book();
  Book(const Book&) = delete;
  Book& operator=(const Book&) = delete;

  lxw_worksheet* add_sheet(const std::string& name);
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
  lxw_workbook* workbook_ = nullptr;
  std::string label_;  // names the output in errors
  std::string tmpdir_;  // referenced by the workbook's options until it is freed
  bool constant_memory_;
  // Formats by style and number format; looked up for every cell, so without building a key.
  std::array<std::map<std::string, lxw_format*, std::less<>>, static_cast<std::size_t>(Style::band) + 1> formats_;
  std::unordered_map<std::string, lxw_format*> highlights_;
};

}  // namespace factsheet::write
