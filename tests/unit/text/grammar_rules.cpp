#include "grammar_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace factsheet::text::testing {
namespace {

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> cells;
  std::stringstream in(line);
  std::string cell;
  while (std::getline(in, cell, '\t')) cells.push_back(cell);
  if (!line.empty() && line.back() == '\t') cells.emplace_back();
  return cells;
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  return s;
}

}  // namespace

std::vector<std::vector<std::string>> read_grammar(const std::string& name,
                                                   const std::string& header) {
  std::string path = std::string(FACTSHEET_SOURCE_DIR) + "/grammars/" + name;
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << path;
  std::vector<std::vector<std::string>> rows;
  bool header_seen = false;
  std::size_t columns = split_tabs(header).size();
  std::string line;
  for (int no = 1; std::getline(in, line); ++no) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line.front() == '#') continue;
    if (!header_seen) {
      EXPECT_EQ(line, header) << path << ":" << no;
      header_seen = true;
      continue;
    }
    auto cells = split_tabs(line);
    EXPECT_EQ(cells.size(), columns) << path << ":" << no << ": " << line;
    if (cells.size() == columns && !cells[0].empty()) rows.push_back(std::move(cells));
  }
  EXPECT_TRUE(header_seen) << path << ": no header";
  return rows;
}

const SentenceRules& sentence_rules() {
  static const SentenceRules rules = [] {
    SentenceRules r;
    for (const auto& row : read_grammar("abbreviations.tsv", "abbreviation\tclass")) {
      std::string key = lower(row[0]);
      if (!key.empty() && key.back() == '.') key.pop_back();
      r.abbreviations.insert(key);
      if (row[1] != "general") r.never_final.insert(key);
    }
    for (const auto& row : read_grammar("sentence_openers.tsv", "word"))
      r.openers.insert(lower(row[0]));
    return r;
  }();
  return rules;
}

const LemmaRules& lemma_rules() {
  static const LemmaRules rules = [] {
    LemmaRules r;
    for (const auto& row : read_grammar("lemmas.tsv", "form\tlemma\tclass")) {
      if (row[2] == "plural") {
        r.irregular[lower(row[0])] = lower(row[1]);
      } else {
        r.invariant.insert(lower(row[0]));
      }
    }
    return r;
  }();
  return rules;
}

}  // namespace factsheet::text::testing
