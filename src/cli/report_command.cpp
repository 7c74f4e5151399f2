#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/report_run.hpp"

namespace factsheet::cli {

void add_report_command(CLI::App& app) {
  auto options = std::make_shared<ReportOptions>();
  auto timestamp = std::make_shared<std::string>("fixed");
  CLI::App* cmd = app.add_subcommand(
      "report", "Build one fact sheet from the claim files of many extract runs (the reduce step)");
  cmd->add_option("--grammars", options->grammars,
                  "Load the grammars from DIR (*.tsv) for the workbook's Headline and Audit rules, as for extract")
      ->type_name("DIR");
  cmd->add_option("-o,--output", options->output,
                  "Write to PATH, format by extension as for extract: .xlsx, .html, .csv or .jsonl "
                  "(default: JSON Lines on stdout); claim files hold no document text, so an HTML "
                  "report lists the figures and findings without the texts")
      ->type_name("PATH");
  cmd->add_option("--timestamp", *timestamp,
                  "xlsx creation time: fixed (default; the same input gives the same bytes) or now")
      ->check(CLI::IsMember({"fixed", "now"}))
      ->type_name("WHEN");
  cmd->add_option("--root", options->roots,
                  "An input the claim files were extracted from (repeat for each): documents are named "
                  "relative to it on the sheets, as one extract run over these inputs names them")
      ->allow_extra_args(false)  // one path per --root: the claim files follow
      ->type_name("PATH");
  cmd->add_option("--headline", options->headline_rows,
                  "Rows of the workbook's Headline figures sheet: the N most salient facts (default 25)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
      ->type_name("N");
  cmd->add_option("CLAIMS", options->inputs,
                  "JSON Lines claim files written by `extract -o x.jsonl`, in order; directories (their "
                  ".jsonl files in path order); - for stdin")
      ->type_name("PATH")
      ->required();
  cmd->footer(
      "The claims are written in the order given, so shards of a corpus given in the corpus's order\n"
      "give the same output as one extract run over the whole corpus.\n"
      "Exit status: 0 ok; 1 some input could not be read (the rest was written); 2 usage;\n"
      "3 the output could not be written (nothing left behind); 4 --grammars failed to load.");
  cmd->callback([options, timestamp] {
    options->timestamp = *timestamp == "now" ? write::Timestamp::now : write::Timestamp::fixed;
    int status = run_report(*options);
    if (status != kOk) throw CliExit{status};
  });
}

}  // namespace factsheet::cli
