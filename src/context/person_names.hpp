// Full names written in an article ("Wang Yi", "Sergei Lavrov"), so that a later bare
// surname ("Wang said", "according to Lavrov") can be given in full. Built in one pass
// over the article; lookups are hash-map finds.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"
#include "text/string_map.hpp"

namespace factsheet::context {

class NameIndex {
 public:
  // Reads text[begin, end). A name is a run of two or three capitalised words that are
  // not titles, closed-class words, months or acronyms ("Chinese Foreign Minister Wang Yi"
  // gives "Wang Yi"; a possessive "’s" is dropped).
  NameIndex(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex);
  NameIndex() = default;

  // Adds the names of text[begin, end), which follows every text read before and starts
  // at offset `base` of the document (a document read in parts): earlier names stay first.
  void add(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex, std::size_t base = 0);
  // Adds the names of `later`, read from text after all of this index's.
  void merge(NameIndex&& later);

  // The first name written before offset `before` whose first or last word is `word`.
  std::optional<std::string> full_name(std::string_view word, std::size_t before) const;

 private:
  struct Entry {
    std::size_t offset;
    std::string name;
  };
  text::StringMap<Entry> by_word_;  // lower-cased first/last word -> first name
};

}  // namespace factsheet::context
