#include "example_file.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

namespace factsheet::corpus {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::size_t start = 0;
  while (true) {
    std::size_t tab = line.find('\t', start);
    cells.push_back(line.substr(start, tab == std::string::npos ? tab : tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return cells;
}

}  // namespace

std::vector<Example> load_examples(const std::string& dir) {
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<Example> out;
  for (const auto& path : files) {
    std::ifstream in(path);
    std::string line;
    int n = 0;
    bool header = false;
    bool negative = path.filename() == "negative.tsv";
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      if (!header) {
        header = true;
        continue;
      }
      auto c = split_tabs(line);
      std::string where = path.filename().string() + ":" + std::to_string(n);
      Example ex;
      ex.file = path.filename().string();
      ex.line = n;
      ex.negative = negative;
      if (negative) {
        if (c.size() != 2) throw std::runtime_error(where + ": expected 2 columns");
        ex.input = c[0];
        ex.text = c[1];
      } else {
        if (c.size() != 7) throw std::runtime_error(where + ": expected 7 columns");
        ex.input = c[0];
        ex.text = c[1];
        ex.kind = c[2];
        ex.value = c[3];
        ex.unit = c[4];
        ex.qualifier = c[5].empty() ? "=" : c[5];
        ex.change = c[6];
      }
      if (ex.input.find(ex.text) == std::string::npos)
        throw std::runtime_error(where + ": '" + ex.text + "' is not in the input");
      out.push_back(std::move(ex));
    }
  }
  return out;
}

}  // namespace factsheet::corpus
