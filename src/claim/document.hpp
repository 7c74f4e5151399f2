// Document: one text to extract from, after reading and decoding.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace factsheet {

// Where a part of a long text read in parts (read/text_parts.hpp) lies in the whole.
struct DocumentPart {
  std::size_t base = 0;   // offset of the part's text in the whole document's text
  std::size_t index = 0;  // 0 for the first part
  bool last = false;
};

struct Document {
  std::string id;      // the claim's `doc`: file path, "-" for stdin, or the JSONL id
  std::string text;    // valid UTF-8; claim offsets are byte offsets into it
  std::string title;   // optional metadata (JSONL input or the reader)
  std::string source;
  std::string date;
  // Byte offsets where each page starts (PDF inputs); empty for unpaged text.
  std::vector<std::size_t> page_starts;
  // Set for a part of a long text read in parts: `text` is the part, claim offsets are
  // still those of the whole document.
  std::optional<DocumentPart> part;
};

}  // namespace factsheet
