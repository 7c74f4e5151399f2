// DocumentSource: the documents of a list of INPUT arguments, one at a time.
//
// An input is a file, a directory (its document files, recursively, sorted: see
// read/file_walk.hpp) or "-" for standard input. Each input is read in one format
// (read/input_format.hpp: by extension under InputFormat::auto_detect, with
// standard input as text; else the format given applies to every input):
//   text  one document, the file's text (read/text_decode.hpp);
//   html  one document, the page's article text and metadata (read/html_page.hpp);
//   pdf   one document, the text of every page (read/pdf_document.hpp);
//   jsonl one document per non-blank line (read/jsonl_record.hpp), read line by line;
//         JSON is UTF-8, so invalid bytes are repaired unless an encoding is given.
// A document's id is its path as given (joined below a directory), "-" for
// standard input, or the JSONL record's id; it is always valid UTF-8 (bytes of a
// file name that are not become U+FFFD).
//
// Each input is read once, front to back, so pipes, FIFOs and /dev/stdin work.
// Problems go to the sink and the input (or JSONL line) is skipped; reading goes on.
// An input that gives no document and no other problem is reported as an error.
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claim/document.hpp"
#include "read/diagnostic.hpp"
#include "read/input_file.hpp"
#include "read/input_format.hpp"
#include "read/text_pool.hpp"

namespace factsheet::read {

// Largest document read (a file, one JSONL line, or the text of a PDF); larger
// ones are errors.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;  // 256 MiB

struct ReadOptions {
  InputFormat format = InputFormat::auto_detect;
  // --encoding: every input is decoded from it; "" guesses per file (text, HTML) and
  // reads JSONL as UTF-8 (read/text_decode.hpp). Must be known to iconv.
  std::string encoding;
  std::size_t max_document_bytes = kMaxDocumentBytes;
  // Files not to read (the run's own output), each skipped with a warning.
  std::vector<FileId> skip_files;
  // JSONL files of claims (read/claim_file.hpp: the output of an earlier run) and the
  // HTML reports of earlier runs are skipped with a warning instead of being read as
  // documents.
  bool skip_claim_files = false;
  // Sees every input's bytes as they are read (for checksums); may be null.
  ReadObserver* observer = nullptr;
  // A text of at least `parts_from` bytes (a regular file or standard input, in UTF-8 or
  // decoded to it first) is read in parts of about `part_bytes` (read/text_parts.hpp),
  // which `is_dateline` helps to place; its documents have `part` set. 0 or no test:
  // every text is read whole. Such a text may be larger than max_document_bytes.
  std::size_t part_bytes = 0;
  std::size_t parts_from = 0;
  // With no such place in `part_fallback` bytes, a part is cut where the fallback allows
  // (read/text_parts.hpp); 0: never, and a text with no place is read whole up to
  // max_document_bytes.
  std::size_t part_fallback = 0;
  std::function<bool(std::string_view line)> is_dateline;
};

class LineReader;
class TextParts;
struct TextPlan;

class DocumentSource {
 public:
  DocumentSource(std::vector<std::string> inputs, ReadOptions options, DiagnosticSink sink);
  // The documents of a JSONL file already opened (and perhaps peeked at).
  DocumentSource(std::unique_ptr<LineReader> jsonl, ReadOptions options, DiagnosticSink sink);
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // The next document, or nullopt when every input is done.
  std::optional<Document> next();
  // The text of a document the caller is done with: the room of a long file's part is
  // read into again. Safe to call from any thread.
  void give_back(std::string&& text) { pool_.give(std::move(text)); }

 private:
  std::optional<Document> next_document();
  // Starts reading `path`: a text, HTML or PDF document is returned at once, a
  // JSONL file is opened for next_record().
  std::optional<Document> open(const std::string& path);
  std::optional<Document> next_record();
  // After an input's last document: an input that gave no document and no diagnostic
  // (an empty directory, a JSONL file without records) is an error naming it.
  void check_input_done();
  void error(const std::string& message) const;
  void warning(const std::string& message) const;

  std::vector<std::string> inputs_;
  std::size_t next_input_ = 0;
  std::vector<std::string> listed_;  // files of the directory input being read
  std::size_t next_listed_ = 0;
  std::unique_ptr<LineReader> jsonl_;  // the JSONL file being read
  std::unique_ptr<TextParts> parts_;   // the text file being read in parts
  // Starts reading the text of `file` in parts as `plan` says (read/text_scan.hpp),
  // decoding it into a temporary file in `tmpdir` first if need be: its first part; or none,
  // after an error, or to be read whole (`file` not read) when no copy could be made.
  struct Parts {
    std::optional<Document> doc;
    bool read_whole = false;
  };
  Parts begin_parts(std::unique_ptr<InputFile>& file, const std::string& path, const TextPlan& plan,
                    const std::string& tmpdir);
  std::optional<Document> next_part();
  ReadOptions options_;
  TextPool pool_;  // for the parts' texts
  DiagnosticSink sink_;
  std::size_t diagnostics_ = 0;        // reported so far
  bool input_open_ = false;            // inputs_[next_input_ - 1] is being read
  std::size_t input_documents_ = 0;    // documents it gave
  std::size_t input_diagnostics_ = 0;  // diagnostics_ when it started
};

}  // namespace factsheet::read
