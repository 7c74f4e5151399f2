#include "write/xlsx_headline_sheet.hpp"

#include "write/figure_phrase.hpp"
#include "write/xlsx_cell_value.hpp"
#include "write/xlsx_figures_sheet.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {
namespace {

enum Col : std::size_t { kFigure, kValue, kLow, kHigh, kUnit, kSubject, kTime, kSources, kKind, kPlaces };
constexpr double kPlacesWidth = 70;

std::vector<ColumnSpec> columns() {
  return {{"Figure", 12, 36},
          {"Value", 10, 24, false, true},
          {"Low", 8, 24, false, true},
          {"High", 8, 24, false, true},
          {"Unit", 6, 20},
          {"Subject", 12, 40},
          {"Time", 8, 16, false, true},
          {"Sources", 9, 9, false, true},
          {"Kind", 8, 10},
          {"Places", 30, kPlacesWidth, true}};
}

std::string with_thousands(std::size_t n) { return grouped_number(static_cast<double>(n)); }

}  // namespace

std::string places_text(const HeadlineFact& fact, const SourceIndex& sources) {
  std::string out;
  for (const Mention& m : fact.places) {
    if (!out.empty()) out += "; ";
    out += source_label(sources.records()[m.source]) + " @" + std::to_string(m.offset);
  }
  if (fact.mentions > fact.places.size())
    out += "; \xE2\x80\xA6 and " + with_thousands(fact.mentions - fact.places.size()) + " more";
  return out;
}

void write_headline_sheet(Book& book, lxw_worksheet* ws, const HeadlineIndex& headline, const SourceIndex& sources) {
  Sheet s(book, ws, std::string(kHeadlineSheet), columns());
  s.header();
  std::size_t row = 0;
  for (const HeadlineFact& f : headline.facts()) {
    ++row;
    std::string places = places_text(f, sources);
    s.row_lines(row, wrapped_lines(places, kPlacesWidth));
    std::string target = cell_reference(figures_sheet_name(f.first), f.first.row);
    s.link(row, kFigure, target, figure_phrase(f.figure), "Go to the first mention on the Figures sheet");
    if (auto v = number_cell(f.figure, Bound::value)) s.number(row, kValue, *v);
    if (auto v = number_cell(f.figure, Bound::low)) s.number(row, kLow, *v);
    if (auto v = number_cell(f.figure, Bound::high)) s.number(row, kHigh, *v);
    s.text(row, kUnit, f.figure.unit);
    if (f.subject) s.text(row, kSubject, *f.subject);
    if (f.time) s.period(row, kTime, *f.time);
    s.number(row, kSources, static_cast<double>(f.mentions), "0");
    s.text(row, kKind, to_string(f.figure.kind));
    s.text(row, kPlaces, places, Style::wrap);
  }
  s.finish(0, row, "Headline", 1);
  s.print(true, true, 0);
  book.check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"),
             "ignoring errors");

  std::string note;
  if (headline.facts().empty()) note = "No headline figures: the input states no amounts, shares or counts.";
  if (headline.unlisted() > 0)
    note = with_thousands(headline.unlisted()) + " mentions of further figures are not listed here: this sheet keeps "
           "the first " + with_thousands(headline.limit()) + " distinct figures. Every claim is on the Figures sheets.";
  if (!note.empty()) s.text(row + 2, kFigure, note, Style::note);
}

}  // namespace factsheet::write
