// The About sheet: the tool and its version, the command line, the input files with
// size and SHA-256, what each sheet and column holds, how to read the qualifier and
// change columns, the Headline figures rules and the workbook's limits.
#pragma once
#include <ctime>
#include <string>
#include <string_view>

#include "write/headline_index.hpp"
#include "write/xlsx_book.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::write {

inline constexpr std::string_view kAboutSheet = "About";

// An argument as a POSIX shell would need it: as is when it holds only safe
// characters, else in single quotes ("it's" -> 'it'\''s').
std::string shell_quote(std::string_view arg);

struct AboutFacts {
  const XlsxOptions* options = nullptr;
  std::time_t created = 0;
  bool streamed = false;          // constant-memory mode
  std::size_t figures_sheets = 1;
  const HeadlineIndex* headline = nullptr;
};

void write_about_sheet(Book& book, lxw_worksheet* ws, const AboutFacts& facts);

}  // namespace factsheet::write
