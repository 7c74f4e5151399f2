// A long plain-text file read in parts, so that memory stays flat and the parts can be
// extracted in parallel. The claims are the same as from the whole text because a
// part starts only where nothing of the text before it matters but what the context
// stage carries over (context/document_parts.hpp):
//   - at the start of a line that follows a blank line (sentences never span lines);
//   - that line is not a dateline, nor is the next non-blank line one (so no article
//     starts there, and the part's first lines continue the article before);
//   - the part before has at least four non-blank lines, three of them after its last
//     dateline line (an article's byline is looked for in its first three lines).
// A text with no such place in `fallback` bytes (one line with no paragraph breaks, lines
// without blank lines between them, a long run of datelines) is cut all the same, so that
// memory stays flat, into parts of one to 1.25 times the usual size: at the last line start
// inside a paragraph, else after the last sentence end, else after the last space, else
// before the last character. The part after such a cut continues the article before; the
// sentence at the cut may read differently from the whole text's, and the output is the
// same for any number of jobs.
// The text read so is UTF-8 without NUL bytes, as a first pass finds it (read/text_scan.hpp)
// or decoded into a temporary file first (read/decoded_copy.hpp): a regular file, or
// standard input kept in a temporary file (read/input_spool.hpp). A binary file goes the
// usual way, whole (read/text_decode.hpp).
#pragma once
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "claim/document.hpp"
#include "read/input_file.hpp"
#include "read/text_pool.hpp"
#include "read/text_scan.hpp"

namespace factsheet::read {

// Whether a line (without its line break) is a dateline.
using DatelineTest = std::function<bool(std::string_view line)>;

class TextParts {
 public:
  // `file` is positioned at its start; `bom` leading bytes are not text; `repair`: the
  // file holds invalid UTF-8, which each part replaces with U+FFFD. A part is cut at the
  // first place allowed after `part_bytes`; with none within `fallback` bytes (0: no
  // fallback), at the last fallback place; with neither within `limit` bytes, reading
  // stops with a ReadError.
  // A part's text is read into room taken from `pool` when one is given.
  TextParts(std::unique_ptr<InputFile> file, std::string id, std::size_t bom, bool repair, std::size_t part_bytes,
            std::size_t limit, DatelineTest dateline, std::size_t fallback = 0, TextPool* pool = nullptr);

  // The next part, nullopt after the last. Throws ReadError.
  std::optional<Document> next();

 private:
  // Reads until the buffer holds `want` bytes or the input ends.
  void fill(std::size_t want);
  // Where the buffer may be cut at or after `from`; 0 when nowhere (yet).
  std::size_t cut_point(std::size_t from) const;
  // The last fallback place (see the top) in [from, to], leaving text after it; 0 when none.
  std::size_t fallback_cut(std::size_t from, std::size_t to) const;

  std::unique_ptr<InputFile> file_;
  std::string id_;
  bool repair_;
  std::size_t part_bytes_, limit_, fallback_;
  DatelineTest dateline_;
  TextPool* pool_;
  std::string buffer_;
  std::size_t base_ = 0;   // document offset of buffer_[0]
  std::size_t index_ = 0;  // of the next part
  bool at_end_ = false;
};

}  // namespace factsheet::read
