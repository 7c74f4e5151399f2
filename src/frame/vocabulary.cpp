#include "frame/vocabulary.hpp"

#include <algorithm>

#include "lexicon/embedded.hpp"

namespace factsheet::frame {
namespace {

// Lines of a generated table: comments skipped, cells split at tabs.
template <class Row>
void each_row(std::string_view content, Row row) {
  std::vector<std::string_view> cells;  // one vector for every row: tens of thousands of them
  while (!content.empty()) {
    std::size_t nl = content.find('\n');
    std::string_view line = content.substr(0, nl);
    content = nl == std::string_view::npos ? std::string_view() : content.substr(nl + 1);
    if (line.empty() || line[0] == '#') continue;
    cells.clear();
    while (true) {
      std::size_t tab = line.find('\t');
      cells.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    row(cells);
  }
}

}  // namespace

const FrameVocabulary& FrameVocabulary::embedded() {
  static const FrameVocabulary vocabulary = [] {
    FrameVocabulary v;
    for (const embedded::File& f : embedded::files()) {
      if (f.name == "frame_nouns.tsv") {
        const char* first = nullptr;  // the block of adjective rows: one sorted run of lines
        const char* last = nullptr;
        each_row(f.content, [&](const std::vector<std::string_view>& cells) {
          if (cells.size() < 2) return;
          if (cells[1] == "common") return v.add_common_capital(std::string(cells[0]));
          if (cells[1] == "adjective") {
            if (!first) first = cells[0].data();
            last = cells[1].data() + cells[1].size();
            return;
          }
          v.add_noun(std::string(cells[0]), cells[1] == "measure" ? NounClass::measure : NounClass::act);
          if (cells.size() == 3) v.add_synonym_key(std::string(cells[0]), std::string(cells[2]));
        });
        if (first) v.adjective_rows_ = std::string_view(first, static_cast<std::size_t>(last - first));
      }
      if (f.name == "frame_verbs.tsv")
        each_row(f.content, [&](const std::vector<std::string_view>& cells) {
          if (cells.size() == 2) v.add_verb(std::string(cells[0]), std::string(cells[1]));
        });
      if (f.name == "common_words.tsv") v.common_text_ = f.content;
      if (f.name == "frame_places.tsv")
        each_row(f.content, [&](const std::vector<std::string_view>& cells) {
          if (cells.size() == 3) v.add_place(std::string(cells[0]), std::string(cells[2]));
        });
    }
    return v;
  }();
  return vocabulary;
}

namespace {

// Whether the lines of `table`, sorted by their first cell (up to a tab), hold `word` as
// one: a binary search by byte offset, [lo, hi) the lines still in question, lo always at a
// line's start. The table is searched where it is, with no copy and no index.
bool sorted_lines_contain(std::string_view table, std::string_view word) {
  std::size_t lo = 0, hi = table.size();
  while (lo < hi) {
    std::size_t start = lo + (hi - lo) / 2;
    while (start > lo && table[start - 1] != '\n') --start;
    std::size_t end = std::min(table.find('\n', start), table.size());
    std::string_view line = table.substr(start, end - start);
    std::string_view key = line.substr(0, line.find('\t'));
    if (key == word) return true;
    if (key < word)
      lo = end + 1;
    else
      hi = start;
  }
  return false;
}

}  // namespace

bool FrameVocabulary::common_word(std::string_view word) const { return sorted_lines_contain(common_text_, word); }

bool FrameVocabulary::adjective(std::string_view word) const { return sorted_lines_contain(adjective_rows_, word); }

std::optional<NounClass> FrameVocabulary::noun(std::string_view word) const {
  auto it = nouns_.find(word);
  if (it == nouns_.end()) return std::nullopt;
  return it->second;
}

std::optional<std::string_view> FrameVocabulary::synonym_key(std::string_view word) const {
  auto it = synonyms_.find(word);
  if (it == synonyms_.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::optional<std::string_view> FrameVocabulary::verb_measure(std::string_view form) const {
  auto it = verbs_.find(form);
  if (it == verbs_.end()) return std::nullopt;
  return std::string_view(it->second);
}

std::optional<std::string_view> FrameVocabulary::place(std::string_view alias) const {
  auto it = places_.find(alias);
  if (it == places_.end()) return std::nullopt;
  return std::string_view(it->second);
}

}  // namespace factsheet::frame
