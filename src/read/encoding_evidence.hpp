// What the choice of a legacy encoding looks at (read/text_decode.hpp, choose_encoding),
// gathered block by block, so that a long text read in parts is decoded from the encoding
// the whole reading would choose:
//   - the detector's sample: the lines with non-ASCII bytes, each from a little before its
//     first such byte, at most 4 KB of a line and 64 KB in all (uchardet reads well under
//     1 MB a second of some inputs; a sample keeps large files fast and is as good a
//     witness);
//   - which byte values occur;
//   - the valid multi-byte UTF-8 sequences and the invalid bytes (count_utf8_sequences).
#pragma once
#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace factsheet::read {

class EncodingEvidence {
 public:
  // The next block of the text, in order.
  void add(std::string_view block);
  // After the last block: takes the last line, if it has no line end.
  void finish();

  const std::string& sample() const { return sample_; }
  bool has(unsigned char byte) const { return present_[byte]; }
  // The non-ASCII byte values that occur, each once, in ascending order.
  std::string high_bytes() const;

  std::size_t valid = 0;    // valid multi-byte sequences
  std::size_t invalid = 0;  // invalid bytes

 private:
  void end_line();

  std::string sample_;
  std::array<bool, 256> present_{};
  std::string line_;          // what the sample may take of the current line
  bool line_high_ = false;    // the current line has a non-ASCII byte
  bool line_started_ = false;  // the current line has any byte
};

// The evidence of a whole text.
EncodingEvidence evidence_of(std::string_view bytes);

}  // namespace factsheet::read
