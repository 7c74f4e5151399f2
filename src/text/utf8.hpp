// UTF-8 validation, repair and small decoding helpers.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factsheet::text {

struct Utf8Report {
  std::size_t replaced = 0;                 // invalid sequences replaced by U+FFFD
  std::optional<std::size_t> first_offset;  // byte offset of the first one in the input
};

bool is_valid_utf8(std::string_view s);
// Byte length of the valid UTF-8 sequence at s[i] (1 for ASCII), or 0 when the bytes there
// are no valid sequence: for a scan that checks the text as it goes.
std::size_t valid_sequence_length(std::string_view s, std::size_t i);
// The bytes of `s` that lead a multi-byte sequence (0xC0 and up): in valid UTF-8, its
// characters beyond ASCII. Eight bytes at a time, for a pass over a whole file.
std::size_t count_lead_bytes(std::string_view s);

// Replaces every maximal invalid subsequence (per Unicode 15, 3.9 "U+FFFD substitution of
// maximal subparts") with U+FFFD. Overlong forms, surrogates and code points above
// U+10FFFF are invalid. Returns what was replaced.
Utf8Report repair_utf8(std::string& s);

// Appends code point `cp` encoded as UTF-8 (U+FFFD for a surrogate or a value above U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

// Decodes the code point at s[i] (s must be valid UTF-8 there); returns its byte length.
std::size_t decode_at(std::string_view s, std::size_t i, char32_t& cp);
// Byte length of the code point ending just before s[i] (0 at the start). Inline: the
// word readers step back over text with it, and nearly every byte there is ASCII.
inline std::size_t length_before(std::string_view s, std::size_t i) {
  if (i == 0) return 0;
  if (static_cast<unsigned char>(s[i - 1]) < 0x80) return 1;
  std::size_t k = i - 1;
  while (k > 0 && i - k < 4 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return i - k;
}

// Unicode space separators used inside numbers and phrases: NBSP U+00A0, thin U+2009,
// narrow NBSP U+202F, figure space U+2007. Returns the byte length of the one at s[i], or 0.
// Inline: it is asked at nearly every byte of running text, and almost every byte is
// rejected by its first test.
inline std::size_t space_separator_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || (s[i] != '\xC2' && s[i] != '\xE2')) return 0;
  if (i + 1 < s.size() && s[i] == '\xC2' && s[i + 1] == '\xA0') return 2;  // U+00A0
  if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80') {
    unsigned char c = static_cast<unsigned char>(s[i + 2]);
    if (c == 0x87 || c == 0x89 || c == 0xAF) return 3;  // U+2007, U+2009, U+202F
  }
  return 0;
}
// Dashes used in ranges: '-' (1 byte), en dash U+2013, em dash U+2014, minus U+2212.
std::size_t dash_at(std::string_view s, std::size_t i);

}  // namespace factsheet::text
