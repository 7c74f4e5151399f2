#include "extract/words.hpp"

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::extract {
namespace {


using text::apostrophe_length;
using text::letter_length;

bool space_at(std::string_view text, std::size_t i, std::size_t& len) {
  char c = text[i];
  if (c == ' ' || c == '\t' || c == '\r') {
    len = 1;
    return true;
  }
  len = text::space_separator_at(text, i);
  return len > 0;
}

}  // namespace

bool is_word_byte(std::string_view text, std::size_t i) { return letter_length(text, i) > 0; }

std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t len = 0;
  while (pos < limit && space_at(text, pos, len)) pos += len;
  return pos < limit ? pos : limit;
}

std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor) {
    std::size_t n = text::length_before(text, pos);
    std::size_t len = 0;
    if (n == 0 || !space_at(text, pos - n, len) || len != n) break;
    pos -= n;
  }
  return pos;
}

std::optional<Contraction> split_at_apostrophe(std::string_view word) {
  for (std::size_t p = 1; p < word.size(); ++p)
    if (std::size_t n = apostrophe_length(word, p)) return Contraction{word.substr(0, p), word.substr(p + n)};
  return std::nullopt;
}

std::optional<Word> word_after(std::string_view text, std::size_t pos, std::size_t limit) {
  std::size_t b = skip_spaces(text, pos, limit);
  std::size_t p = b;
  while (p < limit) {
    if (std::size_t n = letter_length(text, p)) {
      p += n;
      continue;
    }
    // Inner hyphens and apostrophes join letters: "cross-border", "Kazakhstan's".
    std::size_t joiner = text[p] == '-' ? 1 : apostrophe_length(text, p);
    if (joiner && p > b && p + joiner < limit && letter_length(text, p + joiner)) {
      p += joiner;
      continue;
    }
    break;
  }
  if (p == b) return std::nullopt;
  return Word{b, p};
}

std::optional<Word> next_word(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit && !is_word_byte(text, pos)) ++pos;
  if (pos >= limit) return std::nullopt;
  return word_after(text, pos, limit);
}

std::optional<Word> word_before(std::string_view text, std::size_t pos, std::size_t floor) {
  std::size_t e = skip_spaces_back(text, pos, floor);
  std::size_t p = e;
  while (p > floor) {
    std::size_t n = text::length_before(text, p);
    if (n && letter_length(text, p - n) == n) {
      p -= n;
      continue;
    }
    if (p - 1 > floor && text[p - 1] == '-' && letter_length(text, p - 2) && p < e) {
      --p;
      continue;
    }
    if (p >= floor + 3 && p < e && apostrophe_length(text, p - 3) == 3) {
      p -= 3;
      continue;
    }
    if (p - 1 > floor && text[p - 1] == '\'' && p < e) {
      --p;
      continue;
    }
    break;
  }
  if (p == e) return std::nullopt;
  return Word{p, e};
}

bool is_capitalized(std::string_view word) { return !word.empty() && text::is_upper(word[0]); }

bool is_all_caps(std::string_view word) {
  bool letter = false;
  for (char c : word) {
    if (text::is_lower(c)) return false;
    if (text::is_upper(c)) letter = true;
  }
  return letter;
}


}  // namespace factsheet::extract
