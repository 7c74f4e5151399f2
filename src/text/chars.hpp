// ASCII character classes and UTF-8 byte classes, defined once for every stage. Text is
// UTF-8: these classes never match a byte of a multi-byte character, so a non-ASCII letter
// is "not a letter" here and is judged by the Unicode-aware helpers in text/utf8.hpp.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::text {

constexpr bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
constexpr bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
constexpr bool is_alpha(char c) { return is_upper(c) || is_lower(c); }
constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
constexpr char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
// `s` with its ASCII capitals in lower case.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

// Whether `s` holds an ASCII digit.
constexpr bool has_digit(std::string_view s) {
  for (char c : s)
    if (is_digit(c)) return true;
  return false;
}

// A byte that continues a UTF-8 sequence (10xxxxxx); a character starts at any other byte.
constexpr bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace factsheet::text
