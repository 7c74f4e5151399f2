// The context stage: fills the source-context fields of a document's claims (article,
// title, source, dateline, date, page, subject, time, time_text, attribution) and drops
// the claims that are dateline metadata ("May 21" in "ASTANA, May 21 (Xinhua) --").
// Immutable after construction; apply() may run on many threads at once. Work per
// document is linear in its size plus the claims' sentences: the article index is built
// once and looked up by offset.
#pragma once
#include <optional>
#include <span>
#include <vector>

#include "claim/claim.hpp"
#include "claim/document.hpp"
#include "lexicon/lexicon.hpp"
#include "text/sentences.hpp"

namespace factsheet::context {

struct ContextOptions {
  std::optional<int> year;  // completes article dates written without a year
};

class ContextStage {
 public:
  ContextStage(const Lexicon& lexicon, ContextOptions options = {});

  // `claims` are the document's claims in text order, each inside one of `sentences`
  // (the sentence spans of doc.text, in order).
  void apply(const Document& doc, std::span<const text::Span> sentences, std::vector<Claim>& claims) const;
  // The same, splitting the sentences itself.
  void apply(const Document& doc, std::vector<Claim>& claims) const;

 private:
  const Lexicon& lexicon_;
  ContextOptions options_;
};

// 1-based page of `offset` given the offsets where pages start; nullopt when unpaged.
std::optional<int> page_of(const std::vector<std::size_t>& page_starts, std::size_t offset);

}  // namespace factsheet::context
