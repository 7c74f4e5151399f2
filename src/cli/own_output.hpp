// The files a run writes, so that its reader can leave them alone: a directory input
// that holds the output (`factsheet extract DIR -o DIR/out.jsonl`) must not read the
// output of an earlier run, nor the temporary file being written.
#pragma once
#include <string>
#include <vector>

#include "read/input_file.hpp"
#include "write/output.hpp"

namespace factsheet::cli {

// The file at `output`'s path (when one exists) and its temporary file.
std::vector<read::FileId> own_output_files(const write::AtomicFileOutput& output, const std::string& path);

}  // namespace factsheet::cli
