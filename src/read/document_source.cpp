#include "read/document_source.hpp"

#include <sys/stat.h>

#include "read/encoding.hpp"
#include "read/file_walk.hpp"
#include "read/html_page.hpp"
#include "read/input_file.hpp"
#include "read/jsonl_record.hpp"
#include "read/line_reader.hpp"
#include "read/pdf_document.hpp"
#include "read/size_limit.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {

DocumentSource::DocumentSource(std::vector<std::string> inputs, ReadOptions options,
                               DiagnosticSink sink)
    : inputs_(std::move(inputs)), options_(options), sink_(std::move(sink)) {}

DocumentSource::~DocumentSource() = default;

void DocumentSource::error(const std::string& message) const { sink_({Severity::error, message}); }

std::optional<Document> DocumentSource::next() {
  for (;;) {
    if (jsonl_) {
      if (auto doc = next_record()) return doc;
      continue;  // next_record() closed the file at its end
    }
    if (next_listed_ < listed_.size()) {
      if (auto doc = open(listed_[next_listed_++])) return doc;
      continue;
    }
    if (next_input_ >= inputs_.size()) return std::nullopt;
    const std::string& input = inputs_[next_input_++];
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
    auto file = std::make_unique<InputFile>(path);
    InputFormat format = resolve_format(options_.format, path);
    if (format == InputFormat::jsonl) {
      if (!options_.encoding.empty() && !ascii_compatible(options_.encoding)) {
        error(path + ": JSON Lines cannot be read as " + options_.encoding +
              " (lines are split on ASCII newlines); convert the file to UTF-8");
        return std::nullopt;
      }
      jsonl_ = std::make_unique<LineReader>(std::move(file), options_.max_document_bytes);
      return std::nullopt;
    }
    std::string bytes;
    if (!file->read_all(bytes, options_.max_document_bytes)) {
      error(path + ": larger than the " + size_limit_text(options_.max_document_bytes) +
            " document limit; skipped");
      return std::nullopt;
    }
    file.reset();  // closed before a long parse
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

std::optional<Document> DocumentSource::next_record() {
  std::string line;
  try {
    for (;;) {
      switch (jsonl_->next(line)) {
        case LineReader::Status::end:
          jsonl_.reset();
          return std::nullopt;
        case LineReader::Status::too_long:
          error(jsonl_->name() + ":" + std::to_string(jsonl_->line_number()) +
                ": line larger than the " + size_limit_text(options_.max_document_bytes) +
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
