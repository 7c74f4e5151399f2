#include "lexicon/grammar_file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet {

std::string grammar_file_content(const std::string& dir, const std::string& name) {
  if (dir.empty()) {
    for (const embedded::File& f : embedded::files())
      if (f.name == name) return std::string(f.content);
    throw LexiconError("grammars/" + name + ": missing grammar file");
  }
  std::string path = (std::filesystem::path(dir) / name).string();
  std::ifstream in(path, std::ios::binary);
  if (!in) throw LexiconError(path + ": missing grammar file");
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

}  // namespace factsheet
