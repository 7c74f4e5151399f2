// PhraseTable::ending_at walks backward once over the reversed phrases; it must give
// what walking forward from every start in reach gives (ending_at_by_starts), at every
// position of real text, for every table of the lexicon.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "lexicon/lexicon.hpp"
#include "text/utf8.hpp"

namespace factsheet {
namespace {

namespace fs = std::filesystem;

// The sample, and whether the BBC business articles (../shared) are in it.
std::pair<std::string, bool> sample_text() {
  std::string text =
      "Output rose 5 per\xC2\xA0" "cent to 40\xE2\x80\x89MW, up from 3 Nm and 12 nm; about  two-thirds of "
      "US$ 1.2 billion (\xE2\x82\xAC" "3m) came in March 2024, more than 10 km\xC2\xB2 a year ago. "
      "The U.S. dollar fell 0.5 percentage points;\tprices were higher by 7% year-on-year.\n"
      "Roughly 1,2,3,4,5,6,7,8,9,10 tonnes per hectare at 5 degrees Celsius, said Reuters on Monday.";
  fs::path dir = fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc" / "business";
  std::error_code ec;
  bool corpus = fs::is_directory(dir, ec);
  if (corpus) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (std::size_t i = 0; i < files.size() && i < 40; ++i) {
      std::ifstream in(files[i], std::ios::binary);
      text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  text::repair_utf8(text);
  return {text, corpus};
}

TEST(PhraseEnding, OneBackwardWalkFindsWhatEveryForwardWalkFinds) {
  auto lex = Lexicon::embedded();
  const auto [text, corpus] = sample_text();
  const PhraseTable* tables[] = {&lex->number_words(), &lex->scales(),     &lex->currencies(),
                                 &lex->units(),        &lex->qualifiers(), &lex->changes(),
                                 &lex->months(),       &lex->names(),      &lex->words(),
                                 &lex->context().sources(), &lex->context().relative_times(),
                                 &lex->context().attribution_cues(), &lex->context().role_words()};
  std::size_t found = 0;
  for (const PhraseTable* t : tables) {
    for (int words : {1, 2, 5}) {
      for (std::size_t end = 0; end <= text.size(); ++end) {
        auto fast = t->ending_at(text, end, words);
        auto slow = t->ending_at_by_starts(text, end, words);
        ASSERT_EQ(fast.has_value(), slow.has_value()) << "end " << end << " words " << words;
        if (!fast) continue;
        ++found;
        ASSERT_EQ(fast->first, slow->first) << "end " << end;
        ASSERT_EQ(fast->second.id, slow->second.id) << "end " << end;
        ASSERT_EQ(fast->second.length, slow->second.length) << "end " << end;
      }
    }
  }
  // A positive control: the comparison saw many phrases (the built-in sample alone holds
  // a few hundred endings, with the BBC articles several thousand).
  EXPECT_GT(found, corpus ? 1000u : 100u);
}

}  // namespace
}  // namespace factsheet
