// The context of a document read in parts (read/text_parts.hpp): what crosses a part
// boundary. Parts start only where no article starts (read/text_parts.hpp says where),
// so each part's own ArticleIndex is right but for its first article, which continues
// the last article of the part before, and for the numbering; and a bare surname is
// completed from the names written earlier in its article, in earlier parts too.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

#include "claim/document.hpp"
#include "context/article_index.hpp"
#include "context/person_names.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

// The names of one article, filled part by part while earlier parts are still being
// extracted. A lookup only sees names before its offset, so one made while later parts
// are added answers as it would over the whole article.
class SharedNames {
 public:
  void add(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex, std::size_t base);
  std::optional<std::string> full_name(std::string_view word, std::size_t before) const;

 private:
  mutable std::shared_mutex mutex_;
  NameIndex index_;
};

// What the extraction of one part needs beyond its text.
struct PartPlan {
  PartPlan(const Document& part, const Lexicon& lex, std::optional<int> year) : index(part, lex, year) {}
  std::size_t base = 0;  // offset of the part in the whole document
  ArticleIndex index;    // offsets within the part; articles numbered in the whole document
  std::vector<std::shared_ptr<SharedNames>> names;  // per article of `index`
  int first_line = 1, first_column = 1;             // where the part starts in the whole document
};

class DocumentParts {
 public:
  DocumentParts(const Lexicon& lex, std::optional<int> year) : lex_(lex), year_(year) {}

  // Called for each part in order (on one thread), before the part is extracted.
  std::shared_ptr<const PartPlan> prepare(const Document& part);

 private:
  const Lexicon& lex_;
  std::optional<int> year_;
  std::optional<Article> last_;                // the last article of the parts so far
  std::shared_ptr<SharedNames> last_names_;
  int next_line_ = 1, next_column_ = 1;  // where the next part starts
};

}  // namespace factsheet::context
