// Corpus tests of the context stage: every row of grammars/examples/context/*.tsv.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "extract/extractor.hpp"

namespace factsheet::corpus {
namespace {

struct ContextExample {
  std::string where, input, text, field, expected;
};

std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::istringstream in(line);
  for (std::string cell; std::getline(in, cell, '\t');) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

std::vector<ContextExample> load() {
  std::vector<ContextExample> all;
  std::filesystem::path dir = std::filesystem::path(FACTSHEET_EXAMPLES_DIR) / "context";
  std::vector<std::filesystem::path> files;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".tsv") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  for (const auto& path : files) {
    std::ifstream in(path);
    bool header = true;
    int n = 0;
    for (std::string line; std::getline(in, line);) {
      ++n;
      if (line.empty() || line[0] == '#') continue;
      if (header) {
        header = false;
        continue;
      }
      auto c = cells(line);
      c.resize(4);
      all.push_back({path.filename().string() + ":" + std::to_string(n), c[0], c[1], c[2], c[3]});
    }
  }
  return all;
}

std::optional<std::string> field(const Claim& c, const std::string& name) {
  if (name == "subject") return c.subject;
  if (name == "time") return c.time;
  if (name == "time_text") return c.time_text;
  if (name == "attribution") return c.attribution;
  if (name == "entity") return c.entity;
  ADD_FAILURE() << "unknown field " << name;
  return std::nullopt;
}

class ContextCorpus : public ::testing::TestWithParam<ContextExample> {};

TEST_P(ContextCorpus, Example) {
  const ContextExample& ex = GetParam();
  static const Extractor extractor(Lexicon::embedded(), ExtractorOptions{2024});
  Document doc;
  doc.id = "example";
  doc.text = ex.input;
  auto claims = extractor.extract(doc);
  const Claim* claim = nullptr;
  for (const Claim& c : claims)
    if (c.text == ex.text) claim = &c;
  ASSERT_TRUE(claim) << ex.where << ": no claim \"" << ex.text << "\"";
  auto got = field(*claim, ex.field);
  if (ex.expected.empty())
    EXPECT_FALSE(got) << ex.where << ": " << ex.field << " = " << *got;
  else
    EXPECT_EQ(got.value_or("(null)"), ex.expected) << ex.where;
}

INSTANTIATE_TEST_SUITE_P(Examples, ContextCorpus, ::testing::ValuesIn(load()),
                         [](const ::testing::TestParamInfo<ContextExample>& info) {
                           return "row_" + std::to_string(info.index);
                         });

}  // namespace
}  // namespace factsheet::corpus
