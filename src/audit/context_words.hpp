// The content words of the sentences a run's figures stand in, for the test that two
// statements of one count state one fact: besides the figure and the noun it counts, their
// sentences say something alike. "About six million people in the UK now have a fast,
// always-on connection" and "almost six million people have a fast, always-on connection"
// share "fast", "always-on" and "connection"; "an estimated 20,000 of those were from
// within the UK" (viewers of a download) and "the poll of 20,000 people in 20 countries"
// share only the figure, and are two facts.
//
// A content word is written in lower case (names say who, which the frame's entity
// compares already), has two letters or more and is no stop word (AuditRules); it is kept
// as a 32-bit hash of its lower-case letters and digits, distinct per sentence. Memory: 4
// bytes per distinct word and 4 per sentence, in two flat arrays.
#pragma once
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace factsheet::audit {

// The hashes of the words of `text` (as ContextWords keeps them, stop words included), sorted
// and distinct.
std::vector<std::uint32_t> word_hashes(std::string_view text);

class ContextWords {
 public:
  using StopWord = std::function<bool(std::string_view lower_word)>;
  explicit ContextWords(StopWord stop) : stop_(std::move(stop)) {}

  // The sentence with running number `sentence`; numbers rise, and one given again is
  // ignored. A number never given has no words.
  void add_sentence(std::uint32_t sentence, std::string_view text);
  // Whether the two sentences share a content word that is not in `ignored` (sorted).
  bool share(std::uint32_t sentence_a, std::uint32_t sentence_b, const std::vector<std::uint32_t>& ignored) const;
  // Forgets every sentence, memory and all.
  void clear() {
    words_ = {};
    begin_ = {};
  }

 private:
  StopWord stop_;
  std::vector<std::uint32_t> words_;  // each sentence's words, one sentence after the other
  std::vector<std::uint32_t> begin_;  // per sentence number: where its words start in words_
};

}  // namespace factsheet::audit
