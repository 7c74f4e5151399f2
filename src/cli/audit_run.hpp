// `factsheet audit`: options and the run itself, apart from CLI11 wiring.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "read/input_format.hpp"

namespace factsheet::cli {

struct AuditOptions {
  std::vector<std::string> inputs;  // documents or claim files, directories, "-" for stdin
  std::string grammars;             // empty: the embedded grammars
  read::InputFormat input_format = read::InputFormat::auto_detect;
  std::string encoding;             // --encoding, as for extract (claim files are UTF-8)
  std::optional<int> year;          // --year, as for extract
  std::vector<audit::Status> fail_on;  // exit kFindings when one of these is found
  bool json = false;                // --format json
  std::string output;               // empty or "-": standard output
  unsigned jobs = 0;                // --jobs: extraction threads, 0 for one per core
};

// Reads every input (extracting claims from documents, reading claim files as they
// are), audits them together and writes the report. Returns the exit status
// (cli/commands.hpp Exit) after printing every problem.
int run_audit(const AuditOptions& options);

}  // namespace factsheet::cli
