// Where a command writes: standard output, or a file that appears only once it is whole
// (write::AtomicFileOutput). Shared by extract, audit and report.
#pragma once
#include <memory>
#include <optional>
#include <string>

#include "write/output.hpp"

namespace factsheet::cli {

// "" and "-" mean standard output.
bool is_stdout(const std::string& output);

struct RunOutput {
  std::unique_ptr<write::Output> out;
  write::AtomicFileOutput* file = nullptr;  // the file being written; null for standard output
};

// Opens the output before anything is read, so that an unwritable destination fails fast.
// On failure prints the one-line error and returns nothing.
std::optional<RunOutput> open_run_output(const std::string& output);

}  // namespace factsheet::cli
