#include "context/dateline.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"

namespace factsheet::context {
namespace {

using testing::lexicon;

TEST(Dateline, XinhuaWithEmDash) {
  std::string line = "ASTANA, May 21 (Xinhua) \xE2\x80\x94 Chinese Foreign Minister Wang Yi on Tuesday met ...";
  auto d = parse_dateline(line, lexicon());
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "ASTANA, May 21");
  EXPECT_EQ(d->source, "Xinhua");
  EXPECT_EQ(d->month, 5);
  EXPECT_EQ(d->day, 21);
  EXPECT_FALSE(d->year);
  EXPECT_EQ(line.substr(d->length, 7), "Chinese");
  EXPECT_EQ(line.substr(d->date_begin, d->date_end - d->date_begin), "May 21");
}

TEST(Dateline, DayFirstWithEnDash) {
  auto d = parse_dateline("MINSK, 21 May (BelTA) \xE2\x80\x93 Belarusian Minister ...", lexicon());
  ASSERT_TRUE(d);
  EXPECT_EQ(d->text, "MINSK, 21 May");
  EXPECT_EQ(d->source, "BelTA");
  EXPECT_EQ(d->month, 5);
  EXPECT_EQ(d->day, 21);
}

TEST(Dateline, HyphenThenEnDashAndDoubleHyphen) {
  auto a = parse_dateline("ASTANA, May 21 (Astana Times) -\xE2\x80\x93 Kazakhstan is ...", lexicon());
  ASSERT_TRUE(a);
  EXPECT_EQ(a->source, "Astana Times");
  EXPECT_EQ(a->text, "ASTANA, May 21");
  auto b = parse_dateline("BISHKEK, May 20 (Xinhua) -- China and Kyrgyzstan will ...", lexicon());
  ASSERT_TRUE(b);
  EXPECT_EQ(b->text, "BISHKEK, May 20");
  EXPECT_EQ(b->day, 20);
}

TEST(Dateline, YearPlaceWordsAndNoDate) {
  auto y = parse_dateline("NEW YORK, Sept. 3, 2023 (Reuters) - Stocks fell.", lexicon());
  ASSERT_TRUE(y);
  EXPECT_EQ(y->text, "NEW YORK, Sept. 3, 2023");
  EXPECT_EQ(y->year, 2023);
  EXPECT_EQ(y->month, 9);
  auto n = parse_dateline("WASHINGTON (AP) \xE2\x80\x94 The Senate voted ...", lexicon());
  ASSERT_TRUE(n);
  EXPECT_EQ(n->text, "WASHINGTON");
  EXPECT_EQ(n->month, 0);
  EXPECT_EQ(n->source, "AP");
  auto plain = parse_dateline("LONDON, 4 June 2024 \xE2\x80\x94 Prices rose.", lexicon());
  ASSERT_TRUE(plain);
  EXPECT_EQ(plain->year, 2024);
  EXPECT_FALSE(plain->source);
}

TEST(Dateline, OrdinaryLinesAreNot) {
  for (const char* line : {"Astana Hosts SCO Foreign Ministers Council Meeting",
                           "The meeting was held in Astana on May 20.", "ASTANA \xE2\x80\x94 no date or source",
                           "UN, EU leaders meet",
                           "ASTANA, May 21 (Xinhua) Chinese Foreign Minister", ""})
    EXPECT_FALSE(parse_dateline(line, lexicon())) << line;
}

}  // namespace
}  // namespace factsheet::context
