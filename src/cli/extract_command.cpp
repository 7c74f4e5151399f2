#include <memory>
#include <string>

#include "cli/commands.hpp"
#include "cli/extract_run.hpp"
#include "cli/messages.hpp"
#include "text/years.hpp"
#include "write/claim_filter.hpp"

namespace factsheet::cli {

void add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  auto format = std::make_shared<std::string>("auto");
  auto timestamp = std::make_shared<std::string>("fixed");
  auto kinds = std::make_shared<std::string>();
  CLI::App* cmd = app.add_subcommand("extract", "Find the numeric claims in texts");
  cmd->add_option("--grammars", options->grammars,
                  "Load the grammars from DIR (*.tsv) instead of the built-in copy")
      ->type_name("DIR");
  cmd->add_option("--input-format", *format,
                  "auto: by extension (.jsonl JSON Lines, .html/.htm/.xhtml HTML, .pdf PDF), "
                  "everything else and stdin text (default); or text, jsonl, html, pdf for all")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "html", "pdf"}))
      ->type_name("FORMAT");
  cmd->add_option("-o,--output", options->output,
                  "Write to PATH: .jsonl, .csv, .xlsx (an Excel fact sheet) or .html (a report to read "
                  "in a browser) by extension "
                  "(default: JSON Lines on stdout)")
      ->type_name("PATH");
  cmd->add_option("--timestamp", *timestamp,
                  "xlsx creation time: fixed (default; the same input gives the same bytes) or now")
      ->check(CLI::IsMember({"fixed", "now"}))
      ->type_name("WHEN");
  cmd->add_option("--kinds", *kinds,
                  "Keep only figures of these kinds, comma-separated: money, percent, count, measure, ratio, "
                  "duration, age, ordinal, year, date, time, other")
      ->type_name("KIND,...");
  cmd->add_option("--min-sources", options->min_sources,
                  "Keep only figures whose fact is stated by at least N sources (documents or articles); "
                  "holds the claims until the end of the run")
      ->check(CLI::Range(std::size_t{1}, write::kMaxMinSources))
      ->type_name("N");
  cmd->add_option("--headline", options->headline_rows,
                  "Rows of the workbook's Headline figures sheet: the N most salient facts (default 25)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000000}))
      ->type_name("N");
  cmd->add_flag("--csv-bom", options->csv_bom,
                "Start a CSV output with a UTF-8 byte order mark (for Excel on Windows)");
  add_encoding_option(cmd, options->encoding);
  add_jobs_option(cmd, options->jobs);
  cmd->add_flag("-q,--quiet", options->quiet,
                "No progress line (shown on a terminal when a run takes more than a second)");
  cmd->add_option("--year", options->year,
                  "The year of dates written without one (\"ASTANA, May 20\"), for `date` and `time`")
      ->check(CLI::Range(text::kFirstYear, text::kLastYear))
      ->type_name("YYYY");
  cmd->add_option("INPUT", options->inputs,
                  "Text, HTML, PDF or JSONL files, directories (read recursively), - for stdin")
      ->type_name("PATH")
      ->required();
  cmd->footer(
      "Each document (a file, a JSONL line or the text of a PDF) may be at most " +
      std::to_string(read::kMaxDocumentBytes >> 20) +
      " MiB,\nbut a plain-text UTF-8 file of 4 MiB or more is read in parts of about 1 MiB, of any size.\n"
      "Exit status: 0 ok; 1 some input could not be read (the rest was written); 2 usage;\n"
      "3 the output could not be written (nothing left behind); 4 --grammars failed to load.\n"
      "\n"
      "Examples:\n"
      "  factsheet extract article.txt -o article.xlsx\n"
      "  factsheet extract reports/ --kinds money,percent --min-sources 2 -o figures.csv\n"
      "  cat article.txt | factsheet extract - --year 2024");
  cmd->callback([options, format, timestamp, kinds] {
    std::string bad;
    auto parsed = write::parse_kinds(*kinds, bad);
    if (!parsed) {
      print_error("--kinds: unknown kind '" + bad + "' (see factsheet extract --help)");
      throw CliExit{kUsageError};
    }
    options->kinds = std::move(*parsed);
    // CLI11's check admits only the names parse_input_format knows.
    options->input_format = *read::parse_input_format(*format);
    options->timestamp = *timestamp == "now" ? write::Timestamp::now : write::Timestamp::fixed;
    int status = run_extract(*options);
    if (status != kOk) throw CliExit{status};
  });
}

}  // namespace factsheet::cli
