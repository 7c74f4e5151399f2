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
// A space, tab or line break.
constexpr bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
// `s` with its ASCII capitals in lower case.
inline std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = to_lower(c);
  return out;
}

// A non-empty word of ASCII bytes with no capital letter and no whitespace: one that a
// case-folding phrase table matches as written, so an exact-string index of its one-word
// phrases answers for it (ContextVocabulary::roles, Lexicon::classify_word look it up
// there).
constexpr bool plain_lower_word(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80 || is_upper(c) || c == ' ' || c == '\t' || c == '\r' || c == '\n')
      return false;
  return true;
}
constexpr bool has_digit(std::string_view s) {  // whether `s` holds an ASCII digit
  for (char c : s)
    if (is_digit(c)) return true;
  return false;
}

// The letter at s[i]: its length in bytes, 0 for none. A letter is an ASCII letter or a
// two-byte UTF-8 letter of the Latin, Greek and Cyrillic blocks (lead bytes C3..D4: U+00C0
// to U+053F), so "Zürich" and "Đorđević" are words.
constexpr std::size_t letter_length(std::string_view s, std::size_t i) {
  if (is_alpha(s[i])) return 1;
  auto c = static_cast<unsigned char>(s[i]);
  return c >= 0xC3 && c <= 0xD4 && i + 1 < s.size() ? 2 : 0;
}

// The right single quotation mark U+2019 at s[i], an apostrophe inside words ("China’s").
constexpr bool right_quote_at(std::string_view s, std::size_t i) {
  return s[i] == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80' && s[i + 2] == '\x99';
}

// The apostrophe at s[i] ("'" or U+2019): its length in bytes, 0 for none.
constexpr std::size_t apostrophe_length(std::string_view s, std::size_t i) {
  if (s[i] == '\'') return 1;
  return right_quote_at(s, i) ? 3 : 0;
}

// The possessive "'s" or "’s" ending `w`: its length in bytes, 0 for none.
constexpr std::size_t possessive_length(std::string_view w) {
  if (w.ends_with("'s")) return 2;
  return w.ends_with("\xE2\x80\x99s") ? 4 : 0;
}

// `w` without its possessive ending: "'s", "’s", or a plural's bare apostrophe
// ("Kazakhstan's", "China’s", "Sony'" -> "Kazakhstan", "China", "Sony"). A word that is
// only the ending stays.
inline std::string without_possessive(std::string_view w) {
  for (std::string_view ending : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"})
    if (w.size() > ending.size() && w.ends_with(ending)) return std::string(w.substr(0, w.size() - ending.size()));
  return std::string(w);
}

// A byte that continues a UTF-8 sequence (10xxxxxx); a character starts at any other byte.
constexpr bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace factsheet::text
