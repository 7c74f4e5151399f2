// Shared helpers of the context tests: the embedded lexicon and one-sentence runs.
#pragma once
#include <string>
#include <vector>

#include "claim/claim.hpp"
#include "context/tokens.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context::testing {

inline const Lexicon& lexicon() { return *Lexicon::embedded(); }

// A claim over the first occurrence of `figure` in `text`.
inline Claim claim_at(const std::string& text, const std::string& figure, Kind kind) {
  Claim c;
  c.start = text.find(figure);
  c.end = c.start + figure.size();
  c.text = figure;
  c.kind = kind;
  return c;
}

}  // namespace factsheet::context::testing
