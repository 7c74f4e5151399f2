// Subcommands of the factsheet CLI. Each registers itself on the app and runs
// through the callback it installs; the exit status is reported via CliExit.
#pragma once
#include <CLI/CLI.hpp>
#include <string>

namespace factsheet::cli {

// Exit statuses documented in the README.
enum Exit : int {
  kOk = 0,
  kInputError = 1,   // an input could not be read or parsed (the rest was processed)
  kUsageError = 2,   // bad command line
  kOutputError = 3,  // the output could not be written; nothing was left behind
  kGrammarError = 4, // --grammars DIR could not be loaded
  kCheckFailed = 5,  // a requested check failed (e.g. eval --min-f1)
  kFindings = 6,     // audit --fail-on: a finding of a named class exists
};

// Thrown by a subcommand callback to end the program with a status after printing `what()`.
struct CliExit {
  int status;
};

// Options shared by the subcommands that extract.
void add_jobs_option(CLI::App* cmd, unsigned& jobs);  // -j/--jobs N: extraction threads
void add_encoding_option(CLI::App* cmd, std::string& encoding);  // --encoding NAME

void add_extract_command(CLI::App& app);
void add_eval_command(CLI::App& app);
void add_audit_command(CLI::App& app);
void add_report_command(CLI::App& app);

}  // namespace factsheet::cli
