// A long plain-text file read in parts, so that memory stays flat and the parts can be
// extracted in parallel. The claims are the same as from the whole text because a
// part starts only where nothing of the text before it matters but what the context
// stage carries over (context/document_parts.hpp):
//   - at the start of a line that follows a blank line (sentences never span lines);
//   - that line is not a dateline, nor is the next non-blank line one (so no article
//     starts there, and the part's first lines continue the article before);
//   - the part before has at least four non-blank lines, three of them after its last
//     dateline line (an article's byline is looked for in its first three lines).
// Only a regular file of valid UTF-8 without NUL bytes is read so (checked in a first
// pass); any other goes the usual way, whole (read/text_decode.hpp).
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "claim/document.hpp"
#include "read/input_file.hpp"

namespace factsheet::read {

// Whether a line (without its line break) is a dateline.
using DatelineTest = std::function<bool(std::string_view line)>;

// Whether the file at `path` is valid UTF-8 without NUL bytes (a UTF-8 BOM allowed;
// `bom` gets its length, 0 or 3). Reads the file once; false when it cannot.
bool plain_utf8_file(const std::string& path, std::size_t& bom);

class TextParts {
 public:
  // `file` is positioned at its start; `bom` leading bytes are not text. A part is cut
  // at the first place allowed after `part_bytes`; with none within `limit` bytes,
  // reading stops with a ReadError.
  TextParts(std::unique_ptr<InputFile> file, std::string id, std::size_t bom, std::size_t part_bytes,
            std::size_t limit, DatelineTest dateline);

  // The next part, nullopt after the last. Throws ReadError.
  std::optional<Document> next();

 private:
  // Reads until the buffer holds `want` bytes or the input ends.
  void fill(std::size_t want);
  // Where the buffer may be cut at or after `from`; 0 when nowhere (yet).
  std::size_t cut_point(std::size_t from) const;

  std::unique_ptr<InputFile> file_;
  std::string id_;
  std::size_t part_bytes_, limit_;
  DatelineTest dateline_;
  std::string buffer_;
  std::size_t base_ = 0;   // document offset of buffer_[0]
  std::size_t index_ = 0;  // of the next part
  bool at_end_ = false;
};

}  // namespace factsheet::read
