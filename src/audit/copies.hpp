// Which statements copy each other: the audit's test of independence. A fact stated only
// in copies (a summary that repeats a wire report, the same story filed twice) is
// `repeated`, never `corroborated`.
//
// Texts are compared by shingles: runs of 5 words, lower case, letters and digits only
// ("U.S." and "US" are one word). Two sentences are copies when their shingle sets
// have a Jaccard similarity of at least kSentenceCopy (or their words one of at least
// kSentenceWords); two articles are copies when most
// of the shingles sampled from the sentences of one (those of its figures) are found in
// the other (containment >= kArticleCopy over at least kMinShared shingles). Articles
// are found through an index from each sampled shingle to the articles holding it (a
// shingle held by more than kMaxHolders articles is boilerplate and left out), so the
// work follows the number of shingles, not the number of pairs of articles.
#pragma once
#include <cstdint>
#include <span>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "audit/union_find.hpp"
#include "io/growing_array.hpp"

namespace factsheet::audit {

inline constexpr double kSentenceCopy = 0.5;
// Or when at least this share of their distinct words are alike, for sentences of at
// least kMinWords distinct words ("some economists have said" / "some observers have said");
// a shorter sentence is often a formula that independent writers share ("X's trade reached
// N in 2023").
inline constexpr double kSentenceWords = 0.8;
inline constexpr std::size_t kMinWords = 12;
inline constexpr double kArticleCopy = 0.5;
inline constexpr std::size_t kMinShared = 3;
inline constexpr std::size_t kMaxHolders = 64;

// The shingles of a text: hashes of its 5-word runs (one for a text of fewer words),
// sorted and distinct.
std::vector<std::uint32_t> shingles(std::string_view text);
// The same with runs of `size` words (1: the distinct words).
std::vector<std::uint32_t> shingles(std::string_view text, std::size_t size);

// Jaccard similarity of two sorted sets.
double shingle_similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b);

class CopyIndex {
 public:
  // A sentence of the run (its running number, the article it is in: any 64-bit key).
  // Numbers rise; a number given again, or lower than one given, is ignored.
  void add_sentence(std::uint32_t sentence, std::uint64_t article, std::string_view text);
  // Clusters the articles that copy each other. Call once, after the last add_sentence().
  void finish();

  // Whether two statements copy each other: their sentences are near-duplicates, or
  // their articles (different ones) are copies.
  bool copies(std::uint32_t sentence_a, std::uint64_t article_a, std::uint32_t sentence_b, std::uint64_t article_b);
  // The two tests apart: different articles that copy each other; near-duplicate sentences
  // (`by_words` false: by shingles only, not by the words alike, which two short sentences
  // of one formula share whatever their figures).
  bool articles_copy(std::uint64_t article_a, std::uint64_t article_b);
  bool sentences_copy(std::uint32_t sentence_a, std::uint32_t sentence_b, bool by_words = true);
  // Articles found to copy another one.
  std::size_t copied_articles() const { return copied_; }

 private:
  // Each sentence's entries one after the other in one array: its shingles, or, when it
  // keeps its words (kMinWords or more), the number of its shingles, its shingles and its
  // words. Per sentence number, where its entries start (kWords: with words); they end
  // where the next number's start. Numbers are dense (running numbers), so an array of 4
  // bytes a sentence replaces maps of about 50: a run of a million figures holds a million
  // sentences. A number never given (kGap) holds where the next sentence starts. Past a
  // billion entries (4 GB of them), further sentences are left out.
  static constexpr std::uint32_t kWords = 1u << 31, kGap = 1u << 30, kOffset = kGap - 1;
  std::span<const std::uint32_t> shingles_of(std::uint32_t sentence) const;
  std::span<const std::uint32_t> words_of(std::uint32_t sentence) const;
  std::uint32_t end_of(std::uint32_t sentence) const;
  bool has(std::uint32_t sentence) const { return sentence < starts_.size() && (starts_[sentence] & kGap) == 0; }

  io::GrowingArray<std::uint32_t> arena_;
  io::GrowingArray<std::uint32_t> starts_;
  std::unordered_map<std::uint64_t, std::uint32_t> article_ids_;
  std::vector<std::vector<std::uint32_t>> article_samples_;  // per article: sampled shingles
  UnionFind articles_{0};
  std::size_t copied_ = 0, finished_articles_ = 0;

  std::uint32_t article_id(std::uint64_t article);
};

}  // namespace factsheet::audit
