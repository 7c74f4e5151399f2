#include <memory>
#include <string>

#include "cli/audit_run.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "read/document_source.hpp"
#include "text/years.hpp"

namespace factsheet::cli {

void add_audit_command(CLI::App& app) {
  auto options = std::make_shared<AuditOptions>();
  auto format = std::make_shared<std::string>("auto");
  auto report = std::make_shared<std::string>("text");
  auto fail_on = std::make_shared<std::vector<std::string>>();
  CLI::App* cmd = app.add_subcommand(
      "audit", "Cross-check the figures of texts or claim files: corroborations, conflicts, arithmetic");
  cmd->add_option("--input-format", *format,
                  "auto: by extension, as for extract; a .jsonl file whose first record is a claim (with "
                  "\"kind\" and \"start\") is a claim file of an earlier run; or text, jsonl, html, pdf for all")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "pdf"}))
      ->type_name("FORMAT");
  add_encoding_option(cmd, options->encoding);
  add_jobs_option(cmd, options->jobs);
  cmd->add_option("--year", options->year,
                  "The year of dates written without one (\"ASTANA, May 20\"), as for extract")
      ->check(CLI::Range(text::kFirstYear, text::kLastYear))
      ->type_name("YYYY");
  cmd->add_option("--grammars", options->grammars, "Load the grammars from DIR (*.tsv) instead of the built-in copy")
      ->type_name("DIR");
  cmd->add_option("--fail-on", *fail_on,
                  "Exit with status 6 when a finding of this class exists: conflict or arithmetic; repeatable")
      ->check(CLI::IsMember({"conflict", "arithmetic"}))
      ->delimiter(',')
      ->type_name("CLASS")
      ->expected(1)  // one value per --fail-on, so that inputs can follow it
      ->allow_extra_args(false)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  cmd->add_option("--format", *report,
                  "The report on standard output: text (default) or json (one JSON document); with -o, the "
                  "file's extension picks it")
      ->check(CLI::IsMember({"text", "json"}))
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", options->output,
                  "Write the report to PATH: .txt text, .json JSON, .xlsx an Excel fact sheet with its Audit "
                  "sheet, .html an HTML report (default: standard output)")
      ->type_name("PATH");
  cmd->add_option("INPUT", options->inputs,
                  "Text, HTML, PDF or JSONL documents, JSONL claim files, directories, - for stdin")
      ->type_name("PATH")
      ->required();
  cmd->footer(
      "Exit status: 0 ok; 1 some input could not be read (the rest was audited); 2 usage;\n"
      "3 the report could not be written (nothing left behind); 4 --grammars failed to load;\n"
      "6 a finding of a --fail-on class exists.\n"
      "\n"
      "Examples:\n"
      "  factsheet audit article.txt --year 2024\n"
      "  factsheet audit --fail-on conflict,arithmetic drafts/ -o audit.xlsx\n"
      "  factsheet audit shards/*.jsonl -o audit.json");
  cmd->callback([cmd, options, format, report, fail_on] {
    // CLI11's check admits only the names parse_input_format knows.
    options->input_format = *read::parse_input_format(*format);
    options->format.reset();
    if (cmd->count("--format") > 0) options->format = *report;
    auto chosen = choose_report_format(*options);
    if (!chosen) throw CliExit{kUsageError};
    options->report = *chosen;
    options->command_line = command_line();
    options->fail_on.clear();
    for (const std::string& s : *fail_on) options->fail_on.push_back(*audit::parse_status(s));
    int status = run_audit(*options);
    if (status != kOk) throw CliExit{status};
  });
}

}  // namespace factsheet::cli
