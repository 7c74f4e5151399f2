// `factsheet report`: the reduce step. Claim files written by `extract -o x.jsonl` (one
// per shard of a corpus, from any number of machines) become one output, the same as a
// single `extract` over the whole corpus would write: the workbook with its Headline
// figures, Audit, Sources and Summary built over all claims, or their CSV or JSON Lines.
#pragma once
#include <string>
#include <vector>

#include "write/headline_rank.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::cli {

struct ReportOptions {
  // Claim files in the order their claims are to be written, directories (their .jsonl
  // files, in path order), "-" for standard input.
  std::vector<std::string> inputs;
  std::string grammars;  // empty: the embedded grammars (the workbook's audit rules)
  std::string output;    // empty or "-": JSON Lines on standard output
  write::Timestamp timestamp = write::Timestamp::fixed;
  // --root: the inputs the claim files were extracted from, so that documents are named
  // relative to them as one extract run over those inputs names them.
  std::vector<std::string> roots;
  std::size_t headline_rows = write::kDefaultHeadlineRows;  // --headline
};

// Reads every claim file, in order, into one writer. Returns the exit status
// (cli/commands.hpp Exit) after printing every problem: a file that is not a claim file
// is named with the line that is not a claim, and the output is left out only when no
// input could be read at all.
int run_report(const ReportOptions& options);

}  // namespace factsheet::cli
