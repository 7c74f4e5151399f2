#include "lexicon/audit_stopwords.hpp"

#include "lexicon/grammar_file.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/tsv.hpp"
#include "text/chars.hpp"

namespace factsheet {

std::vector<std::string> load_audit_stopwords(const std::string& grammars_dir) {
  constexpr const char* kFile = "audit_stopwords.tsv";
  std::string origin = grammars_dir.empty() ? std::string("grammars") : grammars_dir;
  TsvTable table = TsvTable::parse(grammar_file_content(grammars_dir, kFile), kFile, origin, {"word", "class"});
  std::vector<std::string> words;
  for (const TsvTable::Row& r : table.rows()) {
    if (r.cells[1] != "generic" && r.cells[1] != "filler")
      throw LexiconError(table.where(r) + "class must be generic or filler");
    std::string word = r.cells[0];
    for (char& c : word)
      c = text::to_lower(c);
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace factsheet
