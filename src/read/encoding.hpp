// Legacy encodings: guessing one (uchardet) and transcoding from it to UTF-8
// (iconv). Names are iconv's ("windows-1252", "latin1", "utf-16le", "shift_jis").
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factsheet::read {

// Whether iconv can decode from `name`.
bool encoding_known(const std::string& name);

// Whether `name` spells UTF-8 ("utf-8", "UTF8", "utf_8").
bool is_utf8_name(std::string_view name);

// Whether text in `name` keeps ASCII, and so "\n", as single bytes (not UTF-16/32),
// so that a file in it can be split into lines before decoding.
bool ascii_compatible(const std::string& name);

struct Transcoded {
  std::string text;                         // UTF-8
  std::size_t replaced = 0;                 // undecodable bytes replaced by U+FFFD
  std::optional<std::size_t> first_offset;  // input offset of the first one
};

// `bytes` in `encoding` as UTF-8; a byte that does not decode becomes U+FFFD.
// `encoding` must be known (encoding_known).
Transcoded transcode_to_utf8(std::string_view bytes, const std::string& encoding);

// The same for a text given in blocks of any size: a sequence that a block cuts short is
// decoded with the next; the output is transcode_to_utf8's of the whole text.
class Transcoder {
 public:
  // Throws std::invalid_argument for an encoding iconv does not know.
  explicit Transcoder(const std::string& encoding);
  ~Transcoder();
  Transcoder(const Transcoder&) = delete;
  Transcoder& operator=(const Transcoder&) = delete;

  // Decodes the next bytes onto the end of `out`. `last`: the text ends with them (a
  // sequence cut short there becomes U+FFFD, and a stateful encoding's output is flushed).
  void feed(std::string_view bytes, bool last, std::string& out);

  // Undecodable bytes replaced (a UTF-16 or UTF-32 unit counts its bytes; one U+FFFD
  // each), and sequences that the end of the text cut short.
  std::size_t replaced() const { return replaced_; }
  // Offset of the first undecodable byte in all that was fed.
  std::optional<std::size_t> first_offset() const { return first_offset_; }

 private:
  void* cd_;
  std::size_t unit_;       // bytes of the encoding's code unit
  std::string carry_;      // a sequence the last block cut short
  std::size_t base_ = 0;   // offset of carry_[0] in all that was fed
  std::size_t replaced_ = 0;
  std::optional<std::size_t> first_offset_;
};

// uchardet's guess for `bytes`, lower-case ("windows-1252", "shift_jis",
// "utf-8", "ascii"); "" when it has none.
std::string guess_encoding(std::string_view bytes);

}  // namespace factsheet::read
