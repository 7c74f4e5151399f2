// The first pass over a long text, which decides how it is read in parts
// (read/text_parts.hpp) so that the parts give what the whole reading gives
// (read/text_decode.hpp):
//   - UTF-8 without NUL bytes, valid or with invalid bytes that the whole reading would
//     repair too (after a UTF-8 BOM, with --encoding utf-8, or where no legacy encoding
//     is found), is read as it is and each part repaired alike;
//   - a text the whole reading would decode from another encoding (a UTF-16 BOM, a
//     legacy encoding it finds, --encoding) is decoded first (read/decoded_copy.hpp);
//   - anything else (a NUL byte outside UTF-16: a binary file) is read whole, which
//     reports it.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "read/encoding_evidence.hpp"

namespace factsheet::read {

// What the first pass found of a UTF-8 text.
struct Utf8Scan {
  std::size_t bom = 0;       // length of a leading UTF-8 BOM, 0 or 3
  std::size_t replaced = 0;  // invalid sequences the parts will replace with U+FFFD
  std::size_t first_invalid = 0;  // input offset of the first of them
};

// How a long text is read.
struct TextPlan {
  enum class Way { whole, utf8, decode };
  Way way = Way::whole;
  Utf8Scan utf8;          // Way::utf8
  std::string encoding;   // Way::decode: decoded from it
  std::size_t skip = 0;   // Way::decode: leading bytes not decoded (a UTF-16 BOM)
  bool announce = false;  // Way::decode: the warning "NAME: read as ENCODING" is due
};

// The first pass over a text given in blocks of any size, in order.
class TextScanner {
 public:
  // `encoding`: --encoding ("" guesses, as the whole reading does).
  explicit TextScanner(std::string encoding = "");
  // Adds the next block; false once the text is to be read whole, after which nothing
  // more need be added.
  bool add(std::string_view block);
  // Whether the plan needs the pass at all (not with an encoding given, other than UTF-8).
  bool needed() const;
  TextPlan finish();

 private:
  // Whether `start` begins with a UTF-16 BOM that decides the encoding (noted if so).
  bool utf16_bom(std::string_view start);
  // Scans UTF-8 (`first`: the text's start, which may be a BOM), carrying a cut sequence.
  void scan_chunk(std::string_view chunk, bool first);

  std::string encoding_;
  bool given_utf8_;
  Utf8Scan scan_;
  EncodingEvidence evidence_;
  std::string carry_;           // a sequence the last block cut short
  std::string joined_;          // carry_ and the next block, when there is a carry (room kept)
  std::size_t consumed_ = 0;    // input bytes before `carry_`
  std::size_t multibyte_ = 0, invalid_bytes_ = 0;  // as the whole reading counts them
  std::string utf16_;           // "utf-16le" or "utf-16be" after its BOM, with no encoding given
  bool first_ = true, refused_ = false;
};

// The plan for the file at `path` (read once, unless the plan needs no pass): Way::whole
// when it cannot be read.
TextPlan scan_text_file(const std::string& path, const std::string& encoding = "");

}  // namespace factsheet::read
