// Full names written in an article ("Wang Yi", "Sergei Lavrov"), so that a later bare
// surname ("Wang said", "according to Lavrov") can be given in full. Built in one pass
// over the article; lookups are hash-map finds.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "lexicon/lexicon.hpp"

namespace factsheet::context {

class NameIndex {
 public:
  // Reads text[begin, end). A name is a run of two or three capitalised words that are
  // not titles, closed-class words, months or acronyms ("Chinese Foreign Minister Wang Yi"
  // gives "Wang Yi"; a possessive "’s" is dropped).
  NameIndex(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex);

  // The first name written before offset `before` whose first or last word is `word`.
  std::optional<std::string> full_name(std::string_view word, std::size_t before) const;

 private:
  struct Entry {
    std::size_t offset;
    std::string name;
  };
  std::unordered_map<std::string, Entry> by_word_;  // lower-cased first/last word -> first name
};

}  // namespace factsheet::context
