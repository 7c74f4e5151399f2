#include "write/xlsx_figures_sheet.hpp"

#include "write/xlsx_cell_value.hpp"
#include "write/xlsx_limits.hpp"

namespace factsheet::write {
namespace {

enum Col : std::size_t {
  kFigure, kValue, kLow, kHigh, kPart, kWhole, kUnit, kUnitName, kSiValue, kSiUnit, kKind, kQualifier, kChange, kSubject,
  kTime, kAttribution, kSentence, kDocument, kArticle, kSource, kPage, kLine, kColumn,
};

void optional_text(Sheet& s, std::size_t row, std::size_t col, const std::optional<std::string>& v) {
  if (v) s.text(row, col, *v);
}

// A value, low or high: a number. Dates and clock times keep their ISO-like text in the
// Time column instead, so that Value holds numbers only.
void figure_cell(Sheet& s, std::size_t row, std::size_t col, const Claim& c, Bound which) {
  if (is_calendar(c)) return;
  if (auto cell = number_cell(c, which)) s.number(row, col, *cell);
}

}  // namespace

bool is_calendar(const Claim& c) { return c.kind == Kind::date || c.kind == Kind::time; }

std::optional<std::string> shown_time(const Claim& c) {
  if (is_calendar(c))
    if (const std::string* iso = std::get_if<std::string>(&c.value)) return *iso;
  if (is_calendar(c) && c.is_range()) {
    const std::string* low = std::get_if<std::string>(&c.low);
    const std::string* high = std::get_if<std::string>(&c.high);
    if (low && high) return *low + "/" + *high;
  }
  return c.time;
}

FigurePosition figure_position(std::size_t i, std::size_t rows_per_sheet) {
  return {static_cast<std::uint32_t>(i / rows_per_sheet), static_cast<std::uint32_t>(i % rows_per_sheet + 1)};
}

std::string figures_sheet_name(const FigurePosition& pos) { return sheet_name(kFiguresSheet, pos.sheet + 1); }

std::string figure_cell(const FigurePosition& pos) { return cell_reference(figures_sheet_name(pos), pos.row); }

const std::vector<ColumnSpec>& figures_columns() {
  static const std::vector<ColumnSpec> columns = {
      {"Figure", 10, 40},
      {"Value", 10, 24, false, true},
      {"Low", 8, 24, false, true},
      {"High", 8, 24, false, true},
      {"Part", 6, 14, false, true},
      {"Whole", 7, 14, false, true},
      {"Unit", 6, 20},
      {"Unit name", 10, 28},
      {"SI value", 10, 24, false, true},
      {"SI unit", 7, 12},
      {"Kind", 8, 10},
      {"Qualifier", 10, 10},
      {"Change", 8, 8},
      {"Subject", 10, 40},
      {"Time", 8, 16},
      {"Attribution", 12, 30},
      {"Sentence", 30, 90, true},
      {"Document", 10, 40},
      {"Article", 8, 8, false, true},
      {"Source", 8, 24},
      {"Page", 6, 6, false, true},
      {"Line", 6, 10, false, true},
      {"Column", 8, 10, false, true},
  };
  return columns;
}

FiguresSheets::FiguresSheets(Book& book) : book_(book) {
  sheet(0);  // "Figures" exists even when there are no claims
}

Sheet& FiguresSheets::sheet(std::uint32_t index) {
  while (sheets_.size() <= index) {
    std::string name = figures_sheet_name({static_cast<std::uint32_t>(sheets_.size()), 0});
    sheets_.push_back(std::make_unique<Sheet>(book_, book_.add_sheet(name), name, figures_columns()));
    sheets_.back()->header();
    // Streamed, the rows go past libxlsxwriter: they are most of the workbook.
    if (book_.constant_memory()) sheets_.back()->stream_rows(book_.stream_rows(sheets_.back()->worksheet()));
    last_row_.push_back(0);
  }
  return *sheets_[index];
}

void FiguresSheets::write(const Claim& c, FigurePosition pos, std::uint32_t source, std::string_view doc_name) {
  Sheet& s = sheet(pos.sheet);
  std::size_t r = pos.row;
  last_row_[pos.sheet] = r;
  s.row_lines(r, wrapped_lines(c.sentence, figures_columns()[kSentence].max_width));
  s.text(r, kFigure, c.text);
  figure_cell(s, r, kValue, c, Bound::value);
  figure_cell(s, r, kLow, c, Bound::low);
  figure_cell(s, r, kHigh, c, Bound::high);
  if (c.part) s.number(r, kPart, *c.part, grouped_format(*c.part));
  if (c.whole) s.number(r, kWhole, *c.whole, grouped_format(*c.whole));
  optional_text(s, r, kUnit, c.unit);
  optional_text(s, r, kUnitName, c.unit_name);
  if (c.value_in_si) s.number(r, kSiValue, *c.value_in_si, "General");  // SI values span 1e-9 kg to 1e12 m
  optional_text(s, r, kSiUnit, c.si_unit);
  s.text(r, kKind, to_string(c.kind));
  s.text(r, kQualifier, qualifier_words(c.qualifier));
  s.text(r, kChange, to_string(c.change));
  optional_text(s, r, kSubject, c.subject);
  if (auto t = shown_time(c)) s.period(r, kTime, *t);
  optional_text(s, r, kAttribution, c.attribution);
  if (book_.constant_memory())
    s.text(r, kSentence, c.sentence, Style::wrap);
  else
    s.sentence(r, kSentence, c.sentence, c.text);
  s.link(r, kDocument, cell_reference(kSourcesSheet, source + 1), doc_name, "Go to this source on the Sources sheet");
  if (c.article) s.number(r, kArticle, *c.article, "0");
  optional_text(s, r, kSource, c.source);
  if (c.page) s.number(r, kPage, *c.page, "0");
  if (c.line) s.number(r, kLine, *c.line, "0");
  if (c.column) s.number(r, kColumn, *c.column, "0");
}

void FiguresSheets::finish() {
  for (std::size_t i = 0; i < sheets_.size(); ++i) {
    Sheet& s = *sheets_[i];
    std::string table = i == 0 ? "Figures" : "Figures" + std::to_string(i + 1);
    s.finish(0, last_row_[i], table, 1);
    s.print(true, true, 1);  // landscape, as wide as one page, header and figure on every page
    // Figures as written ("61", "2022") are text on purpose: no green triangles.
    book_.check(worksheet_ignore_errors(s.worksheet(), LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"),
                "ignoring errors");
  }
}

}  // namespace factsheet::write
