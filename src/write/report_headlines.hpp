// The headline figures the HTML report lists: the same ranking and slide lines as the
// workbook's Headline figures sheet (headline_rank.hpp), the `count` most salient facts,
// with the places that state each.
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "write/headline_index.hpp"
#include "write/source_index.hpp"

namespace factsheet::write {

struct ReportHeadline {
  std::string figure;  // as said aloud: "US$41 billion", "more than 180"
  std::string line;    // a slide line: "Bilateral trade: US$41 billion in 2023"
  Kind kind = Kind::count;
  std::optional<std::string> subject, time;
  std::size_t sources = 0;          // places that state it
  std::vector<std::string> places;  // "brief.txt #2", each once, at most HeadlineIndex::kMaxPlaces
  std::uint64_t first_claim = 0;    // the run's index of its first mention (FigurePosition)
  FactCheck check = FactCheck::none;  // the audit's finding for it
};

std::vector<ReportHeadline> report_headlines(const HeadlineIndex& index, const SourceIndex& sources,
                                             std::size_t count);

// The position the report records for the run's claim number `index`, and back.
FigurePosition report_position(std::uint64_t index);
std::uint64_t report_index(FigurePosition pos);

}  // namespace factsheet::write
