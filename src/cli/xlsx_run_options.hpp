// The run metadata an xlsx fact sheet records, gathered from the extract options.
#pragma once
#include "cli/extract_run.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::cli {

// Command line, input files with checksums, timestamp mode and the minor-count nouns
// (from the same grammars as the extractor). Throws LexiconError when those cannot
// be loaded.
write::XlsxOptions xlsx_run_options(const ExtractOptions& options);

}  // namespace factsheet::cli
