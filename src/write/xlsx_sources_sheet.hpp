// The Sources sheet: one row per document or article (source_index.hpp) with its
// title, agency, date and number of figures; each links to its first figure.
#pragma once
#include "write/source_index.hpp"
#include "write/xlsx_book.hpp"

namespace factsheet::write {

void write_sources_sheet(Book& book, lxw_worksheet* ws, const SourceIndex& sources);

}  // namespace factsheet::write
