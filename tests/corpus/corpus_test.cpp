// One parameterized test runs every example of grammars/examples: adding a row adds a test.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>

#include "example_file.hpp"
#include "extract/extractor.hpp"

namespace factsheet::corpus {
namespace {

const Extractor& extractor() {
  static const Extractor instance(Lexicon::embedded());
  return instance;
}

std::string show(const Value& v) {
  if (std::holds_alternative<double>(v)) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g", std::get<double>(v));
    return buf;
  }
  if (std::holds_alternative<std::string>(v)) return std::get<std::string>(v);
  return "null";
}

std::string show_value(const Claim& c) {
  if (std::holds_alternative<std::string>(c.value)) return std::get<std::string>(c.value);
  if (c.part && c.whole) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.10g/%.10g", *c.part, *c.whole);
    return buf;
  }
  if (c.is_range()) return show(c.low) + ".." + show(c.high);
  return show(c.value);
}

// Numbers compare numerically (so "41e9" and "41000000000" agree); strings exactly.
bool same_value(const std::string& want, const std::string& got) {
  if (want == got) return true;
  auto number_parts = [](const std::string& s, double out[2], int& n) {
    n = 0;
    std::size_t sep = s.find("..");
    if (sep == std::string::npos) sep = s.find('/');
    std::string a = sep == std::string::npos ? s : s.substr(0, sep);
    std::string b = sep == std::string::npos ? "" : s.substr(sep + (s[sep] == '/' ? 1 : 2));
    for (const auto& part : {a, b}) {
      if (part.empty()) continue;
      char* end = nullptr;
      out[n++] = std::strtod(part.c_str(), &end);
      if (*end) return false;
    }
    return true;
  };
  double w[2], g[2];
  int nw = 0, ng = 0;
  if (!number_parts(want, w, nw) || !number_parts(got, g, ng) || nw != ng) return false;
  bool same_shape = (want.find("..") == std::string::npos) == (got.find("..") == std::string::npos);
  for (int i = 0; i < nw; ++i)
    if (std::fabs(w[i] - g[i]) > 1e-9 * std::max(1.0, std::fabs(w[i]))) return false;
  return same_shape;
}

}  // namespace

// Names the example in failure messages instead of dumping its bytes.
void PrintTo(const Example& ex, std::ostream* os) { *os << ex.file << ":" << ex.line << " " << ex.input; }

namespace {

class Corpus : public ::testing::TestWithParam<Example> {};

TEST_P(Corpus, Example) {
  const Example& ex = GetParam();
  Document doc;
  doc.id = "example";
  doc.text = ex.input;
  auto claims = extractor().extract(doc);
  std::string found;
  for (const auto& c : claims)
    found += "\n  [" + c.text + "] " + std::string(to_string(c.kind)) + " " + show_value(c) + " " +
             c.unit.value_or("null") + " " + std::string(to_string(c.qualifier)) + " " +
             std::string(to_string(c.change));
  std::size_t at = ex.input.find(ex.text);
  if (ex.negative) {
    for (const auto& c : claims) {
      bool overlaps = c.start < at + ex.text.size() && at < c.end;
      EXPECT_FALSE(overlaps && c.kind != Kind::other)
          << ex.file << ":" << ex.line << " reported a figure in '" << ex.text << "':" << found;
    }
    return;
  }
  const Claim* hit = nullptr;
  for (const auto& c : claims)
    if (c.start == at && c.text == ex.text) hit = &c;
  ASSERT_NE(hit, nullptr) << ex.file << ":" << ex.line << " no claim spans '" << ex.text << "'; found:" << found;
  EXPECT_EQ(to_string(hit->kind), ex.kind) << ex.file << ":" << ex.line;
  EXPECT_TRUE(same_value(ex.value, show_value(*hit)))
      << ex.file << ":" << ex.line << " value: want " << ex.value << ", got " << show_value(*hit);
  EXPECT_EQ(hit->unit.value_or(""), ex.unit) << ex.file << ":" << ex.line;
  EXPECT_EQ(to_string(hit->qualifier), ex.qualifier) << ex.file << ":" << ex.line;
  EXPECT_EQ(to_string(hit->change), ex.change) << ex.file << ":" << ex.line;
}

std::string name_of(const ::testing::TestParamInfo<Example>& info) {
  std::string name = info.param.file.substr(0, info.param.file.find('.')) + "_" + std::to_string(info.param.line);
  return name;
}

INSTANTIATE_TEST_SUITE_P(Examples, Corpus, ::testing::ValuesIn(load_examples(FACTSHEET_EXAMPLES_DIR)), name_of);

}  // namespace
}  // namespace factsheet::corpus
