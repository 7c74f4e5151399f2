// DocumentSource: the documents of a list of INPUT arguments, one at a time.
//
// An input is a file, a directory (its document files, recursively, sorted: see
// read/file_walk.hpp) or "-" for standard input. A text input is one document
// whose id is its path as given (joined below a directory) or "-". A JSONL input
// gives one document per non-blank line (read/jsonl_record.hpp) and is read line by
// line. Under InputFormat::auto_detect, files ending in .jsonl are JSONL and all
// else (standard input included) is text; the other formats apply to every input.
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

namespace factsheet::read {

enum class InputFormat { auto_detect, text, jsonl };

// Largest document (a text file, or one JSONL line) read; larger ones are errors.
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;  // 256 MiB

struct ReadOptions {
  InputFormat format = InputFormat::auto_detect;
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
  // Starts reading `path`: a text document is returned at once, a JSONL file is
  // opened for next_record().
  std::optional<Document> open(const std::string& path);
  std::optional<Document> next_record();
  bool is_jsonl(const std::string& path) const;
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
