#include "write/report_headlines.hpp"

#include <algorithm>

#include "write/figure_phrase.hpp"

namespace factsheet::write {

FigurePosition report_position(std::uint64_t index) {
  return FigurePosition{static_cast<std::uint32_t>(index >> 32), static_cast<std::uint32_t>(index)};
}

std::uint64_t report_index(FigurePosition pos) { return std::uint64_t{pos.sheet} << 32 | pos.row; }

std::vector<ReportHeadline> report_headlines(const HeadlineIndex& index, const SourceIndex& sources,
                                             std::size_t count) {
  std::vector<ReportHeadline> out;
  for (const HeadlineFact& fact : index.facts()) {
    if (out.size() >= count) break;
    ReportHeadline h;
    h.figure = figure_phrase(fact.figure);
    h.kind = fact.figure.kind;
    h.subject = fact.subject;
    h.time = fact.time;
    h.sources = fact.mentions;
    h.first_claim = report_index(fact.first);
    for (const Mention& m : fact.places) {
      std::string label = source_label(sources.records()[m.source]);
      if (std::find(h.places.begin(), h.places.end(), label) == h.places.end()) h.places.push_back(label);
    }
    std::string what = h.figure;
    // A count's noun has a column of its own on the sheet; the line needs it.
    if (fact.figure.kind == Kind::count && !fact.figure.unit.empty()) what += " (" + fact.figure.unit + ")";
    if (h.subject && !h.subject->empty()) {
      std::string subject = *h.subject;
      if (subject[0] >= 'a' && subject[0] <= 'z') subject[0] = static_cast<char>(subject[0] - 'a' + 'A');
      h.line = subject + ": " + what;
    } else {
      h.line = what;
    }
    if (h.time) h.line += " in " + *h.time;
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace factsheet::write
