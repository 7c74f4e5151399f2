#include "cli/report_run.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <exception>
#include <memory>
#include <optional>

#include <nlohmann/json.hpp>

#include "audit/rules.hpp"
#include "cli/claim_pipeline.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/input_manifest.hpp"
#include "cli/messages.hpp"
#include "cli/run_output.hpp"
#include "cli/own_output.hpp"
#include "lexicon/lexicon.hpp"
#include "read/claim_file.hpp"
#include "read/document_source.hpp"
#include "read/file_walk.hpp"
#include "read/line_reader.hpp"
#include "read/size_limit.hpp"
#include "write/claim_writer.hpp"
#include "write/format.hpp"
#include "write/output.hpp"

namespace factsheet::cli {
namespace {


bool is_directory(const std::string& path) {
  struct stat st;
  return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool is_jsonl_name(const std::string& path) {
  std::string ext(write::path_extension(path));
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext == ".jsonl";
}

// "use .jsonl, .csv or .xlsx": the extensions the writers' dispatch knows, so that a new
// writer shows up here by itself.
std::string known_extensions() {
  std::vector<std::string> known;
  for (const char* ext : {".jsonl", ".csv", ".xlsx", ".html", ".htm", ".json", ".md"})
    if (write::format_for_path(std::string("x") + ext)) known.emplace_back(ext);
  std::string out = "use ";
  for (std::size_t i = 0; i < known.size(); ++i)
    out += (i == 0 ? "" : i + 1 == known.size() ? " or " : ", ") + known[i];
  return out;
}

// The output format by extension, through the same dispatch as extract; nullopt after
// reporting a usage error.
std::optional<write::OutputFormat> output_format(const std::string& output) {
  if (is_stdout(output)) return write::OutputFormat::jsonl;
  auto format = write::format_for_path(output);
  if (!format) {
    std::string ext(write::path_extension(output));
    print_error("-o " + output + ": " +
                (ext.empty() ? std::string("no file extension") : "unknown output extension \"" + ext + "\"") +
                " (" + known_extensions() + ")");
  }
  return format;
}

// Why the first record of a file that is not a claim file is not a claim, for its error.
std::string not_a_claim(const std::string& line) {
  std::string_view text(line);
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  nlohmann::json object = nlohmann::json::parse(text, nullptr, false);
  if (object.is_discarded()) return "not JSON, so not a claim file";
  if (object.is_object() && object.contains("text") && !object.contains("kind"))
    return "a document record, not a claim (run `factsheet extract` on documents; report reads its claim files)";
  return "not a claim record (a claim has \"kind\" and \"start\"; report reads the claim files that "
         "`factsheet extract -o FILE.jsonl` writes)";
}

class ReportRun {
 public:
  ReportRun(write::ClaimWriter& writer, read::ReadObserver* manifest, std::vector<read::FileId> own_output)
      : writer_(writer), manifest_(manifest), own_output_(std::move(own_output)) {}

  void input(const std::string& path) {
    if (!is_directory(path)) {
      file(path);
      return;
    }
    auto sink = [&](const read::Diagnostic& d) { error(d.message); };
    bool any = false;
    for (const std::string& p : read::list_document_files(path, sink)) {
      if (!is_jsonl_name(p)) continue;
      any = true;
      file(p);
    }
    if (!any) error(path + ": no .jsonl claim files in this directory");
  }

  std::size_t errors() const { return errors_; }
  std::size_t files_read() const { return read_ok_; }

 private:
  void error(const std::string& message) {
    ++errors_;
    print_error(message);
  }

  // One claim file, read once, front to back; its claims go to the writer in order.
  void file(const std::string& path) {
    auto sink = [&](const read::Diagnostic& d) {
      if (d.severity == read::Severity::error)
        error(d.message);
      else
        print_warning(d.message);
    };
    try {
      auto input = read::open_input(path, manifest_);  // a failure to open is listed too
      if (std::find(own_output_.begin(), own_output_.end(), input->id()) != own_output_.end()) {
        print_warning(path + ": the output of this run; not read");
        return;
      }
      input->observe(manifest_);
      read::LineReader lines(std::move(input), read::kMaxDocumentBytes);
      if (!read::starts_with_claim_record(lines)) {
        std::string first;
        read::LineReader::Status status = lines.next(first);
        if (status == read::LineReader::Status::end) {  // an empty shard: no claims
          ++read_ok_;
          return;
        }
        std::string where = lines.name() + ":" + std::to_string(lines.line_number());
        if (status == read::LineReader::Status::line)
          error(where + ": " + not_a_claim(first) + "; the file is not read");
        else
          error(where + ": line larger than the " + read::size_limit_text(lines.limit()) +
                " limit, so not a claim file; the file is not read");
        return;
      }
      std::size_t before = errors_;
      std::size_t claims = read::read_claims(lines, [&](Claim&& c) { writer_.write(c); }, sink);
      if (claims > 0 || errors_ == before) ++read_ok_;
    } catch (const read::ReadError& e) {
      error(e.what());
    }
  }

  write::ClaimWriter& writer_;
  read::ReadObserver* manifest_;
  std::vector<read::FileId> own_output_;
  std::size_t errors_ = 0;
  std::size_t read_ok_ = 0;  // files that gave claims, or were empty
};

}  // namespace

int run_report(const ReportOptions& o) {
  auto format = output_format(o.output);
  if (!format) return kUsageError;

  // The workbook's Headline and Audit rules come from the grammars, as in extract.
  write::XlsxOptions xlsx;
  xlsx.index_thread = resolve_jobs(0) > 1;  // the indexes beside the rows, on a second core
  xlsx.deflate_threads = resolve_jobs(0);
  InputManifest manifest;
  bool workbook = *format == write::OutputFormat::xlsx;
  if (workbook || !o.grammars.empty()) {
    try {
      auto lexicon = o.grammars.empty() ? Lexicon::embedded() : Lexicon::from_directory(o.grammars);
      xlsx.audit_rules = audit::load_audit_rules(lexicon, o.grammars);
      xlsx.minor_nouns = xlsx.audit_rules->minor_nouns;
    } catch (const LexiconError& e) {
      print_error(e.what());  // names file and line
      return kGrammarError;
    } catch (const std::exception& e) {
      print_error((o.grammars.empty() ? std::string("embedded grammars") : o.grammars) + ": " + e.what());
      return kGrammarError;
    }
  }
  // The About sheet lists this run's inputs: the claim files, with their SHA-256.
  xlsx.command_line = command_line();
  xlsx.timestamp = o.timestamp;
  xlsx.inputs = manifest.files();
  xlsx.input_roots = o.roots;
  xlsx.headline_rows = o.headline_rows;

  std::optional<RunOutput> opened = open_run_output(o.output);
  if (!opened) return kOutputError;
  auto& [out, file] = *opened;

  try {
    auto writer = write::make_claim_writer(*format, *out, xlsx);
    ReportRun run(*writer, workbook ? &manifest : nullptr, file ? own_output_files(*file, o.output)
                                                                : std::vector<read::FileId>{});
    for (const std::string& input : o.inputs) run.input(input);
    // Nothing could be read: leave no (empty) output behind. `out` removes its temp file.
    if (run.errors() > 0 && run.files_read() == 0) return kInputError;
    writer->finish();
    if (file) file->commit();
    return run.errors() > 0 ? kInputError : kOk;
  } catch (const write::OutputError& e) {
    print_error(e.what());
    return kOutputError;  // the temp file goes with `out`
  }
}

}  // namespace factsheet::cli
