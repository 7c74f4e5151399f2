#include "lexicon/discourse_nouns.hpp"

#include "lexicon/grammar_file.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/tsv.hpp"
#include "text/chars.hpp"

namespace factsheet {
namespace {

constexpr const char* kFile = "discourse_nouns.tsv";

}  // namespace

std::vector<std::string> load_discourse_nouns(const std::string& grammars_dir) {
  std::string origin = grammars_dir.empty() ? std::string("grammars") : grammars_dir;
  TsvTable table = TsvTable::parse(grammar_file_content(grammars_dir, kFile), kFile, origin, {"noun", "class"});
  std::vector<std::string> nouns;
  for (const TsvTable::Row& r : table.rows()) {
    const std::string& cls = r.cells[1];
    if (cls != "participant" && cls != "discourse" && cls != "repetition")
      throw LexiconError(table.where(r) + "class must be participant, discourse or repetition");
    std::string noun = r.cells[0];
    for (char& c : noun)
      c = text::to_lower(c);
    nouns.push_back(std::move(noun));
  }
  return nouns;
}

}  // namespace factsheet
