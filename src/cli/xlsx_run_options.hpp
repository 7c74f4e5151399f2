// The run metadata an xlsx fact sheet records, gathered from the extract options.
#pragma once
#include <memory>

#include "cli/extract_run.hpp"
#include "lexicon/lexicon.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::cli {

// Command line, timestamp mode, the minor-count nouns and the audit's rules (from the
// same grammars as the extractor, whose `lexicon` they share); the input files are
// recorded while they are read (cli/input_manifest.hpp). Throws LexiconError when the
// rules cannot be loaded.
write::XlsxOptions xlsx_run_options(const ExtractOptions& options, std::shared_ptr<const Lexicon> lexicon);

}  // namespace factsheet::cli
