// `factsheet audit`: options and the run itself, apart from CLI11 wiring.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "audit/finding.hpp"
#include "read/input_format.hpp"
#include "write/format.hpp"

namespace factsheet::cli {

struct AuditOptions {
  std::vector<std::string> inputs;  // documents or claim files, directories, "-" for stdin
  std::string grammars;             // empty: the embedded grammars
  read::InputFormat input_format = read::InputFormat::auto_detect;
  std::string encoding;             // --encoding, as for extract (claim files are UTF-8)
  std::optional<int> year;          // --year, as for extract
  std::vector<audit::Status> fail_on;  // exit kFindings when one of these is found
  // The report's format: by -o's extension, else --format (text unless json).
  write::ReportFormat report = write::ReportFormat::text;
  std::optional<std::string> format;  // --format as given, if it was
  std::string output;               // empty or "-": standard output
  unsigned jobs = 0;                // --jobs: extraction threads, 0 for one per core
  std::vector<std::string> command_line;  // for a workbook's About sheet
};

// The report format for `o` (from -o's extension or --format), or nullopt after printing
// a usage error: an unknown extension, or --format naming another format than -o.
std::optional<write::ReportFormat> choose_report_format(const AuditOptions& o);

// Reads every input (extracting claims from documents, reading claim files as they
// are), audits them together and writes the report. Returns the exit status
// (cli/commands.hpp Exit) after printing every problem.
int run_audit(const AuditOptions& options);

}  // namespace factsheet::cli
