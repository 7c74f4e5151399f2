// Who states a figure, where the sentence says so: "According to Chinese statistics, ...",
// "..., Wang said.", "..., said Wang.", "..., reported Akorda.", "Wang said that ...".
// Cues come from grammars/attribution.tsv. The outermost source wins: a cue in the closing
// clause or an "according to" over a sentence-opening "X said".
#pragma once
#include <optional>
#include <string>

#include "context/tokens.hpp"

namespace factsheet::context {

// The source phrase as written (determiners dropped); null when the sentence names none or
// only a pronoun ("he said").
std::optional<std::string> find_attribution(const TaggedSentence& s, const Lexicon& lex);

}  // namespace factsheet::context
