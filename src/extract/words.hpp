// Word-level views of a sentence for the context rules: the words around a figure,
// found by walking bytes (no allocation).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "text/chars.hpp"

namespace factsheet::extract {

struct Word {
  std::size_t begin = 0, end = 0;
  std::string_view view(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Letters (ASCII and Latin-script UTF-8), inner hyphens and apostrophes make words.
bool is_word_byte(std::string_view text, std::size_t i);

// Position after the spaces (ASCII, NBSP, thin spaces) at pos, not past `limit`.
std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t limit);
// Position before the spaces ending at pos, not before `floor`.
std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor);

// The word starting right after the spaces at pos, if the next thing is a word.
std::optional<Word> word_after(std::string_view text, std::size_t pos, std::size_t limit);
// The first word at or after pos, past any spaces, digits and punctuation: a walk over
// every word of a span.
std::optional<Word> next_word(std::string_view text, std::size_t pos, std::size_t limit);
// The word ending right before the spaces that end at pos, if the previous thing is a word.
std::optional<Word> word_before(std::string_view text, std::size_t pos, std::size_t floor);

// A word cut at its first apostrophe (' or ’): "I'm" -> "I" and "m", "She’s" -> "She" and
// "s"; nullopt when it has none after its first letter.
struct Contraction {
  std::string_view stem, suffix;
};
std::optional<Contraction> split_at_apostrophe(std::string_view word);

bool is_capitalized(std::string_view word);
bool is_all_caps(std::string_view word);
// ASCII lower case, for the readers (text/chars.hpp).
using text::lower_ascii;

}  // namespace factsheet::extract
