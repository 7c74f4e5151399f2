// grammars/discourse_nouns.tsv: counted nouns that make a small count in words a minor
// discourse count ("the two sides"), which an xlsx fact sheet's Headline figures and the
// audit leave out (claim/figure_rules.hpp). Read on its own, apart from the Lexicon,
// because the extractor does not need it.
#pragma once
#include <string>
#include <vector>

namespace factsheet {

// The nouns, lower case, from the embedded grammars (`grammars_dir` empty) or from
// `grammars_dir`/discourse_nouns.tsv. Throws LexiconError naming file and line.
std::vector<std::string> load_discourse_nouns(const std::string& grammars_dir);

}  // namespace factsheet
