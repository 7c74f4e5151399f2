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
// standard input, or the JSONL record's id.
//
// Problems go to the sink and the input (or JSONL line) is skipped; reading goes on.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claim/document.hpp"
#include "read/diagnostic.hpp"
#include "read/input_format.hpp"

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
};

class LineReader;

class DocumentSource {
 public:
  DocumentSource(std::vector<std::string> inputs, ReadOptions options, DiagnosticSink sink);
  ~DocumentSource();
  DocumentSource(const DocumentSource&) = delete;
  DocumentSource& operator=(const DocumentSource&) = delete;

  // The next document, or nullopt when every input is done.
  std::optional<Document> next();

 private:
  // Starts reading `path`: a text, HTML or PDF document is returned at once, a
  // JSONL file is opened for next_record().
  std::optional<Document> open(const std::string& path);
  std::optional<Document> next_record();
  void error(const std::string& message) const;

  std::vector<std::string> inputs_;
  std::size_t next_input_ = 0;
  std::vector<std::string> listed_;  // files of the directory input being read
  std::size_t next_listed_ = 0;
  std::unique_ptr<LineReader> jsonl_;  // the JSONL file being read
  ReadOptions options_;
  DiagnosticSink sink_;
};

}  // namespace factsheet::read
