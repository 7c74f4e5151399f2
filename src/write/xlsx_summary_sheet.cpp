#include "write/xlsx_summary_sheet.hpp"

#include <algorithm>
#include <set>
#include <vector>

#include "claim/figure_rules.hpp"
#include "write/currency_symbols.hpp"
#include "write/figure_phrase.hpp"
#include "write/xlsx_cell_value.hpp"
#include "write/xlsx_limits.hpp"
#include "write/xlsx_sheet.hpp"

namespace factsheet::write {
namespace {

constexpr std::size_t kTopUnits = 20, kTopMoney = 10, kTopSources = 15;
constexpr lxw_col_t kChartCol = 5;         // charts stand right of the tables, in column F
constexpr std::size_t kChartRows = 18;     // rows each chart takes, with a gap
constexpr lxw_color_t kBarColour = 0x4472C4;
// A count followed by a text column: two spaces keep the number off the text beside it.
constexpr std::string_view kGapped = "#,##0\"  \"";

struct Range {
  std::size_t first = 0, last = 0;  // 0-based data rows, inclusive; empty when last < first
  bool empty() const { return last < first; }
};

// A bar or column chart of one series: categories in column 0, values in `value_col`.
void add_chart(Book& book, lxw_worksheet* ws, std::size_t anchor_row, std::uint8_t type, const char* title,
               Range rows, lxw_col_t value_col, const std::string& num_format) {
  if (rows.empty()) return;
  lxw_chart* chart = book.add_chart(type);
  lxw_chart_series* series = chart_add_series(chart, nullptr, nullptr);
  auto first = static_cast<lxw_row_t>(rows.first), last = static_cast<lxw_row_t>(rows.last);
  chart_series_set_categories(series, "Summary", first, 0, last, 0);
  chart_series_set_values(series, "Summary", first, value_col, last, value_col);
  lxw_chart_fill fill = {};
  fill.color = kBarColour;
  chart_series_set_fill(series, &fill);
  chart_series_set_labels(series);
  if (!num_format.empty()) chart_series_set_labels_num_format(series, num_format.c_str());
  // The title may hold a currency code from the input: valid XML text like every cell.
  chart_title_set_name(chart, xml_text(title).c_str());
  chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
  // In a bar chart x_axis is the horizontal value axis and y_axis the categories.
  lxw_chart_axis* values = type == LXW_CHART_BAR ? chart->x_axis : chart->y_axis;
  // Bars run top to bottom in the table's order (Excel draws the first category lowest).
  if (type == LXW_CHART_BAR) chart_axis_set_reverse(chart->y_axis);
  if (!num_format.empty()) chart_axis_set_num_format(values, num_format.c_str());
  lxw_chart_options options = {};
  options.x_scale = 1.5;
  options.y_scale = 1.15;
  book.check(worksheet_insert_chart_opt(ws, static_cast<lxw_row_t>(anchor_row), kChartCol, chart, &options),
             "inserting a chart");
}

// A compact number format for chart labels: "US$41.0 bn", "US$3.4 m", "US$250,000"
// rather than twelve digits (conditional sections, which Excel and LibreOffice read).
std::string scaled_money_format(const std::string& prefix) {
  std::string p = prefix.empty() ? std::string() : std::string(1, '"').append(prefix).append(1, '"');
  return "[>=1000000000]" + p + "#,##0.0,,,\" bn\";[>=1000000]" + p + "#,##0.0,,\" m\";" + p + "#,##0";
}

struct MoneyFact {
  const HeadlineFact* fact;
  double amount;  // the value, or a range's upper bound
};

// The money facts in the currency most facts use, largest first.
std::vector<MoneyFact> largest_money(const HeadlineIndex& headline, std::string& currency) {
  std::map<std::string, std::size_t> per_currency;
  for (const HeadlineFact& f : headline.facts())
    if (f.figure.kind == Kind::money) ++per_currency[std::string(money_currency(f.figure.unit))];
  currency.clear();
  std::size_t best = 0;
  for (const auto& [code, n] : per_currency)
    if (n > best) best = n, currency = code;
  std::vector<MoneyFact> out;
  for (const HeadlineFact& f : headline.facts()) {
    if (f.figure.kind != Kind::money || money_currency(f.figure.unit) != currency) continue;
    // Money per unit ("US$15 million per aircraft") is not an amount to compare, nor is
    // a magnitude in words ("tens of millions").
    if (f.figure.unit.find('/') != std::string::npos || f.figure.vague) continue;
    std::optional<double> a = f.figure.value ? f.figure.value : f.figure.high;
    if (!a) continue;
    // One row per amount: the same sum under several subjects is listed once, with the
    // subject stated most often.
    auto same = std::find_if(out.begin(), out.end(), [&](const MoneyFact& m) {
      return m.amount == *a && m.fact->figure.unit == f.figure.unit && m.fact->figure.qualifier == f.figure.qualifier;
    });
    if (same == out.end())
      out.push_back({&f, *a});
    else if (f.mentions > same->fact->mentions)
      same->fact = &f;
  }
  std::stable_sort(out.begin(), out.end(), [](const MoneyFact& a, const MoneyFact& b) { return a.amount > b.amount; });
  if (out.size() > kTopMoney) out.resize(kTopMoney);
  return out;
}

}  // namespace

void write_summary_sheet(Book& book, lxw_worksheet* ws, const SummaryCounts& counts, const HeadlineIndex& headline,
                         const SourceIndex& sources) {
  Sheet s(book, ws, std::string(kSummarySheet), {{"", 30, 60}, {"", 10, 22}, {"", 10, 40}, {"", 8, 12}});
  std::size_t row = 0;
  s.text(row, 0, "Summary", Style::title);
  s.fit(0, 0);  // the title runs over the next columns; it does not widen the first

  // A table's header row; `numeric` marks the columns of numbers, right-aligned.
  auto heading = [&](std::size_t r, std::initializer_list<std::string_view> cells, std::string_view numeric = "") {
    std::size_t c = 0;
    for (std::string_view cell : cells) {
      bool number = c < numeric.size() && numeric[c] == 'n';
      s.text(r, c++, cell, number ? Style::header_number : Style::header);
    }
  };
  auto total = [&](std::string_view label, std::size_t n) {
    ++row;
    s.text(row, 0, label);
    s.number(row, 1, static_cast<double>(n), "#,##0");
  };

  std::set<std::string> documents;
  for (const SourceRecord& r : sources.records()) documents.insert(r.doc);
  row = 2;
  s.text(row, 0, "Totals", Style::heading);
  total("Figures (every claim, on the Figures sheets)", counts.figures);
  total("Distinct facts (the most salient on Headline figures)", headline.facts().size());
  total("Documents", documents.size());
  total("Sources (documents or articles)", sources.records().size());
  total("Left out of Headline figures: dates, years, times, ordinals, names", headline.not_figures());
  total("Left out of Headline figures: minor discourse counts", headline.minor());
  if (headline.restated() > 0)
    total("Left out of Headline figures: shares restated by the percentage in brackets after them", headline.restated());
  if (headline.unlisted() > 0) total("Mentions beyond the Headline figures limit", headline.unlisted());

  std::size_t chart_row = 2;
  auto next_chart_row = [&] {
    std::size_t r = chart_row;
    chart_row += kChartRows;
    return r;
  };

  // Figures by kind.
  row += 2;
  heading(row, {"Kind", "Figures", "Headline figures"}, "tnn");
  std::array<std::size_t, kKinds> headline_by_kind{};
  for (const HeadlineFact& f : headline.facts()) ++headline_by_kind[static_cast<std::size_t>(f.figure.kind)];
  // The chart shows the distinct facts of the kinds that measure (they come first), so
  // that minor discourse counts, dates and years do not crowd it; the table has them all.
  Range kinds{row + 1, row};
  for (std::size_t k = 0; k < kKinds; ++k) {
    if (counts.by_kind[k] == 0) continue;
    ++row;
    s.text(row, 0, to_string(static_cast<Kind>(k)));
    s.number(row, 1, static_cast<double>(counts.by_kind[k]), "#,##0");
    s.number(row, 2, static_cast<double>(headline_by_kind[k]), "#,##0");
    if (is_headline_kind(static_cast<Kind>(k))) kinds.last = row;
  }
  add_chart(book, ws, next_chart_row(), LXW_CHART_COLUMN, "Distinct facts by kind (minor counts left out)", kinds, 2,
            "#,##0");

  // Figures by unit, most frequent first.
  row += 2;
  heading(row, {"Unit (headline figures)", "Figures", "Unit name"}, "tn");
  std::vector<std::pair<std::string, UnitCount>> units(counts.by_unit.begin(), counts.by_unit.end());
  std::stable_sort(units.begin(), units.end(),
                   [](const auto& a, const auto& b) { return a.second.figures > b.second.figures; });
  std::size_t others = 0, other_units = 0;
  for (std::size_t i = 0; i < units.size(); ++i) {
    if (i >= kTopUnits) {
      others += units[i].second.figures;
      ++other_units;
      continue;
    }
    ++row;
    s.text(row, 0, units[i].first);
    s.number(row, 1, static_cast<double>(units[i].second.figures), kGapped);
    s.text(row, 2, units[i].second.name);
  }
  if (other_units > 0) {
    ++row;
    s.text(row, 0, grouped_number(static_cast<double>(other_units)) + (other_units == 1 ? " other unit" : " other units"),
           Style::note);
    s.number(row, 1, static_cast<double>(others), "#,##0");
  }
  if (units.empty()) s.text(++row, 0, "No figure has a unit.", Style::note);

  // The largest money figures in the most used currency.
  std::string currency;
  std::vector<MoneyFact> money = largest_money(headline, currency);
  row += 2;
  std::string prefix = currency_prefix(currency);
  std::string money_title = "Largest money figures" + (currency.empty() ? std::string() : " (" + currency + ")");
  heading(row, {money_title, "Value", "Subject", "Sources"}, "tntn");
  Range money_rows{row + 1, row};
  for (const MoneyFact& m : money) {
    ++row;
    s.text(row, 0, figure_phrase(m.fact->figure));
    std::string format = number_format(Kind::money, currency, m.amount);
    if (format.find(';') == std::string::npos) format += "\"  \"";  // a gap before the subject
    s.number(row, 1, m.amount, format);
    if (m.fact->subject) s.text(row, 2, *m.fact->subject);
    s.number(row, 3, static_cast<double>(m.fact->mentions), "0");
  }
  money_rows.last = row;
  if (money.empty()) s.text(++row, 0, "No money figures.", Style::note);
  if (std::any_of(money.begin(), money.end(), [](const MoneyFact& m) { return !m.fact->figure.value; }))
    s.text(++row, 0, "Ranges are ranked and charted at their upper bound.", Style::note);
  add_chart(book, ws, next_chart_row(), LXW_CHART_BAR, money_title.c_str(), money_rows, 1,
            scaled_money_format(prefix));

  // Figures per source, most first.
  row += 2;
  heading(row, {"Source", "Figures"}, "tn");
  std::vector<const SourceRecord*> ranked;
  for (const SourceRecord& r : sources.records()) ranked.push_back(&r);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const SourceRecord* a, const SourceRecord* b) { return a->figures > b->figures; });
  if (ranked.size() > kTopSources) ranked.resize(kTopSources);
  Range source_rows{row + 1, row};
  for (const SourceRecord* r : ranked) {
    ++row;
    std::string label = r->title ? *r->title : source_label(*r);
    s.text(row, 0, label);
    s.number(row, 1, static_cast<double>(r->figures), "#,##0");
  }
  source_rows.last = row;
  if (ranked.empty()) s.text(++row, 0, "No sources.", Style::note);
  std::string per_source = sources.records().size() > kTopSources
                               ? "Figures per source (top " + std::to_string(kTopSources) + ")"
                               : std::string("Figures per source");
  add_chart(book, ws, next_chart_row(), LXW_CHART_BAR, per_source.c_str(), source_rows, 1, "#,##0");

  s.set_widths();
  s.print(true, true, 0);
}

}  // namespace factsheet::write
