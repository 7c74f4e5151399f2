// The context of a document read in parts (read/text_parts.hpp): what crosses a part
// boundary. Parts start only where no article starts (read/text_parts.hpp says where),
// so each part's own ArticleIndex is right but for its first article, which continues
// the last article of the part before, and for the numbering; and a bare surname is
// completed from the names written earlier in its article, in earlier parts too. The
// names are read by the threads that extract the parts, not by the one that prepares
// them: on one file of news that is one long article, they were a sixth of the work.
#pragma once
#include <condition_variable>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claim/document.hpp"
#include "context/article_index.hpp"
#include "context/person_names.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

// The names of one article that crosses part boundaries, read part by part by the
// threads that extract the parts, in any order. A lookup from part k waits until the
// article's text in parts up to k is read, and sees only names before its offset: it
// answers as it would over the whole article, however the parts' threads run.
class SharedNames {
 public:
  // The segment of the article's next part (the thread that prepares parts, in order).
  std::size_t reserve() { return reserved_++; }
  // Reads the names of segment `k`: text[begin, end), at offset `base` of the document.
  // Once per segment; a segment already read is left as it is.
  void read(std::size_t k, std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex,
            std::size_t base);
  // Marks segment `k` read without names: its part will not be extracted (a run that stops).
  void skip(std::size_t k) { store(k, NameIndex()); }
  // The first name before `before` whose first or last word is `word`, once segments
  // 0..k are read.
  std::optional<std::string> full_name(std::string_view word, std::size_t before, std::size_t k) const;

 private:
  void store(std::size_t k, NameIndex&& names);

  std::size_t reserved_ = 0;
  mutable std::mutex mutex_;
  mutable std::condition_variable merged_more_;
  NameIndex merged_;                  // segments 0 .. merged_count_ - 1
  std::size_t merged_count_ = 0;
  std::map<std::size_t, NameIndex> waiting_;  // read, after a segment not yet read
};

// What the extraction of one part needs beyond its text.
struct PartPlan {
  PartPlan(const Document& part, const Lexicon& lex, std::optional<int> year) : index(part, lex, year) {}
  PartPlan(const PartPlan&) = delete;
  PartPlan& operator=(const PartPlan&) = delete;
  // A segment never read (the part was not extracted) is skipped, so that no later part
  // waits for it.
  ~PartPlan();

  // Reads the part's segments of the articles that cross its boundaries: the first thing
  // its extraction does, before any lookup.
  void read_names(std::string_view text, const Lexicon& lex) const;

  struct ArticleNames {
    std::shared_ptr<SharedNames> names;  // null for an article wholly in the part
    std::size_t segment = 0;             // this part's segment of them
  };
  std::size_t base = 0;  // offset of the part in the whole document
  ArticleIndex index;    // offsets within the part; articles numbered in the whole document
  // Per article of `index`: the shared names of one that crosses a boundary of the part.
  // An article wholly in the part has its names read by the part's extraction, when it
  // needs them, as in a whole document.
  std::vector<ArticleNames> names;
  int first_line = 1, first_column = 1;  // where the part starts in the whole document
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
