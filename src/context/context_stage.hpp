// The context stage: fills the source-context fields of a document's claims (article,
// title, source, dateline, date, page, subject, time, time_text, attribution) and drops
// the claims that are dateline metadata ("May 21" in "ASTANA, May 21 (Xinhua) --").
// Immutable after construction; apply() may run on many threads at once. Work per
// document is linear in its size plus the claims' sentences: the article index is built
// once and looked up by offset.
#pragma once
#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "claim/claim.hpp"
#include "claim/document.hpp"
#include "lexicon/lexicon.hpp"
#include "text/sentences.hpp"

namespace factsheet::frame {
struct FrameCues;
}

namespace factsheet::context {

struct ContextOptions {
  std::optional<int> year;  // completes article dates written without a year
};

class ArticleIndex;
class NameIndex;
struct PartPlan;

// The context of one document: its article index, and name indexes built per article on
// first use. Claims are given a sentence or more at a time, in text order, so a long
// document's claims can leave as they are found.
class DocumentContext {
 public:
  DocumentContext(const Document& doc, const Lexicon& lexicon, ContextOptions options);
  // For a part of a document read in parts: its articles and names come from `plan`.
  DocumentContext(const Document& part, const Lexicon& lexicon, std::shared_ptr<const PartPlan> plan);
  ~DocumentContext();
  DocumentContext(const DocumentContext&) = delete;
  DocumentContext& operator=(const DocumentContext&) = delete;

  // `claims` lie in `sentences` (consecutive sentence spans of doc.text, in order) and
  // follow every claim given before. Drops dateline dates, fills the rest.
  void apply(std::span<const text::Span> sentences, std::vector<Claim>& claims);
  // The document's (or part's) articles, offsets in its text.
  const ArticleIndex& articles() const { return *index_; }

 private:
  // Sets the claim's line and column. Claims come in text order, so the count goes on
  // from the previous claim: linear in the document however many claims it holds.
  void locate(Claim& claim);

  const Document& doc_;
  const Lexicon& lexicon_;
  std::unique_ptr<ArticleIndex> own_index_;
  std::shared_ptr<const PartPlan> plan_;
  const ArticleIndex* index_ = nullptr;
  // Where claims were last located: counted up to cursor_, whose line starts at line_start_.
  // A part of a document read in parts starts at its plan's line and column.
  int first_line_ = 1, first_column_ = 1;
  std::size_t cursor_ = 0, line_start_ = 0;
  int line_ = 1, column_ = 1;
  std::vector<std::unique_ptr<NameIndex>> names_;
  std::vector<const Claim*> in_sentence_;  // apply(): the claims of the sentence at hand
  const ::factsheet::frame::FrameCues* cues_ = nullptr;  // the lexicon's frame cues (frame_tables.hpp)
};

class ContextStage {
 public:
  ContextStage(const Lexicon& lexicon, ContextOptions options = {});

  // A context for `doc`, which must outlive it.
  std::unique_ptr<DocumentContext> begin(const Document& doc) const {
    return std::make_unique<DocumentContext>(doc, lexicon_, options_);
  }
  std::unique_ptr<DocumentContext> begin(const Document& part, std::shared_ptr<const PartPlan> plan) const {
    return std::make_unique<DocumentContext>(part, lexicon_, std::move(plan));
  }

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
