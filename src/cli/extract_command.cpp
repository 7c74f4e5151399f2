#include <map>
#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/extract_run.hpp"

namespace factsheet::cli {

void add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  auto format = std::make_shared<std::string>("auto");
  CLI::App* cmd = app.add_subcommand("extract", "Find the numeric claims in texts");
  cmd->add_option("--grammars", options->grammars,
                  "Load the grammars from DIR (*.tsv) instead of the built-in copy")
      ->type_name("DIR");
  cmd->add_option("--input-format", *format,
                  "auto: .jsonl files are JSON Lines, everything else text (default)")
      ->check(CLI::IsMember({"auto", "text", "jsonl"}))
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", options->output,
                  "Write to PATH: .jsonl or .csv by extension (default: JSON Lines on stdout)")
      ->type_name("PATH");
  cmd->add_option("INPUT", options->inputs,
                  "Text or JSONL files, directories (read recursively), - for stdin")
      ->type_name("PATH")
      ->required();
  cmd->footer(
      "Each document (a text file or a JSONL line) may be at most " +
      std::to_string(read::kMaxDocumentBytes >> 20) +
      " MiB.\n"
      "Exit status: 0 ok; 1 some input could not be read (the rest was written); 2 usage;\n"
      "3 the output could not be written (nothing left behind); 4 --grammars failed to load.");
  cmd->callback([options, format] {
    static const std::map<std::string, read::InputFormat> kFormats = {
        {"auto", read::InputFormat::auto_detect},
        {"text", read::InputFormat::text},
        {"jsonl", read::InputFormat::jsonl}};
    options->input_format = kFormats.at(*format);
    int status = run_extract(*options);
    if (status != kOk) throw CliExit{status};
  });
}

}  // namespace factsheet::cli
