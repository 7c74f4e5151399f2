// `factsheet extract`: options and the run itself, apart from CLI11 wiring.
#pragma once
#include <string>
#include <vector>

#include "read/document_source.hpp"

namespace factsheet::cli {

struct ExtractOptions {
  std::vector<std::string> inputs;  // files, directories, "-" for stdin
  std::string grammars;             // empty: the embedded grammars
  read::InputFormat input_format = read::InputFormat::auto_detect;
  std::string output;               // empty or "-": JSONL on stdout
};

// Runs the extraction; returns the exit status (cli/commands.hpp Exit), after
// printing every problem. The output file is written atomically: it is left
// untouched unless the run succeeds or only some inputs failed.
int run_extract(const ExtractOptions& options);

}  // namespace factsheet::cli
