// PhraseTable: longest-match lookup of lexicon phrases in running text.
// Matching folds ASCII case (unless an entry asks for exact case), lets one space
// in a phrase match any run of spaces (incl. NBSP and thin spaces), and requires a
// phrase that ends in a letter not to run on into a letter (nor a digit into a digit).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "text/chars.hpp"

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

  // Longest phrase starting at text[pos]. Callers ask at every word of a sentence, and
  // at most words no phrase starts: that answer is found here, without a call.
  std::optional<Match> longest(std::string_view text, std::size_t pos) const {
    if (!may_start_at(text, pos)) return std::nullopt;
    return longest_walk(text, pos);
  }
  // Every phrase starting at text[pos], shortest first.
  std::vector<Match> all(std::string_view text, std::size_t pos) const;
  // The same into `out` (cleared first), so that a caller's buffer is reused.
  void all(std::string_view text, std::size_t pos, std::vector<Match>& out) const {
    out.clear();
    if (may_start_at(text, pos)) all_walk(text, pos, out);
  }
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

  // A byte as keys are matched: ASCII folded to lower case.
  static unsigned char fold(unsigned char c) { return static_cast<unsigned char>(text::to_lower(static_cast<char>(c))); }

 private:
  // The edges of a trie, (node, byte) -> node, in one open-addressed table: a step of a
  // walk is one probe into a flat array rather than a search of the node's own edge list.
  class Edges {
   public:
    std::uint32_t find(std::uint32_t from, unsigned char c) const {
      if (slots_.empty()) return 0;
      std::uint32_t key = pack(from, c);
      for (std::size_t i = slot(key);; i = (i + 1) & mask_) {
        if (slots_[i].key == key) return slots_[i].to;
        if (slots_[i].key == 0) return 0;
      }
    }
    void insert(std::uint32_t from, unsigned char c, std::uint32_t to);

   private:
    struct Slot {
      std::uint32_t key = 0;  // pack(from, byte); 0 empty
      std::uint32_t to = 0;
    };
    static std::uint32_t pack(std::uint32_t from, unsigned char c) { return (from << 8 | c) + 1; }
    std::size_t slot(std::uint32_t key) const { return (key * 0x9E3779B1U) >> shift_ & mask_; }
    std::vector<Slot> slots_;
    std::size_t mask_ = 0, used_ = 0;
    int shift_ = 32;
  };
  // Nodes are numbered from 0 (the root) and their edges keyed by number and byte, so the
  // trie holds fewer than 2^24 nodes.
  static constexpr std::uint32_t kMaxNodes = (1U << 24) - 1;
  // An edge into a node where phrases end carries this bit, so that a walk learns it from
  // the probe it makes anyway and reads a node's entries only there.
  static constexpr std::uint32_t kEnds = 1U << 31;
  static constexpr std::uint32_t kNode = kEnds - 1;

  struct Terminal {
    std::uint32_t id;
    std::string exact;  // the phrase as written when exact case is required, else empty
  };
  template <typename F>
  void walk(std::string_view text, std::size_t pos, F&& on_match) const;
  std::optional<Match> longest_walk(std::string_view text, std::size_t pos) const;
  void all_walk(std::string_view text, std::size_t pos, std::vector<Match>& out) const;
  const Terminal* hit(std::uint32_t node, std::string_view matched) const;

  Edges next_;
  // The first two bytes of the keys (folded), a bit per pair; a one-byte key sets every pair
  // it begins. Most walks stop within two bytes, and this small table answers them without
  // a probe into the edges, which are too many to stay in cache.
  std::vector<std::uint64_t> pairs_ = std::vector<std::uint64_t>(256 * 256 / 64);
  bool may_start(unsigned char a, unsigned char b) const {
    std::size_t i = std::size_t{a} << 8 | b;
    return (pairs_[i / 64] >> (i % 64) & 1U) != 0;
  }
  // False when no key can match at text[pos]: its two bytes are plain ASCII and no key
  // begins with them (an ASCII space stands for a space run). Other bytes may start a
  // Unicode space, so they go the long way.
  bool may_start_at(std::string_view text, std::size_t pos) const {
    if (pos + 1 >= text.size()) return true;
    auto a = static_cast<unsigned char>(text[pos]), b = static_cast<unsigned char>(text[pos + 1]);
    if (a >= 0x80 || b >= 0x80) return true;
    return may_start(fold(a), text::is_ascii_space(static_cast<char>(b)) ? ' ' : fold(b));
  }
  std::vector<std::vector<Terminal>> terminals_{1};  // per node; most have none
  // The keys reversed, for ending_at(): one walk backward from the end finds every
  // phrase ending there. back_key_ is the forward node whose terminals the path ends in.
  Edges back_;
  std::vector<std::uint32_t> back_key_{0};
  std::vector<std::string> phrases_;
  std::size_t entries_ = 0;
  std::size_t longest_key_ = 0;
};

// Folds ASCII to lower case and collapses whitespace runs to one space.
std::string fold_phrase(std::string_view phrase);

}  // namespace factsheet
