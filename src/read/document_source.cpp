#include "read/document_source.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "read/claim_file.hpp"
#include "read/decoded_copy.hpp"
#include "read/encoding.hpp"
#include "read/file_walk.hpp"
#include "read/html_page.hpp"
#include "read/input_spool.hpp"
#include "read/jsonl_record.hpp"
#include "read/line_reader.hpp"
#include "read/pdf_document.hpp"
#include "read/size_limit.hpp"
#include "read/text_decode.hpp"
#include "read/text_parts.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

// The HTML report `extract -o report.html` writes names its generator in its head.
bool is_factsheet_report(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 1024);
  return head.starts_with("<!DOCTYPE html>") &&
         head.find("<meta name=\"generator\" content=\"factsheet ") != std::string_view::npos;
}

// Where a long input's copy goes: TMPDIR or the system's; "" (/tmp) when there is none.
std::string temp_dir() {
  std::error_code ec;
  std::string dir = std::filesystem::temp_directory_path(ec).string();
  return ec ? std::string() : dir;
}

// Texts of parts kept for reading into again: as many as the extracting threads have in
// flight (cli/claim_pipeline.cpp), each of about a part's size.
constexpr std::size_t kKeptTexts = 8;
TextPool part_text_pool(const ReadOptions& options) {
  return TextPool(options.part_bytes > 0 ? kKeptTexts : 0, options.part_bytes / 2, 4 * options.part_bytes);
}

}  // namespace

DocumentSource::DocumentSource(std::vector<std::string> inputs, ReadOptions options,
                               DiagnosticSink sink)
    : inputs_(std::move(inputs)), options_(std::move(options)), pool_(part_text_pool(options_)) {
  // Counts what was reported, so that an input which gave nothing, silently, is named.
  sink_ = [this, inner = std::move(sink)](const Diagnostic& d) {
    ++diagnostics_;
    inner(d);
  };
}

DocumentSource::DocumentSource(std::unique_ptr<LineReader> jsonl, ReadOptions options, DiagnosticSink sink)
    : jsonl_(std::move(jsonl)), options_(std::move(options)), pool_(part_text_pool(options_)), sink_(std::move(sink)) {}

DocumentSource::~DocumentSource() = default;

void DocumentSource::error(const std::string& message) const { sink_({Severity::error, message}); }
void DocumentSource::warning(const std::string& message) const { sink_({Severity::warning, message}); }

void DocumentSource::check_input_done() {
  if (!input_open_) return;
  input_open_ = false;
  if (input_documents_ > 0 || diagnostics_ > input_diagnostics_) return;
  const std::string& input = inputs_[next_input_ - 1];
  struct stat st;
  bool dir = input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
  error(input + (dir ? ": no documents in this directory (no .txt, .text, .md, .jsonl, .html, .htm, .xhtml or "
                       ".pdf file)"
                     : ": no documents in this input"));
}

std::optional<Document> DocumentSource::next() {
  std::optional<Document> doc = next_document();
  if (doc) ++input_documents_;
  // A file name need not be UTF-8; the outputs must be.
  if (doc && !text::is_valid_utf8(doc->id)) text::repair_utf8(doc->id);
  return doc;
}

