// What the audit takes from the grammars: the lemmatizer's rules and the function words
// (the Lexicon), its own stop words (grammars/audit_stopwords.tsv) and the minor
// discourse nouns (grammars/discourse_nouns.tsv), which keep "the two sides" out.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>

#include "claim/figure_rules.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::audit {

struct AuditRules {
  std::shared_ptr<const Lexicon> lexicon;
  std::unordered_set<std::string> stop_words;  // lower case
  MinorNouns minor_nouns;

  // A word (lower case) that says nothing about what a figure measures: a function or
  // time word of the Lexicon, or a listed stop word.
  bool is_stop_word(std::string_view word) const;
};

// The rules from `grammars_dir` (empty: the embedded grammars), with `lexicon` loaded from
// the same place. Throws LexiconError naming file and line.
std::shared_ptr<const AuditRules> load_audit_rules(std::shared_ptr<const Lexicon> lexicon,
                                                   const std::string& grammars_dir);

// The embedded grammars with `minor_nouns` (an xlsx writer built without rules).
std::shared_ptr<const AuditRules> embedded_audit_rules(MinorNouns minor_nouns);

}  // namespace factsheet::audit
