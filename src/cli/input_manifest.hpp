// The input files of a run with their size and SHA-256, for the About sheet of an
// xlsx fact sheet. Directories are listed the way the reader walks them.
#pragma once
#include <string>
#include <vector>

#include "write/xlsx_options.hpp"

namespace factsheet::cli {

// Reads every file once more to checksum it; standard input ("-") is listed without
// size or checksum, and a file that cannot be read says why in its note.
std::vector<write::InputFileInfo> input_manifest(const std::vector<std::string>& inputs);

}  // namespace factsheet::cli
