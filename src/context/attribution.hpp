// Who states a figure, where the sentence says so: "According to Chinese statistics, ...",
// "..., Wang said.", "..., said Wang.", "..., reported Akorda.", "Wang said that ...",
// "... while organisers put the figure at 4,000". Cues come from grammars/attribution.tsv.
//
// Each figure is credited to the clause it stands in: a closing source ("..., police said")
// covers the figures before it, an opening one ("Police said ...", "organisers put the
// figure at ...") those after it, and "according to" the whole sentence. A figure takes the
// first closing source after it, else the sentence's "according to", else the nearest
// source before it (the speaker goes on), else the first after it: the outermost source
// wins where several cover one figure.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "context/tokens.hpp"

namespace factsheet::context {

// Per claim k of the sentence (0 to claims - 1, as TaggedSentence numbers them): the source
// phrase as written (determiners dropped); null when its clause names none or only a
// pronoun ("he said").
std::vector<std::optional<std::string>> find_attributions(const TaggedSentence& s, const Lexicon& lex,
                                                          std::size_t claims);

// The source of the sentence as a whole: the outermost one (a closing source or "according
// to" over an opening "X said").
std::optional<std::string> find_attribution(const TaggedSentence& s, const Lexicon& lex);

}  // namespace factsheet::context
