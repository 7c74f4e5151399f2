// The first pass over a long text: whether it may be read in parts (read/text_parts.hpp),
// that is, UTF-8 without NUL bytes, valid or with invalid bytes that the whole reading
// would repair too (after a UTF-8 BOM, or among more valid multi-byte sequences than
// invalid bytes; read/text_decode.hpp), which each part then repairs alike.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factsheet::read {

// What the first pass over a text found.
struct Utf8Scan {
  std::size_t bom = 0;       // length of a leading UTF-8 BOM, 0 or 3
  std::size_t replaced = 0;  // invalid sequences the parts will replace with U+FFFD
  std::size_t first_invalid = 0;  // input offset of the first of them
};

// The scan of a text given in blocks of any size, in order.
class Utf8Scanner {
 public:
  // Adds the next block; false once the text cannot be read in parts (a NUL byte, a
  // UTF-16 BOM), after which nothing more need be added.
  bool add(std::string_view block);
  // The scan when the text may be read in parts, nullopt otherwise.
  std::optional<Utf8Scan> finish();

 private:
  Utf8Scan scan_;
  std::string carry_;           // a sequence the last block cut short
  std::size_t consumed_ = 0;    // input bytes before `carry_`
  std::size_t multibyte_ = 0, invalid_bytes_ = 0;  // as the whole reading counts them
  bool first_ = true, refused_ = false;
};

// The scan of the file at `path` when it may be read in parts; nullopt otherwise or when
// it cannot be read. Reads the file once.
std::optional<Utf8Scan> scan_utf8_file(const std::string& path);

}  // namespace factsheet::read
