// Extractor: Document -> claims. The one entry point of the grammar layer.
// An Extractor is immutable after construction; extract() may be called from
// many threads at once.
#pragma once
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "claim/document.hpp"
#include "lexicon/lexicon.hpp"
#include "text/sentences.hpp"

namespace factsheet {

namespace context {
struct PartPlan;
class DocumentParts;
}

struct ExtractorOptions {
  std::optional<int> year;  // completes article dates written without a year (--year)
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon, ExtractorOptions options = {});
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // All claims of the document, in text order: the grammar layer's figures, then the
  // context stage's fields (article, source, subject, time, attribution ...). Dateline
  // dates are left out.
  std::vector<Claim> extract(const Document& doc) const;

  // Receives claims in text order, a sentence's worth or more at a time; it may move
  // them out. An exception it throws ends extraction and propagates.
  using ClaimSink = std::function<void(std::vector<Claim>& claims)>;
  // The same claims as extract(doc), handed to `sink` as they are found, so memory does
  // not grow with the claims of a long document.
  void extract(const Document& doc, const ClaimSink& sink) const;
  // The claims of one part of a document read in parts (doc.part set), given the plan
  // made for it in part order (context/document_parts.hpp); their offsets are those of
  // the whole document.
  void extract(const Document& part, const std::shared_ptr<const context::PartPlan>& plan,
               const ClaimSink& sink) const;

  // The state that carries across the parts of one document read in parts: each part's
  // plan is made from it in part order (DocumentParts::prepare).
  std::unique_ptr<context::DocumentParts> begin_parts() const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  // The figures of sentences as read without the article's "800m" reading, kept by
  // writes_metres() so that an article that does not write metres is not read twice.
  struct SentenceReads {
    std::size_t sentence = 0;  // index among the document's sentences
    std::vector<Claim> claims;
  };
  struct KeptReads {
    std::vector<SentenceReads> sentences;
    std::size_t claims = 0;
  };
  bool writes_metres(std::string_view text, std::span<const text::Span> sentences, std::size_t first,
                     KeptReads& kept) const;
  struct Impl;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factsheet
