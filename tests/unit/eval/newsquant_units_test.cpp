#include "eval/newsquant_units.hpp"

#include <gtest/gtest.h>

namespace factsheet::eval {
namespace {

TEST(NewsQuantUnits, MinorUnitsComeFromTheLexicon) {
  auto lexicon = Lexicon::embedded();
  auto cents = find_minor_unit(*lexicon, "50 cents");
  ASSERT_TRUE(cents.has_value());
  EXPECT_EQ(cents->name, "cent");
  EXPECT_DOUBLE_EQ(cents->factor, 0.01);
  auto sen = find_minor_unit(*lexicon, "12 sen");
  ASSERT_TRUE(sen.has_value());
  EXPECT_EQ(sen->name, "sen");
}

TEST(NewsQuantUnits, MajorUnitsAndWordInsidesAreNotMinor) {
  auto lexicon = Lexicon::embedded();
  EXPECT_FALSE(find_minor_unit(*lexicon, "$5 million").has_value());
  EXPECT_FALSE(find_minor_unit(*lexicon, "41 billion US dollars").has_value());
  EXPECT_FALSE(find_minor_unit(*lexicon, "5 chosen").has_value());  // "sen" inside a word
  EXPECT_FALSE(find_minor_unit(*lexicon, "5 percent").has_value());
}

TEST(NewsQuantUnits, NamesComeFromTheLexicon) {
  auto lexicon = Lexicon::embedded();
  NewsQuantUnits units = lexicon_units(*lexicon);
  EXPECT_EQ(units.name("USD"), lexicon->newsquant_unit("USD"));
  EXPECT_EQ(units.name("%"), lexicon->newsquant_unit("%"));
  ASSERT_TRUE(units.minor_unit("10 pence").has_value());
}

}  // namespace
}  // namespace factsheet::eval
