// Extractor: Document -> claims. The one entry point of the grammar layer.
// An Extractor is immutable after construction; extract() may be called from
// many threads at once.
#pragma once
#include <memory>
#include <vector>

#include "claim/claim.hpp"
#include "claim/document.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet {

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const Lexicon> lexicon);
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // All claims of the document, in text order, with `doc`, offsets, text and sentence set.
  std::vector<Claim> extract(const Document& doc) const;

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  struct Impl;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factsheet
