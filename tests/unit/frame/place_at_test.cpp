// A place named by a run of a sentence's words, longest first; only as many words are
// tried as the longest alias that begins with the first word has.
#include <gtest/gtest.h>

#include <string>

#include "frame/frame_context.hpp"
#include "frame/frame_words.hpp"
#include "frame/vocabulary.hpp"

namespace factsheet::frame::detail {
namespace {

const FrameVocabulary& vocabulary() { return FrameVocabulary::embedded(); }

// The place at word `i` of `sentence` and the words it takes, or "" and 0.
std::pair<std::string, std::size_t> place(const std::string& sentence, std::size_t i) {
  auto p = place_at(words_of(sentence), i, vocabulary());
  return p ? *p : std::pair<std::string, std::size_t>{"", 0};
}

TEST(PlaceAt, TheLongestAliasAtAWordWins) {
  EXPECT_EQ(place("Exports to the United Arab Emirates rose", 3), std::make_pair(std::string("United Arab Emirates"), std::size_t{3}));
  EXPECT_EQ(place("The United States and China", 1).second, 2u);
  EXPECT_EQ(place("New Zealand's dairy exports", 0).second, 2u);  // the last word's possessive dropped
  EXPECT_EQ(place("France rose", 0), std::make_pair(std::string("France"), std::size_t{1}));
  EXPECT_EQ(place("US-led talks", 0).second, 1u);  // the place before a hyphen
  EXPECT_EQ(place("Shares rose", 0).second, 0u);
  EXPECT_EQ(place("the United States", 0).second, 0u);  // a lower-case word is no place
}

TEST(PlaceAt, AnAliasIsTriedOnlyAsLongAsOnesBeginningWithItsFirstWord) {
  EXPECT_GE(vocabulary().place_words_from("united"), 3u);  // "united arab emirates"
  EXPECT_GE(vocabulary().place_words_from("new"), 2u);     // "new zealand"
  EXPECT_EQ(vocabulary().place_words_from("france"), 1u);
  EXPECT_EQ(vocabulary().place_words_from("shares"), 0u);
  // Every alias is found again from its own words.
  for (const char* alias : {"United Arab Emirates", "Hong Kong", "South Korea", "Saudi Arabia"}) {
    std::string sentence = std::string("Trade with ") + alias + " grew";
    EXPECT_NE(place(sentence, 2).second, 0u) << alias;
  }
}

}  // namespace
}  // namespace factsheet::frame::detail
