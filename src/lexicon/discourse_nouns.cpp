#include "lexicon/discourse_nouns.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"
#include "lexicon/tsv.hpp"

namespace factsheet {
namespace {

constexpr const char* kFile = "discourse_nouns.tsv";

std::string file_content(const std::string& dir) {
  if (dir.empty()) {
    for (const embedded::File& f : embedded::files())
      if (f.name == kFile) return std::string(f.content);
    throw LexiconError(std::string("grammars/") + kFile + ": missing grammar file");
  }
  std::string path = (std::filesystem::path(dir) / kFile).string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path + ": missing grammar file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace

std::vector<std::string> load_discourse_nouns(const std::string& grammars_dir) {
  std::string origin = grammars_dir.empty() ? std::string("grammars") : grammars_dir;
  TsvTable table = TsvTable::parse(file_content(grammars_dir), kFile, origin, {"noun", "class"});
  std::vector<std::string> nouns;
  for (const TsvTable::Row& r : table.rows()) {
    const std::string& cls = r.cells[1];
    if (cls != "participant" && cls != "discourse" && cls != "repetition")
      throw LexiconError(table.where(r) + "class must be participant, discourse or repetition");
    std::string noun = r.cells[0];
    for (char& c : noun)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    nouns.push_back(std::move(noun));
  }
  return nouns;
}

}  // namespace factsheet
