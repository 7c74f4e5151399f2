// grammars/audit_stopwords.tsv: words the audit ignores when it compares subjects, on top of
// the Lexicon's function words. Read on its own, like discourse_nouns.hpp, because only
// the audit needs it.
#pragma once
#include <string>
#include <vector>

namespace factsheet {

// The words, lower case, from the embedded grammars (`grammars_dir` empty) or from
// `grammars_dir`/audit_stopwords.tsv. Throws LexiconError naming file and line.
std::vector<std::string> load_audit_stopwords(const std::string& grammars_dir);

}  // namespace factsheet
