#include "write/xlsx_sources_sheet.hpp"

#include "write/xlsx_figures_sheet.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {
namespace {

enum Col : std::size_t { kDocument, kArticle, kTitle, kSource, kDate, kDateline, kFigures, kFirst };

}  // namespace

void write_sources_sheet(Book& book, lxw_worksheet* ws, const SourceIndex& sources) {
  constexpr double kTitleWidth = 60;
  Sheet s(book, ws, std::string(kSourcesSheet),
          {{"Document", 12, 40},
           {"Article", 8, 8, false, true},
           {"Title", 12, kTitleWidth, true},
           {"Source", 8, 24},
           {"Date", 11, 16},
           {"Dateline", 10, 30},
           {"Figures", 8, 10, false, true},
           {"First figure", 12, 40}});
  s.header();
  std::size_t row = 0;
  for (const SourceRecord& r : sources.records()) {
    ++row;
    if (r.title) s.row_lines(row, wrapped_lines(*r.title, kTitleWidth));
    s.text(row, kDocument, r.name);
    if (r.article) s.number(row, kArticle, *r.article, "0");
    if (r.title) s.text(row, kTitle, *r.title, Style::wrap);
    if (r.source) s.text(row, kSource, *r.source);
    if (r.date) s.period(row, kDate, *r.date);
    if (r.dateline) s.text(row, kDateline, *r.dateline);
    s.number(row, kFigures, static_cast<double>(r.figures), "#,##0");
    s.link(row, kFirst, cell_reference(figures_sheet_name(r.first), r.first.row), r.first_figure,
           "Go to this source's first figure on the Figures sheet");
  }
  s.finish(0, row, "Sources", 1);
  s.print(true, true, 0);
  book.check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"), "ignoring errors");
}

}  // namespace factsheet::write
