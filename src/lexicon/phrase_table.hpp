// PhraseTable: longest-match lookup of lexicon phrases in running text.
// Matching folds ASCII case (unless an entry asks for exact case), lets one space
// in a phrase match any run of spaces (incl. NBSP and thin spaces), and requires a
// phrase that ends in a letter not to run on into a letter (nor a digit into a digit).
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace factsheet {

class PhraseTable {
 public:
  struct Match {
    std::uint32_t id;    // the payload given to add()
    std::size_t length;  // bytes of text consumed
  };

  // Adds `phrase` with payload `id`. Returns false when the same phrase (after folding)
  // with the same case mode is already present.
  bool add(std::string_view phrase, std::uint32_t id, bool exact_case = false);

  // Longest phrase starting at text[pos].
  std::optional<Match> longest(std::string_view text, std::size_t pos) const;
  // Every phrase starting at text[pos], shortest first.
  std::vector<Match> all(std::string_view text, std::size_t pos) const;
  // Longest phrase that starts at a word start and ends exactly at text[end]
  // (spaces before `end` are skipped first); looks back at most `max_words` words.
  std::optional<std::pair<std::size_t, Match>> ending_at(std::string_view text, std::size_t end,
                                                         int max_words = 5) const;
  // The same answer found by walking forward from every start in reach: the definition
  // ending_at()'s one backward walk is checked against.
  std::optional<std::pair<std::size_t, Match>> ending_at_by_starts(std::string_view text, std::size_t end,
                                                                   int max_words = 5) const;

  std::size_t size() const { return entries_; }
  // The most bytes of text outside whitespace runs that one phrase can match: a key byte
  // matches one text byte, and a key space at most a 3-byte Unicode space separator.
  std::size_t max_span() const { return 3 * longest_key_; }
  // Folded phrases in insertion order, for building scanners from the lexicon.
  const std::vector<std::string>& phrases() const { return phrases_; }

 private:
  struct Terminal {
    std::uint32_t id;
    std::string exact;  // the phrase as written when exact case is required, else empty
  };
  struct Node {
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // sorted by byte
    std::vector<Terminal> terminals;
    std::uint32_t dense = kNoDense;  // index into dense_ for a node with many children
  };
  static constexpr std::uint32_t kNoDense = 0xFFFFFFFF;
  // Nodes with this many children (the root, the first letters) also get a 256-entry
  // table: the walk from every word start goes through them.
  static constexpr std::size_t kDenseChildren = 12;
  std::uint32_t child(std::uint32_t node, unsigned char c) const;
  template <typename F>
  void walk(std::string_view text, std::size_t pos, F&& on_match) const;

  std::vector<Node> nodes_{Node{}};
  // The keys reversed, for ending_at(): one walk backward from the end finds every
  // phrase ending there. `key` is the forward node whose terminals the path ends in.
  struct BackNode {
    std::vector<std::pair<unsigned char, std::uint32_t>> next;  // sorted by byte
    std::uint32_t key = 0;
  };
  std::vector<BackNode> back_{BackNode{}};
  std::uint32_t back_child(std::uint32_t node, unsigned char c) const;
  std::vector<std::array<std::uint32_t, 256>> dense_;
  std::vector<std::string> phrases_;
  std::size_t entries_ = 0;
  std::size_t longest_key_ = 0;
};

// Folds ASCII to lower case and collapses whitespace runs to one space.
std::string fold_phrase(std::string_view phrase);

}  // namespace factsheet
