#include "cli/extract_run.hpp"

#include <exception>
#include <memory>
#include <optional>

#include "cli/claim_pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/input_manifest.hpp"
#include "cli/messages.hpp"
#include "cli/run_output.hpp"
#include "cli/own_output.hpp"
#include "cli/progress.hpp"
#include "cli/xlsx_run_options.hpp"
#include "extract/extractor.hpp"
#include "frame/frame_tables.hpp"
#include "lexicon/lexicon.hpp"
#include "audit/rules.hpp"
#include "write/claim_filter.hpp"
#include "write/claim_writer.hpp"
#include "write/format.hpp"
#include "write/output.hpp"

namespace factsheet::cli {
namespace {


// The output format, or nullopt after reporting a usage error.
std::optional<write::OutputFormat> output_format(const std::string& output) {
  if (is_stdout(output)) return write::OutputFormat::jsonl;
  auto format = write::format_for_path(output);
  if (!format) {
    std::string ext(write::path_extension(output));
    print_error("-o " + output + ": " +
                (ext.empty() ? std::string("no file extension")
                             : "unknown output extension \"" + ext + "\"") +
                " (use .jsonl, .csv, .xlsx or .html; see factsheet extract --help)");
    return std::nullopt;
  }
  return format;
}

std::shared_ptr<const Lexicon> load_lexicon(const std::string& grammars) {
  if (grammars.empty()) return Lexicon::embedded();
  auto lexicon = Lexicon::from_directory(grammars);
  frame::frame_tables(*lexicon);  // the frame's tables of DIR, checked before any input is read
  return lexicon;
}

}  // namespace

int run_extract(const ExtractOptions& options) {
  auto format = output_format(options.output);
  if (!format) return kUsageError;

  std::shared_ptr<const Lexicon> lexicon;
  try {
    lexicon = load_lexicon(options.grammars);
  } catch (const LexiconError& e) {
    print_error(e.what());  // names file and line
    return kGrammarError;
  } catch (const std::exception& e) {
    print_error((options.grammars.empty() ? std::string("embedded grammars") : options.grammars) +
                ": " + e.what());
    return kGrammarError;
  }
  Extractor extractor(lexicon, ExtractorOptions{options.year});

  // An xlsx fact sheet records its run: command line, inputs with checksums (taken
  // as the inputs are read), rules.
  write::XlsxOptions xlsx;
  InputManifest manifest;
  // The HTML report lists headline figures and audit findings by the same rules.
  if (*format == write::OutputFormat::xlsx || *format == write::OutputFormat::html) {
    try {
      xlsx = xlsx_run_options(options, lexicon);
      xlsx.inputs = manifest.files();
    } catch (const LexiconError& e) {
      print_error(e.what());
      return kGrammarError;
    }
  }

  std::optional<RunOutput> opened = open_run_output(options.output);
  if (!opened) return kOutputError;
  auto& [out, file] = *opened;

  Progress progress(!options.quiet && stderr_is_terminal(),
                    *format == write::OutputFormat::xlsx ? &manifest : nullptr);
  if (!options.quiet && stderr_is_terminal()) progress.set_total(input_bytes(options.inputs));

  std::size_t input_errors = 0;
  read::ReadOptions read_options;
  read_options.format = options.input_format;
  read_options.skip_claim_files = true;  // the output of an earlier run is not a document
  if (file) read_options.skip_files = own_output_files(*file, options.output);
  read_options.observer = &progress;
  read_options.encoding = options.encoding;
  read_long_texts_in_parts(read_options, *lexicon);
  read::DocumentSource source(options.inputs, read_options, [&](const read::Diagnostic& d) {
    progress.finish();
    if (d.severity == read::Severity::error) {
      ++input_errors;
      print_error(d.message);
    } else {
      print_warning(d.message);
    }
  });
  auto on_extract_error = [&](const std::string& message) {
    progress.finish();
    ++input_errors;
    print_error(message);
  };

  try {
    std::unique_ptr<write::ClaimWriter> writer =
        write::make_claim_writer(*format, *out, xlsx, write::CsvOptions{options.csv_bom});
    write::ClaimFilter filter{options.kinds, options.min_sources, xlsx.minor_nouns};
    if (filter.min_sources > 1 && *format != write::OutputFormat::xlsx)
      filter.minor_nouns = audit::load_audit_rules(lexicon, options.grammars)->minor_nouns;
    if (filter.active()) writer = std::make_unique<write::FilteringWriter>(std::move(writer), std::move(filter));
    PipelineStats stats = run_pipeline(source, extractor, *writer, on_extract_error, options.jobs,
                                       [&](std::size_t claims) { progress.update(claims); });
    progress.finish();
    if (input_errors > 0 && stats.documents == stats.failed) {
      // Every input failed: leave no (empty) output behind. `out` removes its temp file.
      return kInputError;
    }
    writer->finish();
    if (file) file->commit();
  } catch (const write::OutputError& e) {
    print_error(e.what());
    return kOutputError;  // the temp file goes with `out`
  }
  return input_errors > 0 ? kInputError : kOk;
}

}  // namespace factsheet::cli
