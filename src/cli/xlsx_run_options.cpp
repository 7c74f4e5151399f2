#include "cli/xlsx_run_options.hpp"

#include "cli/command_line.hpp"
#include "cli/input_manifest.hpp"
#include "lexicon/discourse_nouns.hpp"

namespace factsheet::cli {

write::XlsxOptions xlsx_run_options(const ExtractOptions& options) {
  write::XlsxOptions x;
  for (std::string& noun : load_discourse_nouns(options.grammars)) x.minor_nouns.insert(std::move(noun));
  x.command_line = command_line();
  x.inputs = input_manifest(options.inputs);
  x.timestamp = options.timestamp;
  return x;
}

}  // namespace factsheet::cli
