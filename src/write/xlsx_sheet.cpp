#include "write/xlsx_sheet.hpp"

#include <algorithm>
#include <cmath>
#include <charconv>
#include <system_error>

#include "write/xlsx_limits.hpp"
#include "write/xlsx_row_stream.hpp"

namespace factsheet::write {

std::size_t shown_width(double v, std::string_view fmt) {
  if (fmt.find("yy") != std::string_view::npos) return 11;
  if (fmt.find("hh") != std::string_view::npos) return 8;
  std::size_t literal = 0;  // quoted prefixes and suffixes ("US$", " pp")
  for (std::size_t q = fmt.find('"'); q != std::string_view::npos;) {
    std::size_t end = fmt.find('"', q + 1);
    if (end == std::string_view::npos) break;
    literal += display_length(fmt.substr(q + 1, end - q - 1));
    q = fmt.find('"', end + 1);
  }
  std::size_t dot = fmt.find('.');
  int decimals = 0;
  if (dot != std::string_view::npos)
    while (dot + 1 + static_cast<std::size_t>(decimals) < fmt.size() && fmt[dot + 1 + decimals] == '0') ++decimals;
  bool percent = fmt.find('%') != std::string_view::npos;
  double shown = percent ? v * 100 : v;
  // std::to_chars, not snprintf: a workbook of a million figures measures millions of them.
  char buf[400];  // the longest fixed-point double: 309 digits, sign, point, decimals
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, shown, std::chars_format::fixed, decimals);
  std::size_t digits = ec == std::errc() && end > buf ? static_cast<std::size_t>(end - buf) : 1;
  std::size_t int_digits = static_cast<std::size_t>(std::max(1.0, std::floor(std::log10(std::max(1.0, std::fabs(shown)))) + 1));
  std::size_t commas = fmt.find(',') != std::string_view::npos ? (int_digits - 1) / 3 : 0;
  return digits + commas + literal + (percent ? 1 : 0);
}

std::size_t wrapped_lines(std::string_view text, double width) {
  // Column widths count '0' digits; running text is narrower, about 5% more fits.
  auto capacity = static_cast<std::size_t>(std::max(1.0, width * 1.05));
  std::size_t lines = 1, used = 0;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t end = std::min(text.find_first_of(" \n", i), text.size());
    std::size_t len = display_length(text.substr(i, end - i));
    if (used > 0 && used + 1 + len > capacity) {
      ++lines;
      used = 0;
    }
    used += (used > 0 ? 1 : 0) + len;
    for (; used > capacity; used -= capacity) ++lines;  // a word longer than a line
    if (end < text.size() && text[end] == '\n') {
      ++lines;
      used = 0;
    }
    i = end + 1;
  }
  return lines;
}

Sheet::Sheet(Book& book, lxw_worksheet* ws, std::string name, std::vector<ColumnSpec> columns)
    : book_(book), ws_(ws), name_(std::move(name)), columns_(std::move(columns)), widest_(columns_.size(), 0) {}

void Sheet::fit(std::size_t col, std::size_t chars) {
  if (col < widest_.size()) widest_[col] = std::max(widest_[col], chars);
}

void Sheet::row_lines(std::size_t row, std::size_t lines) {
  if (lines <= 1) return;
  // 15 points a line in the default font; Excel's tallest row is 409 points.
  double height = std::min(15.0 * static_cast<double>(lines), 409.0);
  if (rows_) {
    rows_->height(static_cast<std::uint32_t>(row), height);
    return;
  }
  book_.check(worksheet_set_row(ws_, static_cast<lxw_row_t>(row), height, nullptr), "setting a row height");
}

void Sheet::print(bool landscape, bool fit_width, std::size_t repeat_cols, bool repeat_header) {
  if (landscape) worksheet_set_landscape(ws_);
  if (fit_width) worksheet_fit_to_pages(ws_, 1, 0);
  if (repeat_header) book_.check(worksheet_repeat_rows(ws_, 0, 0), "repeating the header row");
  if (repeat_cols > 0)
    book_.check(worksheet_repeat_columns(ws_, 0, static_cast<lxw_col_t>(repeat_cols - 1)), "repeating columns");
}

