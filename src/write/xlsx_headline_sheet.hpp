// The Headline figures sheet: the most salient distinct facts (headline_index.hpp,
// ranked by headline_rank.hpp), best first, each with its slide line and linked to its
// first mention's row on Figures.
#pragma once
#include <cstddef>

#include "write/headline_index.hpp"
#include "write/source_index.hpp"
#include "write/xlsx_book.hpp"

namespace factsheet::write {

inline constexpr std::string_view kHeadlineSheet = "Headline figures";

// "001.txt #1 3:15; wire.txt #2 40:1; … and 3 more": where a fact is stated.
std::string places_text(const HeadlineFact& fact, const SourceIndex& sources);

// The `rows` most salient facts, best first.
void write_headline_sheet(Book& book, lxw_worksheet* ws, const HeadlineIndex& headline, const SourceIndex& sources,
                          std::size_t rows);

}  // namespace factsheet::write
