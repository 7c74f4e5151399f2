// Document: one text to extract from, after reading and decoding.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace factsheet {

struct Document {
  std::string id;      // the claim's `doc`: file path, "-" for stdin, or the JSONL id
  std::string text;    // valid UTF-8; claim offsets are byte offsets into it
  std::string title;   // optional metadata (JSONL input or the reader)
  std::string source;
  std::string date;
  // Byte offsets where each page starts (PDF inputs); empty for unpaged text.
  std::vector<std::size_t> page_starts;
};

}  // namespace factsheet