std::optional<Document> DocumentSource::next_document() {
  for (;;) {
    if (parts_) {
      if (auto doc = next_part()) return doc;
      continue;  // next_part() closed the file at its end
    }
    if (jsonl_) {
      if (auto doc = next_record()) return doc;
      continue;  // next_record() closed the file at its end
    }
    if (next_listed_ < listed_.size()) {
      if (auto doc = open(listed_[next_listed_++])) return doc;
      continue;
    }
    check_input_done();
    if (next_input_ >= inputs_.size()) return std::nullopt;
    const std::string& input = inputs_[next_input_++];
    input_open_ = true;
    input_documents_ = 0;
    input_diagnostics_ = diagnostics_;
    struct stat st;
    if (input != "-" && ::stat(input.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
      listed_ = list_document_files(input, sink_);
      next_listed_ = 0;
      continue;
    }
    // A named file is read whatever its extension; open() reports a missing one.
    if (auto doc = open(input)) return doc;
  }
}

std::optional<Document> DocumentSource::open(const std::string& path) {
  try {
    auto file = open_input(path, options_.observer);
    const auto& skip = options_.skip_files;
    if (std::find(skip.begin(), skip.end(), file->id()) != skip.end()) {
      warning(path + ": the output of this run; not read");
      return std::nullopt;
    }
    file->observe(options_.observer);
    InputFormat format = resolve_format(options_.format, path);
    if (format == InputFormat::jsonl) {
      if (!options_.encoding.empty() && !ascii_compatible(options_.encoding)) {
        error(path + ": JSON Lines cannot be read as " + options_.encoding +
              " (lines are split on ASCII newlines); convert the file to UTF-8");
        return std::nullopt;
      }
      auto lines = std::make_unique<LineReader>(std::move(file), options_.max_document_bytes);
      if (options_.skip_claim_files && starts_with_claim_record(*lines)) {
        warning(path + ": claims of an earlier run (JSON Lines with \"kind\" and \"start\"), not documents; not read");
        return std::nullopt;
      }
      jsonl_ = std::move(lines);
      return std::nullopt;
    }
    const bool partable = format == InputFormat::text && options_.part_bytes > 0 && options_.is_dateline;
    std::string bytes;
    bool fits = false;  // within the document limit
    // The file as opened (its fstat), not a second look at the path.
    if (partable && path != "-" && file->regular_size() >= 0 &&
        static_cast<std::size_t>(file->regular_size()) >= options_.parts_from) {
      TextPlan plan = scan_text_file(path, options_.encoding);
      if (plan.way != TextPlan::Way::whole) {
        Parts started = begin_parts(file, path, plan, temp_dir());
        if (started.doc || !started.read_whole) return std::move(started.doc);
      }
      fits = file->read_all(bytes, options_.max_document_bytes);
    } else if (partable && path == "-") {
      // Standard input cannot be read twice: a long one is kept in a temporary file.
      SpooledInput spooled = spool_input(*file, options_.parts_from, temp_dir(),
                                         options_.max_document_bytes, options_.encoding);
      if (!spooled.warning.empty()) warning(spooled.warning);
      if (spooled.file && spooled.plan.way != TextPlan::Way::whole) {
        Parts started = begin_parts(spooled.file, path, spooled.plan, temp_dir());
        if (started.doc || !started.read_whole) return std::move(started.doc);
      }
      if (spooled.file) {  // read whole, from the copy
        file = std::move(spooled.file);
        fits = file->read_all(bytes, options_.max_document_bytes);
      } else {
        bytes = std::move(spooled.bytes);
        // (At its end already, the input is not read again: a terminal would wait for more.)
        fits = spooled.complete ? bytes.size() <= options_.max_document_bytes
                                : file->read_more(bytes, options_.max_document_bytes);
      }
    } else {
      fits = file->read_all(bytes, options_.max_document_bytes);
    }
    if (!fits) {
      error(path + ": larger than the " + size_limit_text(options_.max_document_bytes) +
            " document limit; skipped");
      return std::nullopt;
    }
    file.reset();  // closed before a long parse
    if (format == InputFormat::html && options_.skip_claim_files && is_factsheet_report(bytes)) {
      warning(path + ": an HTML report of an earlier run, not a document; not read");
      return std::nullopt;
    }
    if (format == InputFormat::html) return read_html_document(std::move(bytes), path, sink_, options_.encoding);
    if (format == InputFormat::pdf)
      return read_pdf_document(std::move(bytes), path, options_.max_document_bytes, sink_);
    DecodeOptions decode;
    decode.encoding = options_.encoding;
    auto text = decode_text(std::move(bytes), path, decode, sink_);
    if (!text) return std::nullopt;
    Document doc;
    doc.id = path;
    doc.text = std::move(*text);
    return doc;
  } catch (const ReadError& e) {
    error(e.what());
  } catch (const std::bad_alloc&) {
    error(path + ": out of memory");
  }
  return std::nullopt;
}

DocumentSource::Parts DocumentSource::begin_parts(std::unique_ptr<InputFile>& file, const std::string& path,
                                                  const TextPlan& plan, const std::string& tmpdir) {
  Parts started;
  Utf8Scan scan = plan.utf8;
  if (plan.way == TextPlan::Way::decode) {
    DecodedCopy decoded = decode_to_copy(*file, plan, path, tmpdir, sink_);
    if (!decoded.file) {
      if (!decoded.warning.empty()) warning(decoded.warning);
      started.read_whole = decoded.read_whole;  // else the error was given
      return started;
    }
    file = std::move(decoded.file);
    scan = {};  // UTF-8 now, valid
  }
  if (scan.replaced > 0)  // the warning the whole reading gives (read/text_decode.hpp)
    warning(invalid_utf8_warning(path, scan.first_invalid, scan.replaced));
  parts_ = std::make_unique<TextParts>(std::move(file), path, scan.bom, scan.replaced > 0, options_.part_bytes,
                                       options_.max_document_bytes, options_.is_dateline, options_.part_fallback,
                                       &pool_);
  const std::size_t reported = diagnostics_;
  started.doc = next_part();
  // A text with nothing in it (an empty file, a byte order mark alone) has no part; read
  // whole, it is one empty document, and so it is here.
  if (!started.doc && diagnostics_ == reported) {
    started.doc.emplace();
    started.doc->id = path;
  }
  return started;
}

std::optional<Document> DocumentSource::next_part() {
  try {
    if (auto doc = parts_->next()) {
      if (doc->part->last) parts_.reset();
      return doc;
    }
  } catch (const ReadError& e) {
    error(e.what());
  } catch (const std::bad_alloc&) {
    error("out of memory");
  }
  parts_.reset();
  return std::nullopt;
}

std::optional<Document> DocumentSource::next_record() {
  std::string line;
  try {
    for (;;) {
      switch (jsonl_->next(line)) {
        case LineReader::Status::end:
          jsonl_.reset();
          return std::nullopt;
        case LineReader::Status::endless:
          error(jsonl_->name() + ":" + std::to_string(jsonl_->line_number()) + ": no line end within " +
                size_limit_text(jsonl_->endless_limit()) + " (endless input?); the rest is not read");
          jsonl_.reset();
          return std::nullopt;
        case LineReader::Status::too_long:
          error(jsonl_->name() + ":" + std::to_string(jsonl_->line_number()) +
                ": line larger than the " + size_limit_text(jsonl_->limit()) +
                " document limit; skipped");
          continue;
        case LineReader::Status::line: break;
      }
      std::size_t offset = jsonl_->line_offset();
      // A BOM can only start the file; JSON itself does not allow one.
      if (jsonl_->line_number() == 1) {
        if (line.starts_with("\xFF\xFE") || line.starts_with("\xFE\xFF")) {
          error(jsonl_->name() + ": JSON Lines in UTF-16 (byte order mark) are not read; convert the file to UTF-8");
          break;
        }
        offset += strip_bom(line);
      }
      if (line.find_first_not_of(" \t\r\f\v") == std::string::npos) continue;  // blank line
      if (auto doc = parse_jsonl_record(std::move(line), jsonl_->name(), jsonl_->line_number(),
                                        offset, sink_, options_.encoding))
        return doc;
    }
  } catch (const ReadError& e) {
    error(e.what());
  } catch (const std::bad_alloc&) {
    error(jsonl_->name() + ": out of memory");
  }
  jsonl_.reset();
  return std::nullopt;
}

}  // namespace factsheet::read
