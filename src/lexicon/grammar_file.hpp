// One grammar file read on its own, apart from the Lexicon: from the copy compiled
// into the binary, or from a --grammars directory.
#pragma once
#include <string>

namespace factsheet {

// The content of `name` (e.g. "discourse_nouns.tsv"): embedded when `grammars_dir` is
// empty, else `grammars_dir`/`name`. Throws LexiconError when it is missing.
std::string grammar_file_content(const std::string& grammars_dir, const std::string& name);

}  // namespace factsheet
