#include "write/xlsx_audit_sheet.hpp"

#include <array>

#include "audit/explain.hpp"
#include "write/place.hpp"
#include "write/xlsx_figures_sheet.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {
namespace {

enum Col : std::size_t { kFinding, kStatus, kExplanation, kFigure, kSubject, kFrame, kTime, kAttribution, kPlace };
constexpr double kExplanationWidth = 60;

std::vector<ColumnSpec> columns() {
  return {{"Finding", 9, 9, false, true},
          {"Status", 14, 14},
          {"Explanation", 30, kExplanationWidth, true},
          {"Figure", 12, 36},
          {"Subject", 12, 40},
          {"Frame", 12, 50},
          {"Time", 8, 16, false, true},
          {"Attribution", 12, 30},
          {"Place", 12, 40}};
}

struct StatusLook {
  audit::Status status;
  lxw_color_t fill, font;
};
constexpr std::array<StatusLook, 7> kLooks = {{
    {audit::Status::conflict, 0xFFC7CE, 0x9C0006},
    {audit::Status::arithmetic, 0xFCE4D6, 0x9C3D00},
    {audit::Status::revised, 0xE4DFEC, 0x5B2C6F},
    {audit::Status::corroborated, 0xC6EFCE, 0x006100},
    {audit::Status::repeated, 0xDDEBF7, 0x1F4E78},
    {audit::Status::vague, 0xFFEB9C, 0x7F5F00},
    {audit::Status::unsourced, 0xEDEDED, 0x404040},
}};

}  // namespace

// The status column coloured by its text; the rows' banding leaves that column alone.
void colour_audit_statuses(Book& book, lxw_worksheet* ws, std::size_t column, std::size_t last_row) {
  for (const StatusLook& look : kLooks) {
    std::string text(audit::to_string(look.status));
    lxw_conditional_format cf = {};
    cf.type = LXW_CONDITIONAL_TYPE_TEXT;
    cf.criteria = LXW_CONDITIONAL_CRITERIA_TEXT_BEGINS_WITH;
    cf.value_string = text.data();
    cf.format = book.highlight(look.fill, look.font);
    auto col = static_cast<lxw_col_t>(column);
    book.check(worksheet_conditional_format_range(ws, 1, col, static_cast<lxw_row_t>(last_row), col, &cf),
               "colouring the statuses");
  }
}

void write_audit_sheet(Book& book, lxw_worksheet* ws, const std::vector<audit::Finding>& findings,
                       const audit::Auditor& auditor, std::size_t rows_per_sheet) {
  Sheet s(book, ws, std::string(kAuditSheet), columns());
  s.header();
  // A streamed workbook's findings can be as many as its figures: past libxlsxwriter too.
  if (book.constant_memory()) s.stream_rows(book.stream_rows(ws));
  // Rows stop short of the sheet's end, leaving room for the note below them.
  const std::size_t last_allowed = kDataRowsPerSheet - 2;
  std::size_t row = 0, shown = 0;
  for (std::size_t n = 0; n < findings.size() && row < last_allowed; ++n) {
    const audit::Finding& f = findings[n];
    std::string status(audit::to_string(f.status));
    for (std::size_t i = 0; i < f.figures.size() && i <= kAuditFiguresPerFinding && row < last_allowed; ++i) {
      ++row;
      if (i == 0) s.row_lines(row, wrapped_lines(f.explanation, kExplanationWidth));
      s.number(row, kFinding, static_cast<double>(n + 1), "0");
      s.text(row, kStatus, status);
      if (i == 0) s.text(row, kExplanation, f.explanation, Style::wrap);
      if (i == kAuditFiguresPerFinding) {
        s.text(row, kFigure,
               "\xE2\x80\xA6 and " + audit::number_text(static_cast<double>(f.figures.size() - i), 0) +
                   " more figures",
               Style::note);
        break;
      }
      audit::FigureView v = auditor.figure(f.figures[i]);
      s.link(row, kFigure, figure_cell(figure_position(v.ref, rows_per_sheet)), v.text,
             "Go to this figure on the Figures sheet");
      s.text(row, kSubject, v.subject);
      s.text(row, kFrame, v.frame);
      if (!v.time.empty()) s.period(row, kTime, std::string(v.time));
      s.text(row, kAttribution, v.attribution);
      s.text(row, kPlace, audit_place(v.doc, v));
    }
    shown = n + 1;
  }
  if (row > 0) colour_audit_statuses(book, ws, kStatus, row);
  s.own_colours(kStatus);
  s.finish(0, row, "Audit", 2);
  s.print(true, true, 0);

  std::string note;
  if (findings.empty())
    note = "No findings: no figure is stated in two places, none disagree, and every one that can be checked adds up.";
  if (shown < findings.size())
    note = audit::number_text(static_cast<double>(findings.size() - shown), 0) +
           " further findings do not fit on this sheet; `factsheet audit` lists them all.";
  if (!note.empty()) s.text(row + 2, kFinding, note, Style::note);
}

}  // namespace factsheet::write
