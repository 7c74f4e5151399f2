#include "eval/newsquant_units.hpp"

#include "extract/extractor.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

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

TEST(NewsQuantUnits, SuperlativesComeFromWordNet) {
  EXPECT_EQ(superlative_base("best"), "good");       // an exception of WordNet's list
  EXPECT_EQ(superlative_base("biggest"), "big");
  EXPECT_EQ(superlative_base("largest"), "large");   // -est after a final e
  EXPECT_EQ(superlative_base("proudest"), "proud");
  EXPECT_EQ(superlative_base("forest"), "");         // a noun of its own
  EXPECT_EQ(superlative_base("modest"), "");         // an adjective of its own
  EXPECT_EQ(superlative_base("wireless"), "");
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

using ClaimTest = std::function<bool(const Claim&, std::string_view)>;

// `test` (one of the lexicon's NewsQuant functions) for each claim the extractor finds in `text`.
std::vector<bool> each_claim(const Extractor& extractor, const ClaimTest& test, const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.text = text;
  std::vector<bool> out;
  for (const Claim& c : extractor.extract(doc)) out.push_back(test(c, doc.text));
  return out;
}

TEST(NewsQuantUnits, DirectionsAfterTheFigureAreToldFromThoseBefore) {
  auto lexicon = Lexicon::embedded();
  Extractor extractor(lexicon);
  ClaimTest after = lexicon_units(*lexicon).direction_after;
  EXPECT_EQ(each_claim(extractor, after, "There was a sharp 3 percent drop."), std::vector<bool>{true});
  EXPECT_EQ(each_claim(extractor, after, "Shares finished 34.4% higher."), std::vector<bool>{true});
  EXPECT_EQ(each_claim(extractor, after, "Shares rose 34.4% on Monday."), std::vector<bool>{false});
  EXPECT_EQ(each_claim(extractor, after, "Sales were up 5%."), std::vector<bool>{false});
  EXPECT_EQ(each_claim(extractor, after, "Sales were 5% in May."), std::vector<bool>{false});
  EXPECT_EQ(each_claim(extractor, after, "The economy grew by just 3%."), std::vector<bool>{false});
  // A gapped list takes the direction of its first item, not of a word after the figure.
  EXPECT_EQ(each_claim(extractor, after, "Ross was down 2.3%, Burlington by 2.6%."),
            (std::vector<bool>{false, false}));
}

TEST(NewsQuantUnits, ExactnessWordsBeforeTheFigureAreFound) {
  auto lexicon = Lexicon::embedded();
  Extractor extractor(lexicon);
  ClaimTest exact = lexicon_units(*lexicon).exact_before;
  EXPECT_EQ(each_claim(extractor, exact, "The economy grew by just 3%."), std::vector<bool>{true});
  EXPECT_EQ(each_claim(extractor, exact, "It has exactly 100 members."), std::vector<bool>{true});
  EXPECT_EQ(each_claim(extractor, exact, "It has just over 100 members."), std::vector<bool>{false});
  EXPECT_EQ(each_claim(extractor, exact, "The economy grew by 3%."), std::vector<bool>{false});
}

}  // namespace
}  // namespace factsheet::eval