void Sheet::header(std::size_t row) {
  header_row_ = row;
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    lxw_format* f = book_.format(columns_[c].numeric ? Style::header_number : Style::header);
    book_.check(worksheet_write_string(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(c),
                                       columns_[c].header.c_str(), f),
                "writing a header");
    fit(c, display_length(columns_[c].header));
  }
}

void Sheet::stream_rows(StreamedRows& rows) {
  // The header's formats take their style numbers first, as when libxlsxwriter writes the
  // header row out before the next row: the workbook's styles keep their order.
  for (const ColumnSpec& c : columns_) book_.xf_index(book_.format(c.numeric ? Style::header_number : Style::header));
  rows.rows_after(static_cast<std::uint32_t>(header_row_));  // the header stays with libxlsxwriter
  rows_ = &rows;
}

void Sheet::text(std::size_t row, std::size_t col, std::string_view text, Style style) {
  if (text.empty()) return;
  std::string cell = cell_text(text);
  if (rows_)
    rows_->text(static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(col), cell,
                book_.xf_index(book_.format(style)));
  else
    book_.check(worksheet_write_string(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), cell.c_str(),
                                       book_.format(style)),
                "writing a cell");
  // Only the first line of multi-line text sets the width.
  std::string_view first = std::string_view(cell).substr(0, std::min(cell.find('\n'), std::size_t{200}));
  fit(col, display_length(first));
}

void Sheet::number(std::size_t row, std::size_t col, double v, std::string_view num_format) {
  if (!std::isfinite(v)) return;
  if (rows_)
    rows_->number(static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(col), v,
                  book_.xf_index(book_.format(Style::text, num_format)));
  else
    book_.check(worksheet_write_number(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), v,
                                       book_.format(Style::text, num_format)),
                "writing a number");
  fit(col, shown_width(v, num_format));
}

void Sheet::period(std::size_t row, std::size_t col, const std::string& t) {
  // Always text: a column of periods mixes years, months, quarters and dates, and as
  // ISO-like text ("2004", "2004-Q4", "2005-01", "2005-01-20") it sorts and filters as one.
  text(row, col, t);
}

bool Sheet::link(std::size_t row, std::size_t col, const std::string& ref, std::string_view shown,
                 const char* tooltip) {
  if (shown.empty()) return false;
  if (links_ >= kMaxLinksPerSheet) {
    text(row, col, shown);
    return false;
  }
  if (rows_) {
    rows_->link(static_cast<std::uint32_t>(row), static_cast<std::uint32_t>(col), ref, tooltip ? tooltip : "");
    text(row, col, shown, Style::link);
    ++links_;
    return true;
  }
  std::string url = "internal:" + ref;
  // The hyperlink is recorded with a text of our own; the cell's text is then
  // written as a plain string, so input text never passes through the URL writer.
  book_.check(worksheet_write_url_opt(ws_, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(col), url.c_str(),
                                      book_.format(Style::link), nullptr, tooltip),
              "writing a link");
  text(row, col, shown, Style::link);
  ++links_;
  return true;
}

