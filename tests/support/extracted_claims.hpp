// Shared helpers of the tests that read text through the extractor: a document, its
// claims, and the claim of one written figure.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "extract/extractor.hpp"

namespace factsheet::testing {

// A document named `id` holding `text`.
inline Document doc_of(std::string text, std::string id = "t") {
  Document d;
  d.id = std::move(id);
  d.text = std::move(text);
  return d;
}

// The claims of `text`, read with the embedded grammars.
inline std::vector<Claim> claims_of(std::string text) {
  static const Extractor extractor(Lexicon::embedded());
  return extractor.extract(doc_of(std::move(text)));
}

// The claims of the document `id` holding `text`, read with `lexicon` and `options`.
inline std::vector<Claim> claims_of(const std::shared_ptr<const Lexicon>& lexicon, std::string text,
                                    ExtractorOptions options = {}, std::string id = "t") {
  Extractor extractor(lexicon, options);
  return extractor.extract(doc_of(std::move(text), std::move(id)));
}

// The claim of `claims` whose text is `text`; null when none is.
inline const Claim* claim_with(const std::vector<Claim>& claims, std::string_view text) {
  for (const Claim& c : claims)
    if (c.text == text) return &c;
  return nullptr;
}

// The same for a temporary list: a copy, nullopt when none is.
inline std::optional<Claim> claim_with(std::vector<Claim>&& claims, std::string_view text) {
  for (Claim& c : claims)
    if (c.text == text) return std::move(c);
  return std::nullopt;
}

}  // namespace factsheet::testing
