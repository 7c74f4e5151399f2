// Which statements copy each other (audit/copies.hpp): sentences by shingles and words,
// articles by the shingles they share.
#include "audit/copies.hpp"

#include <gtest/gtest.h>

#include <cstring>
#include <string>

namespace factsheet::audit {
namespace {

constexpr std::uint64_t kArticleA = 1, kArticleB = 2, kArticleC = 3;
// A wire sentence, a sentence about something else, and two long sentences one word apart
// (fifteen words: the changed word changes five of their eleven shingles, not their words).
constexpr const char* kPort = "Exports through the port reached 1,000 tonnes in March, the authority said.";
constexpr const char* kHarbour = "The harbour handled a record number of cruise ships this spring.";
constexpr const char* kBusFares =
    "The regional council said on Tuesday that bus fares in the northern district would rise sharply next year.";
constexpr const char* kTramFares =
    "The regional council said on Tuesday that tram fares in the northern district would rise sharply next year.";

TEST(CopyIndex, NearDuplicateSentencesCopyEachOther) {
  CopyIndex index;
  index.add_sentence(1, kArticleA, kPort);
  index.add_sentence(2, kArticleB, std::string(kPort, std::strlen(kPort) - 1) + " on Monday.");
  index.add_sentence(3, kArticleC, kHarbour);
  index.finish();
  EXPECT_TRUE(index.sentences_copy(1, 2));
  EXPECT_TRUE(index.sentences_copy(2, 1));
  EXPECT_FALSE(index.sentences_copy(1, 3));
  EXPECT_TRUE(index.copies(1, kArticleA, 2, kArticleB));
  EXPECT_FALSE(index.copies(1, kArticleA, 3, kArticleC));
}

TEST(CopyIndex, OneWordChangedInALongSentenceIsACopyByItsWordsOnly) {
  CopyIndex index;
  index.add_sentence(1, kArticleA, kBusFares);
  index.add_sentence(2, kArticleB, kTramFares);
  index.finish();
  EXPECT_TRUE(index.sentences_copy(1, 2));
  EXPECT_FALSE(index.sentences_copy(1, 2, /*by_words=*/false));
}

TEST(CopyIndex, ShortSentencesKeepNoWordsToCompare) {
  // Fewer than kMinWords words: a formula independent writers share, never a copy by words.
  CopyIndex index;
  // Nine distinct words, eight of them alike (0.8), two shingles of ten.
  index.add_sentence(1, kArticleA, "The council said bus fares in the district would rise.");
  index.add_sentence(2, kArticleB, "The council said tram fares in the district would rise.");
  index.finish();
  EXPECT_FALSE(index.sentences_copy(1, 2));
}

TEST(CopyIndex, NumbersWithoutASentenceAreNoCopies) {
  // Numbers rise with gaps between them; a number never given is no sentence, and a
  // number given again keeps its first text.
  CopyIndex index;
  index.add_sentence(3, kArticleA, kPort);
  index.add_sentence(9, kArticleB, kPort);
  index.add_sentence(9, kArticleB, kHarbour);
  index.finish();
  EXPECT_TRUE(index.sentences_copy(3, 9));
  for (std::uint32_t absent : {0u, 1u, 4u, 8u, 10u, 1000u}) {
    EXPECT_FALSE(index.sentences_copy(3, absent)) << absent;
    EXPECT_FALSE(index.sentences_copy(absent, 9)) << absent;
  }
}

TEST(CopyIndex, WordsOfASentenceEndWhereTheNextNumberStarts) {
  // Long sentences, each followed by a gap or by another long sentence: the words of one
  // never run into the next one's shingles.
  const std::string other =
      "Farmers in the valley expect a smaller harvest of apples and pears after the late frost this spring.";
  CopyIndex index;
  index.add_sentence(1, kArticleA, kBusFares);
  index.add_sentence(2, kArticleC, other);
  index.add_sentence(5, kArticleB, kTramFares);
  index.add_sentence(6, kArticleC, other);
  index.finish();
  EXPECT_TRUE(index.sentences_copy(1, 5));
  EXPECT_TRUE(index.sentences_copy(2, 6));
  EXPECT_FALSE(index.sentences_copy(1, 2));
  EXPECT_FALSE(index.sentences_copy(5, 6));
}

TEST(CopyIndex, ArticlesSharingMostSampledShinglesCopyEachOther) {
  CopyIndex index;
  std::uint32_t n = 0;
  for (int i = 0; i < 12; ++i) {
    std::string s = "Sentence number ";
    s += std::to_string(i);
    s += " of the wire report on the regional port and its trade figures.";
    index.add_sentence(++n, kArticleA, s);
    index.add_sentence(++n, kArticleB, s + " Staff said so.");
  }
  index.add_sentence(++n, kArticleC, "An unrelated story about the weather in the mountains and the snow this winter.");
  index.finish();
  EXPECT_TRUE(index.articles_copy(kArticleA, kArticleB));
  EXPECT_FALSE(index.articles_copy(kArticleA, kArticleC));
  EXPECT_FALSE(index.articles_copy(kArticleA, kArticleA));
  EXPECT_EQ(index.copied_articles(), 2u);
}

}  // namespace
}  // namespace factsheet::audit
