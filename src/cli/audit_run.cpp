#include "cli/audit_run.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <memory>

#include "audit/auditor.hpp"
#include "cli/claim_pipeline.hpp"
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "cli/run_output.hpp"
#include "cli/own_output.hpp"
#include "extract/extractor.hpp"
#include "lexicon/lexicon.hpp"
#include "read/claim_file.hpp"
#include "read/file_walk.hpp"
#include "read/line_reader.hpp"
#include "cli/input_manifest.hpp"
#include "write/audit_report.hpp"
#include "write/claim_writer.hpp"
#include "write/claim_json.hpp"
#include "write/output.hpp"

namespace factsheet::cli {
namespace {


bool is_directory(const std::string& path) {
  struct stat st;
  return path != "-" && ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The claims of the run: fed to the auditor and, for a JSON report, kept as JSON records
// (only those of the figures that take part; their ref is their index here).
class AuditFeed final : public write::ClaimWriter {
 public:
  AuditFeed(audit::Auditor& auditor, bool keep_records, write::ClaimWriter* workbook)
      : auditor_(auditor), keep_(keep_records), workbook_(workbook) {}

  void write(const Claim& claim) override {
    if (workbook_) workbook_->write(claim);  // every claim: the workbook's Figures list them all
    if (!auditor_.add(claim, figures_)) return;
    ++figures_;
    if (!keep_) return;
    offsets_.push_back(records_.size());
    write::append_claim_json(records_, claim);
  }
  void finish() override {}
  // A report that shows each document's text (HTML) gets the documents too.
  bool wants_documents() const override { return workbook_ && workbook_->wants_documents(); }
  void begin_document(const Document& doc) override { workbook_->begin_document(doc); }
  void end_document() override { workbook_->end_document(); }

  std::string_view record(std::uint64_t ref) const {
    std::size_t begin = offsets_[ref];
    std::size_t end = ref + 1 < offsets_.size() ? offsets_[ref + 1] : records_.size();
    return std::string_view(records_).substr(begin, end - begin);
  }

 private:
  audit::Auditor& auditor_;
  bool keep_;
  write::ClaimWriter* workbook_;
  std::uint64_t figures_ = 0;
  std::string records_;               // the claim records, one after the other
  std::vector<std::size_t> offsets_;  // where each starts
};

struct Problems {
  std::size_t inputs = 0;  // inputs, lines or documents that could not be read
  void error(const std::string& message) {
    ++inputs;
    print_error(message);
  }
};

// One input file: a claim file, or documents to extract claims from. It is read once:
// a JSONL file's first record tells which it is, and the same reader goes on.
void read_file(const std::string& path, const AuditOptions& o, const std::vector<read::FileId>& own_output,
               const Extractor& extractor, AuditFeed& feed, Problems& problems, std::size_t& read_ok,
               read::ReadObserver* observer) {
  auto sink = [&](const read::Diagnostic& d) {
    if (d.severity == read::Severity::error)
      problems.error(d.message);
    else
      print_warning(d.message);
  };
  read::ReadOptions read_options;
  read_options.format = o.input_format;
  read_options.encoding = o.encoding;
  read_options.skip_files = own_output;
  read_options.observer = observer;
  read_long_texts_in_parts(read_options, extractor.lexicon());
  std::unique_ptr<read::DocumentSource> source;
  if (read::resolve_format(o.input_format, path) == read::InputFormat::jsonl) {
    std::unique_ptr<read::LineReader> lines;
    try {
      auto file = std::make_unique<read::InputFile>(path);
      if (std::find(own_output.begin(), own_output.end(), file->id()) != own_output.end()) {
        print_warning(path + ": the output of this run; not read");
        return;
      }
      lines = std::make_unique<read::LineReader>(std::move(file), read_options.max_document_bytes);
      if (read::starts_with_claim_record(*lines)) {
        std::size_t before = problems.inputs;
        std::size_t claims = read::read_claims(*lines, [&](Claim&& c) { feed.write(c); }, sink);
        if (claims > 0 || problems.inputs == before) ++read_ok;
        return;
      }
    } catch (const read::ReadError& e) {
      problems.error(e.what());
      return;
    }
    source = std::make_unique<read::DocumentSource>(std::move(lines), read_options, sink);
  } else {
    source = std::make_unique<read::DocumentSource>(std::vector<std::string>{path}, read_options, sink);
  }
  PipelineStats stats = run_pipeline(*source, extractor, feed, [&](const std::string& m) { problems.error(m); }, o.jobs);
  if (stats.documents > stats.failed) ++read_ok;
}

// The one place an audit report is written, whatever its format.
void write_report(write::ReportFormat format, write::Output& out, const std::vector<audit::Finding>& findings,
                  const audit::Auditor& auditor, const AuditFeed& feed, write::ClaimWriter* workbook) {
  switch (format) {
    case write::ReportFormat::text: write::write_audit_text(out, findings, auditor); return;
    case write::ReportFormat::json:
      write::write_audit_json(out, findings, auditor, [&](std::uint64_t ref) { return feed.record(ref); });
      return;
    case write::ReportFormat::xlsx:
    case write::ReportFormat::html: workbook->finish(); return;
  }
}

std::vector<std::size_t> count_by_status(const std::vector<audit::Finding>& findings) {
  std::vector<std::size_t> counts(static_cast<std::size_t>(audit::Status::unsourced) + 1, 0);
  for (const audit::Finding& f : findings) ++counts[static_cast<std::size_t>(f.status)];
  return counts;
}

}  // namespace

std::optional<write::ReportFormat> choose_report_format(const AuditOptions& o) {
  std::optional<write::ReportFormat> named;
  if (o.format) named = *o.format == "json" ? write::ReportFormat::json : write::ReportFormat::text;
  if (is_stdout(o.output)) return named.value_or(write::ReportFormat::text);
  auto by_extension = write::report_format_for_path(o.output);
  if (!by_extension) {
    std::string ext(write::path_extension(o.output));
    print_error("-o " + o.output + ": " +
                (ext.empty() ? std::string("no file extension") : "unknown report extension \"" + ext + "\"") +
                " (use .txt, .json, .xlsx or .html; see factsheet audit --help)");
    return std::nullopt;
  }
  if (named && *named != *by_extension) {
    print_error("--format " + *o.format + " does not match -o " + o.output +
                " (the extension picks the format; see factsheet audit --help)");
    return std::nullopt;
  }
  return by_extension;
}

int run_audit(const AuditOptions& o) {
  std::shared_ptr<const Lexicon> lexicon;
  std::shared_ptr<const audit::AuditRules> rules;
  try {
    lexicon = o.grammars.empty() ? Lexicon::embedded() : Lexicon::from_directory(o.grammars);
    rules = audit::load_audit_rules(lexicon, o.grammars);
  } catch (const LexiconError& e) {
    print_error(e.what());  // names file and line
    return kGrammarError;
  } catch (const std::exception& e) {
    print_error((o.grammars.empty() ? std::string("embedded grammars") : o.grammars) + ": " + e.what());
    return kGrammarError;
  }

  std::optional<RunOutput> opened = open_run_output(o.output);
  if (!opened) return kOutputError;
  auto& [out, file] = *opened;

  Extractor extractor(lexicon, ExtractorOptions{o.year});
  audit::Auditor auditor(rules, write::directory_of(*out));
  // A workbook or an HTML report lists every claim and keeps its own audit for its
  // findings.
  std::unique_ptr<write::ClaimWriter> workbook;
  InputManifest manifest;
  if (o.report == write::ReportFormat::xlsx || o.report == write::ReportFormat::html) {
    write::XlsxOptions x;
    x.audit_rules = rules;
    x.minor_nouns = rules->minor_nouns;
    x.command_line = o.command_line;
    x.input_roots = o.inputs;
    x.inputs = manifest.files();
    try {
      workbook = write::make_claim_writer(
          o.report == write::ReportFormat::html ? write::OutputFormat::html : write::OutputFormat::xlsx, *out, x);
    } catch (const write::OutputError& e) {
      print_error(e.what());
      return kOutputError;
    }
  }
  AuditFeed feed(auditor, o.report == write::ReportFormat::json, workbook.get());
  Problems problems;
  std::size_t read_ok = 0;  // inputs that gave something to audit
  std::vector<read::FileId> own_output;  // never read as an input
  if (file) own_output = own_output_files(*file, o.output);
  // The audit's figures go to a temporary file as they grow: its failure is the output's.
  auto spill_failed = [&](const io::SpillError& e) {
    print_error(write::output_label(*out, "standard output") + ": " + e.what());
    return kOutputError;
  };
  try {
    for (const std::string& input : o.inputs) {
      if (!is_directory(input)) {
        read_file(input, o, own_output, extractor, feed, problems, read_ok, workbook ? &manifest : nullptr);
        continue;
      }
      auto sink = [&](const read::Diagnostic& d) { problems.error(d.message); };
      std::size_t before = problems.inputs;
      std::vector<std::string> files = read::list_document_files(input, sink);
      if (files.empty() && problems.inputs == before)
        problems.error(input + ": no documents in this directory (no .txt, .text, .md, .jsonl, .html, .htm, .xhtml "
                               "or .pdf file)");
      for (const std::string& path : files)
        read_file(path, o, own_output, extractor, feed, problems, read_ok, workbook ? &manifest : nullptr);
    }
  } catch (const io::SpillError& e) {
    return spill_failed(e);
  }
  if (problems.inputs > 0 && read_ok == 0) return kInputError;  // nothing was read: no report

  std::vector<audit::Finding> findings;
  try {
    findings = auditor.finish();
    write_report(o.report, *out, findings, auditor, feed, workbook.get());
    if (file) file->commit();
  } catch (const write::OutputError& e) {
    print_error(e.what());
    return kOutputError;
  } catch (const io::SpillError& e) {
    return spill_failed(e);
  }
  if (problems.inputs > 0) return kInputError;

  std::vector<std::size_t> counts = count_by_status(findings);
  std::string failed;
  for (audit::Status s : o.fail_on) {
    std::size_t n = counts[static_cast<std::size_t>(s)];
    if (n == 0 || failed.find(std::string(audit::to_string(s))) != std::string::npos) continue;
    failed += (failed.empty() ? "" : ", ") + std::to_string(n) + " " + std::string(audit::to_string(s)) +
              (n == 1 ? " finding" : " findings");
  }
  if (failed.empty()) return kOk;
  print_error("check failed: " + failed);
  return kFindings;
}

}  // namespace factsheet::cli
