#include "write/xlsx_headline_sheet.hpp"

#include "write/figure_phrase.hpp"
#include "write/headline_rank.hpp"
#include "write/xlsx_audit_sheet.hpp"
#include "write/xlsx_cell_value.hpp"
#include "write/xlsx_figures_sheet.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {
namespace {

enum Col : std::size_t {
  kRank, kSlide, kFigure, kValue, kLow, kHigh, kUnit, kSubject, kTime, kKind, kSources, kAudit, kScore, kPlaces
};
constexpr double kSlideWidth = 70, kPlacesWidth = 50;

std::vector<ColumnSpec> columns() {
  return {{"Rank", 6, 6, false, true},
          {"Slide line", 30, kSlideWidth, true},
          {"Figure", 12, 30},
          {"Value", 10, 24, false, true},
          {"Low", 8, 24, false, true},
          {"High", 8, 24, false, true},
          {"Unit", 6, 16},
          {"Subject", 12, 36},
          {"Time", 8, 12},
          {"Kind", 8, 10},
          {"Sources", 9, 9, false, true},
          {"Audit", 8, 13},
          {"Score", 7, 7, false, true},
          {"Places", 20, kPlacesWidth, true}};
}

std::string with_thousands(std::size_t n) { return grouped_number(static_cast<double>(n)); }

}  // namespace

std::string places_text(const HeadlineFact& fact, const SourceIndex& sources) {
  std::string out;
  for (const Mention& m : fact.places) {
    if (!out.empty()) out += "; ";
    const SourceRecord& r = sources.records()[m.source];
    out += place_text(r.name, r.article, m.line, m.column);
  }
  if (fact.mentions > fact.places.size())
    out += "; \xE2\x80\xA6 and " + with_thousands(fact.mentions - fact.places.size()) + " more";
  return out;
}

void write_headline_sheet(Book& book, lxw_worksheet* ws, const HeadlineIndex& headline, const SourceIndex& sources,
                          std::size_t rows) {
  Sheet s(book, ws, std::string(kHeadlineSheet), columns());
  s.header();
  std::vector<RankedFact> ranked = rank_headline_facts(headline, rows);
  std::size_t row = 0;
  for (const RankedFact& r : ranked) {
    const HeadlineFact& f = r.fact;
    ++row;
    std::string places = places_text(f, sources);
    s.row_lines(row, std::max(wrapped_lines(places, kPlacesWidth), wrapped_lines(r.slide_line, kSlideWidth)));
    s.number(row, kRank, static_cast<double>(row), "0\"  \"");  // a gap before the slide line
    s.text(row, kSlide, r.slide_line, Style::wrap);
    std::string target = cell_reference(figures_sheet_name(f.first), f.first.row);
    s.link(row, kFigure, target, r.figure, "Go to the first mention on the Figures sheet");
    if (auto v = number_cell(f.figure, Bound::value)) s.number(row, kValue, *v);
    if (auto v = number_cell(f.figure, Bound::low)) s.number(row, kLow, *v);
    if (auto v = number_cell(f.figure, Bound::high)) s.number(row, kHigh, *v);
    s.text(row, kUnit, f.figure.unit);
    if (f.subject) s.text(row, kSubject, *f.subject);
    if (f.time) s.period(row, kTime, *f.time);
    s.text(row, kKind, to_string(f.figure.kind));
    s.number(row, kSources, static_cast<double>(f.sources.size()), "0\"  \"");  // a gap before the audit
    if (f.check != FactCheck::none) s.text(row, kAudit, std::string(to_string(f.check)));
    s.number(row, kScore, r.score, "0.0\"  \"");  // a gap before the places
    s.text(row, kPlaces, places, Style::wrap);
  }
  if (row > 0) colour_audit_statuses(book, ws, kAudit, row);
  s.own_colours(kAudit);
  s.finish(0, row, "Headline", 2);
  s.print(true, true, 0);
  book.check(worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"),
             "ignoring errors");

  std::string note;
  if (ranked.empty()) {
    note = "No headline figures: the input states no amounts, shares or counts.";
  } else {
    note.append("The ").append(with_thousands(ranked.size())).append(" most salient of ");
    note.append(with_thousands(headline.size()));
    note.append(" distinct figures, ranked by the score on the About sheet. Every claim is on the Figures sheets.");
  }
  if (headline.unlisted() > 0) {
    note.append(" ").append(with_thousands(headline.unlisted()));
    note.append(" mentions of further figures were not ranked: the first ");
    note.append(with_thousands(headline.limit())).append(" distinct figures are.");
  }
  s.text(row + 2, kSlide, note, Style::note);
}

}  // namespace factsheet::write