void Sheet::sentence(std::size_t row, std::size_t col, std::string_view s, std::string_view figure) {
  auto r = static_cast<lxw_row_t>(row);
  auto c = static_cast<lxw_col_t>(col);
  std::size_t at = figure.empty() ? std::string_view::npos : s.find(figure);
  if (rows_ || at == std::string_view::npos || cell_text_is_cut(s)) {  // streamed rows hold no rich text
    text(row, col, s, Style::wrap);
    return;
  }
  fit(col, display_length(s));
  std::string before = cell_text(s.substr(0, at)), bold = cell_text(figure),
              after = cell_text(s.substr(at + figure.size()));
  if (before.empty() && after.empty()) {
    book_.check(worksheet_write_string(ws_, r, c, bold.c_str(), book_.format(Style::bold)), "writing a cell");
    return;
  }
  // Excel wants no empty runs: only the non-empty ones are passed.
  lxw_rich_string_tuple runs[3];
  lxw_rich_string_tuple* list[4] = {};
  std::size_t n = 0;
  auto add = [&](lxw_format* f, std::string& piece) {
    if (piece.empty()) return;
    runs[n] = {f, piece.data()};
    list[n] = &runs[n];
    ++n;
  };
  add(nullptr, before);
  add(book_.format(Style::bold), bold);
  add(nullptr, after);
  if (worksheet_write_rich_string(ws_, r, c, list, book_.format(Style::wrap)) != LXW_NO_ERROR)
    text(row, col, s, Style::wrap);  // e.g. escapes took it past the length limit
}

void Sheet::set_widths() {
  for (std::size_t c = 0; c < columns_.size(); ++c) {
    const ColumnSpec& spec = columns_[c];
    // A wrapped column narrower than its maximum only when all its text fits one line.
    double w = std::clamp(static_cast<double>(widest_[c]) + 2, spec.min_width, spec.max_width);
    book_.check(worksheet_set_column(ws_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), w,
                                     spec.wrap ? book_.format(Style::wrap) : nullptr),
                "setting a column width");
  }
}

void Sheet::finish(std::size_t first_row, std::size_t last_row, const std::string& table, std::size_t frozen_cols) {
  set_widths();
  auto top = static_cast<lxw_row_t>(first_row);
  auto bottom = static_cast<lxw_row_t>(last_row);
  auto right = static_cast<lxw_col_t>(columns_.size() - 1);
  worksheet_freeze_panes(ws_, static_cast<lxw_row_t>(first_row + 1), static_cast<lxw_col_t>(frozen_cols));
  if (last_row <= first_row) return;  // a header alone: nothing to filter

  // Every other row shaded by a conditional format, in both modes: LibreOffice does not
  // draw Excel's table styles, and streamed rows cannot form a table at all.
  static char kEveryOtherRow[] = "=MOD(ROW(),2)=0";
  lxw_conditional_format band = {};
  band.type = LXW_CONDITIONAL_TYPE_FORMULA;
  band.value_string = kEveryOtherRow;
  band.format = book_.format(Style::band);
  auto band_columns = [&](lxw_col_t first, lxw_col_t last) {
    if (first <= last)
      book_.check(worksheet_conditional_format_range(ws_, top + 1, first, bottom, last, &band), "banding the rows");
  };
  if (own_colours_ && *own_colours_ <= right) {
    auto own = static_cast<lxw_col_t>(*own_colours_);
    if (own > 0) band_columns(0, static_cast<lxw_col_t>(own - 1));
    band_columns(static_cast<lxw_col_t>(own + 1), right);
  } else {
    band_columns(0, right);
  }

  if (!book_.constant_memory()) {
    std::vector<lxw_table_column> cols(columns_.size());
    std::vector<lxw_table_column*> col_list;
    for (std::size_t i = 0; i < columns_.size(); ++i) {
      cols[i] = {};
      cols[i].header = columns_[i].header.data();
      cols[i].header_format = book_.format(columns_[i].numeric ? Style::header_number : Style::header);
      col_list.push_back(&cols[i]);
    }
    col_list.push_back(nullptr);
    std::string name = table;
    lxw_table_options options = {};
    options.name = name.data();
    options.style_type = LXW_TABLE_STYLE_TYPE_LIGHT;
    options.style_type_number = 9;
    options.no_banded_rows = LXW_TRUE;  // the conditional format bands them
    options.columns = col_list.data();
    book_.check(worksheet_add_table(ws_, top, 0, bottom, right, &options), "adding a table");
    return;
  }
  // Streamed rows cannot form a table in libxlsxwriter: filter the range instead.
  book_.check(worksheet_autofilter(ws_, top, 0, bottom, right), "adding an autofilter");
}

}  // namespace factsheet::write
