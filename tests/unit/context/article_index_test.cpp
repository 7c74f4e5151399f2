#include "context/article_index.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet::context {
namespace {

using testing::lexicon;

const char* kNewsFile =
    "A summary of the week's meetings in Astana.\n"                          // article 1 (summary)
    "The ministers met twice.\n"
    "Astana Hosts SCO Foreign Ministers Council Meeting\n"                   // article 2
    "ASTANA, May 21 (Astana Times) -\xE2\x80\x93 Twenty-two resolutions were signed.\n"
    "Enhancing cooperation within the SCO\n"                                 // a section
    "The sides agreed to enhance cooperation.\n"
    "Foreign ministers of Belarus, China hold talks in Astana\n"             // article 3
    "MINSK, 21 May (BelTA) \xE2\x80\x93 Belarusian Minister of Foreign Affairs held talks.\n"
    "\n"
    "China, Kyrgyzstan to pursue cooperation\n"                              // article 4, blank line first
    "\n"
    "BISHKEK, May 20 (Xinhua) \xE2\x80\x94 China and Kyrgyzstan will pursue cooperation.\n";

Document doc(std::string text) { return factsheet::testing::doc_of(std::move(text)); }

TEST(ArticleIndex, SummaryThenHeadlinedDatelineArticles) {
  Document d = doc(kNewsFile);
  ArticleIndex index(d, lexicon(), 2024);
  const auto& a = index.articles();
  ASSERT_EQ(a.size(), 4u);
  EXPECT_EQ(a[0].index, 1);
  EXPECT_FALSE(a[0].title);
  EXPECT_FALSE(a[0].source);
  EXPECT_FALSE(a[0].dateline);
  EXPECT_EQ(a[1].title, "Astana Hosts SCO Foreign Ministers Council Meeting");
  EXPECT_EQ(a[1].source, "Astana Times");
  EXPECT_EQ(a[1].dateline, "ASTANA, May 21");
  EXPECT_EQ(a[1].date, "2024-05-21");
  EXPECT_EQ(a[2].title, "Foreign ministers of Belarus, China hold talks in Astana");
  EXPECT_EQ(a[2].source, "BelTA");
  EXPECT_EQ(a[2].dateline, "MINSK, 21 May");
  EXPECT_EQ(a[3].title, "China, Kyrgyzstan to pursue cooperation");
  EXPECT_EQ(a[3].source, "Xinhua");
  EXPECT_EQ(a[3].date, "2024-05-20");
  EXPECT_EQ(a[3].end, d.text.size());
}

TEST(ArticleIndex, LookupByOffsetSectionsAndDatelines) {
  Document d = doc(kNewsFile);
  ArticleIndex index(d, lexicon(), std::nullopt);
  std::string_view text = d.text;
  EXPECT_EQ(index.at(text.find("twice"))->index, 1);
  EXPECT_EQ(index.at(text.find("Twenty-two"))->index, 2);
  EXPECT_EQ(index.at(text.find("agreed"))->index, 2);
  EXPECT_EQ(index.at(text.find("Belarusian Minister"))->index, 3);
  EXPECT_EQ(index.at(text.size() - 2)->index, 4);

  const Article& second = index.articles()[1];
  ASSERT_EQ(second.sections.size(), 1u);
  EXPECT_EQ(second.sections[0].title, "Enhancing cooperation within the SCO");
  EXPECT_EQ(index.section_at(second, text.find("agreed"))->title, "Enhancing cooperation within the SCO");
  EXPECT_EQ(index.section_at(second, text.find("Twenty-two")), nullptr);

  std::size_t may21 = text.find("May 21");
  EXPECT_TRUE(index.in_dateline(may21, may21 + 6));
  EXPECT_FALSE(index.in_dateline(text.find("Twenty-two"), text.find("Twenty-two") + 10));
  // Without a year the date keeps its unknown year.
  EXPECT_EQ(second.date, "--05-21");
}

TEST(ArticleIndex, PlainTextIsOneArticleWithDocumentMetadata) {
  Document d = doc("Exports rose 5% in May.\nImports fell.");
  d.title = "Trade figures";
  d.source = "Kazinform";
  d.date = "2024-06-02";
  ArticleIndex index(d, lexicon(), std::nullopt);
  ASSERT_EQ(index.articles().size(), 1u);
  const Article& a = index.articles()[0];
  EXPECT_EQ(a.title, "Trade figures");
  EXPECT_EQ(a.source, "Kazinform");
  EXPECT_EQ(a.date, "2024-06-02");
  EXPECT_EQ(a.reference.year, 2024);
  EXPECT_EQ(a.reference.month, 6);
}

TEST(ArticleIndex, HeadlineOnTheFirstLineAndByline) {
  Document d = doc("Kazakhstan Hosts Forum\nBy Aida Haidar, The Astana Times\nMore than 180 events took place.\n");
  ArticleIndex index(d, lexicon(), 2023);
  ASSERT_EQ(index.articles().size(), 1u);
  EXPECT_EQ(index.articles()[0].title, "Kazakhstan Hosts Forum");
  EXPECT_EQ(index.articles()[0].source, "Astana Times");
  EXPECT_EQ(index.articles()[0].reference.year, 2023);
  EXPECT_FALSE(index.articles()[0].date);
}

TEST(ArticleIndex, DatelineWithoutHeadlineAndDatelineYear) {
  Document d = doc("LONDON, May 20, 2023 (Reuters) - Shares fell 2%.\nNEW YORK, May 21 (AP) - Stocks rose.\n");
  ArticleIndex index(d, lexicon(), 2024);
  const auto& a = index.articles();
  ASSERT_EQ(a.size(), 2u);
  EXPECT_FALSE(a[0].title);
  EXPECT_EQ(a[0].date, "2023-05-20");  // the dateline's own year wins over --year
  EXPECT_EQ(a[0].source, "Reuters");
  EXPECT_EQ(a[1].date, "2024-05-21");
  EXPECT_EQ(a[1].source, "AP");
}

TEST(ArticleIndex, UnlistedSourceIsKeptAsWritten) {
  Document d = doc("Headline Here\nALMATY, June 3 (Daily Courier) \xE2\x80\x94 Text.\n");
  ArticleIndex index(d, lexicon(), std::nullopt);
  ASSERT_EQ(index.articles().size(), 1u);
  EXPECT_EQ(index.articles()[0].source, "Daily Courier");
  EXPECT_EQ(index.articles()[0].title, "Headline Here");
}

TEST(ArticleIndex, EmptyDocument) {
  Document d = doc("");
  ArticleIndex index(d, lexicon(), std::nullopt);
  EXPECT_TRUE(index.articles().empty());
  EXPECT_EQ(index.at(0), nullptr);
}

}  // namespace
}  // namespace factsheet::context
