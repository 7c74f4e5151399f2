// `factsheet extract`: options and the run itself, apart from CLI11 wiring.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "read/document_source.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::cli {

struct ExtractOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin
  std::string grammars;             // empty: the embedded grammars
  read::InputFormat input_format = read::InputFormat::auto_detect;
  std::string encoding;             // --encoding: "" guesses the encoding of non-UTF-8 input
  std::string output;               // empty or "-": JSONL on stdout
  std::optional<int> year;          // --year: completes dates written without a year
  write::Timestamp timestamp = write::Timestamp::fixed;  // --timestamp: xlsx creation time
  unsigned jobs = 0;                // --jobs: extraction threads, 0 for one per core
  bool csv_bom = false;             // --csv-bom: a UTF-8 byte order mark first in CSV
  std::vector<Kind> kinds;          // --kinds: keep these kinds only (empty: all)
  std::size_t min_sources = 1;      // --min-sources: keep facts stated by this many sources
  std::size_t headline_rows = write::kDefaultHeadlineRows;  // --headline: rows of Headline figures
  bool quiet = false;               // --quiet: no progress line
};

// Runs the extraction; returns the exit status (cli/commands.hpp Exit), after
// printing every problem. The output file is written atomically: it is left
// untouched unless the run succeeds or only some inputs failed.
int run_extract(const ExtractOptions& options);

}  // namespace factsheet::cli
