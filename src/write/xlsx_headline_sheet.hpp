// The Headline figures sheet: one row per distinct fact (headline_index.hpp), in
// order of first mention, each linked to that mention's row on Figures.
#pragma once
#include "write/headline_index.hpp"
#include "write/source_index.hpp"
#include "write/xlsx_book.hpp"

namespace factsheet::write {

inline constexpr std::string_view kHeadlineSheet = "Headline figures";

// "doc.txt @5123; doc.txt #2 @880; … and 3 more": where a fact is stated.
std::string places_text(const HeadlineFact& fact, const SourceIndex& sources);

void write_headline_sheet(Book& book, lxw_worksheet* ws, const HeadlineIndex& headline, const SourceIndex& sources);

}  // namespace factsheet::write
