#include "write/report_headlines.hpp"

#include <algorithm>

#include "write/headline_rank.hpp"

namespace factsheet::write {

FigurePosition report_position(std::uint64_t index) {
  return FigurePosition{static_cast<std::uint32_t>(index >> 32), static_cast<std::uint32_t>(index)};
}

std::uint64_t report_index(FigurePosition pos) { return std::uint64_t{pos.sheet} << 32 | pos.row; }

std::vector<ReportHeadline> report_headlines(const HeadlineIndex& index, const SourceIndex& sources,
                                             std::size_t count) {
  std::vector<ReportHeadline> out;
  for (const RankedFact& ranked : rank_headline_facts(index, count)) {
    const HeadlineFact& fact = ranked.fact;
    ReportHeadline h;
    h.figure = ranked.figure;
    h.line = ranked.slide_line;
    h.kind = fact.figure.kind;
    h.subject = fact.subject;
    h.time = fact.time;
    h.sources = fact.mentions;
    h.first_claim = report_index(fact.first);
    h.check = fact.check;
    for (const Mention& m : fact.places) {
      std::string label = source_label(sources.records()[m.source]);
      if (std::find(h.places.begin(), h.places.end(), label) == h.places.end()) h.places.push_back(label);
    }
    out.push_back(std::move(h));
  }
  return out;
}

}  // namespace factsheet::write
