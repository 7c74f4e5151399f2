#include <gtest/gtest.h>

#include "write/headline_index.hpp"
#include "write/headline_rank.hpp"
#include "write/place.hpp"

namespace factsheet::write {
namespace {

Claim figure(Kind kind, std::string text, double value, std::string unit, std::optional<std::string> subject) {
  Claim c;
  c.doc = "a.txt";
  c.article = 1;
  c.title = "Headline";
  c.text = std::move(text);
  c.sentence = "Body sentence with " + c.text + ".";
  c.kind = kind;
  c.value = value;
  c.unit = std::move(unit);
  c.subject = std::move(subject);
  return c;
}

TEST(HeadlineRank, SlideLinesReadAsFragments) {
  HeadlineIndex index({}, 100);
  Claim trade = figure(Kind::money, "41 billion US dollars", 41e9, "USD", "bilateral trade");
  trade.time = "2023";
  trade.attribution = "Chinese statistics";
  index.add(trade, {0, 0}, {0, 1});
  index.add(figure(Kind::count, "Twenty-two resolutions", 22, "resolution", "resolutions signed at the meeting"),
            {0, 0}, {0, 2});
  index.add(figure(Kind::count, "over 10,000 Kazakh students", 10000, "student", "Kazakh students studying in China"),
            {0, 0}, {0, 3});
  index.add(figure(Kind::count, "90 jobs", 90, "job", "BA"), {0, 0}, {0, 4});
  const auto& f = index.facts();
  ASSERT_EQ(f.size(), 4u);
  EXPECT_EQ(slide_line(f[0]), "Bilateral trade: US$41 billion in 2023 (Chinese statistics)");
  EXPECT_EQ(slide_line(f[1]), "Twenty-two resolutions signed at the meeting");
  EXPECT_EQ(slide_line(f[2]), "Over 10,000 Kazakh students studying in China");
  EXPECT_EQ(slide_line(f[3]), "BA: 90 jobs");
  Claim named = figure(Kind::money, "$3.3bn", 3.3e9, "USD", "UK-based bank Standard Chartered");
  named.attribution = "UK-based bank Standard Chartered";
  Claim other = figure(Kind::money, "$5bn", 5e9, "USD", "bank");
  other.attribution = "analysts";
  index.add(named, {0, 0}, {0, 5});
  index.add(other, {0, 0}, {0, 6});
  ASSERT_EQ(index.facts().size(), 6u);
  // The source named once, by the subject; another source keeps its brackets.
  EXPECT_EQ(slide_line(index.facts()[4]), "UK-based bank Standard Chartered: US$3.3 billion");
  EXPECT_EQ(slide_line(index.facts()[5]), "Bank: US$5 billion (analysts)");
  EXPECT_EQ(headline_figure(f[1]), "22 resolutions");
  EXPECT_EQ(headline_figure(f[2]), "10,000 students");  // the noun from its lemma on
}

TEST(HeadlineRank, ScoreOrdersKindPositionAndSources) {
  HeadlineIndex index({}, 100);
  index.add(figure(Kind::count, "12 ships", 12, "ship", "ships"), {0, 0}, {0, 1});  // the lead: +1.5
  Claim in_title = figure(Kind::percent, "5%", 5, "%", "prices");
  in_title.sentence = "Headline";  // the article's headline: +3
  index.add(in_title, {0, 0}, {0, 2});
  index.add(figure(Kind::money, "$3m", 3e6, "USD", "sales"), {0, 0}, {0, 3});
  index.add(figure(Kind::money, "$3m", 3e6, "USD", "sales"), {1, 0}, {0, 4});  // a second source: +1
  std::vector<RankedFact> ranked = rank_headline_facts(index, 25);
  ASSERT_EQ(ranked.size(), 3u);
  EXPECT_EQ(ranked[0].slide_line, "Prices: 5%");
  EXPECT_DOUBLE_EQ(ranked[0].score, 2.5 + 3 + 1.5 + 1);
  EXPECT_EQ(ranked[1].slide_line, "Sales: US$3 million");
  // Its second mention is the first sentence of the second source: its lead.
  EXPECT_DOUBLE_EQ(ranked[1].score, 3 + 1.5 + 1.5 + 1 + 1);
  EXPECT_EQ(ranked[2].slide_line, "12 ships");
  EXPECT_DOUBLE_EQ(ranked[2].score, 1.5 + 1.5 + 1.5 + 1);
  EXPECT_EQ(rank_headline_facts(index, 1).size(), 1u);
}

TEST(HeadlineRank, PartitivesAndCountsOfOneAreNotRanked) {
  HeadlineIndex index({}, 100);
  Claim one_of = figure(Kind::count, "one", 1, "investor", "biggest investors");
  one_of.sentence = "The firm is now one of the biggest investors.";
  index.add(one_of, {0, 0}, {0, 1});
  Claim two_of = figure(Kind::count, "two", 2, "firm", "firms");
  two_of.sentence = "Only two of the firms agreed.";
  index.add(two_of, {0, 0}, {0, 2});
  EXPECT_TRUE(index.facts()[1].partitive);
  EXPECT_TRUE(rank_headline_facts(index, 25).empty());
}

TEST(HeadlineRank, RanksAreNotAmounts) {
  auto in = [](std::string text, std::string sentence) {
    Claim c = figure(Kind::count, std::move(text), 4, "bank", "banks");
    c.sentence = std::move(sentence);
    return c;
  };
  EXPECT_TRUE(is_rank_count(in("four banks", "Reforming the top four banks is vital.")));
  EXPECT_TRUE(is_rank_count(in("five oil producers", "It stays outside Russia's top five oil producers.")));
  EXPECT_TRUE(is_rank_count(in("1", "It is the UK's No 1 now.")));
  EXPECT_FALSE(is_rank_count(in("500,000", "It expects sales to top 500,000 in 2005.")));
  EXPECT_FALSE(is_rank_count(in("four banks", "Four banks agreed.")));
  EXPECT_FALSE(is_rank_count(in("four banks", "The laptop four banks use.")));  // "top" inside a word
}

TEST(HeadlineRank, TimePhrases) {
  EXPECT_EQ(time_phrase("2023"), "in 2023");
  EXPECT_EQ(time_phrase("2023-05"), "in May 2023");
  EXPECT_EQ(time_phrase("2004-Q4"), "in Q4 2004");
  EXPECT_EQ(time_phrase("2024-05-20"), "on 20 May 2024");
  EXPECT_EQ(time_phrase("--05-20"), "");
}

TEST(Place, DocumentsRelativeToTheirInput) {
  DocNames names({"../shared/corpus/bbc/", "seed.txt", "-"});
  EXPECT_EQ(names.name("../shared/corpus/bbc/business/001.txt"), "business/001.txt");
  EXPECT_EQ(names.name("seed.txt"), "seed.txt");
  EXPECT_EQ(DocNames({"/data/in/seed.txt"}).name("/data/in/seed.txt"), "seed.txt");
  EXPECT_EQ(names.name("-"), "-");
  EXPECT_EQ(names.name("record-7"), "record-7");
  EXPECT_EQ(place_text("001.txt", 1, 3, 15), "001.txt #1 3:15");
  EXPECT_EQ(place_text("-", std::nullopt, 0, 0), "-");
}

TEST(HeadlineRank, FactOnlyRepeatedInCopiesHasNoFurtherSource) {
  HeadlineIndex index({}, 100);
  index.add(figure(Kind::money, "$3m", 3e6, "USD", "sales"), {0, 0}, {0, 1});
  index.add(figure(Kind::money, "$3m", 3e6, "USD", "sales"), {1, 0}, {0, 2});  // a second source
  ASSERT_EQ(index.facts().size(), 1u);
  double two_sources = rank_headline_facts(index, 25).at(0).score;
  index.mark(0, FactCheck::repeated);
  EXPECT_DOUBLE_EQ(rank_headline_facts(index, 25).at(0).score, two_sources - 1);
  // A stronger finding replaces it; a weaker one does not.
  index.mark(0, FactCheck::corroborated);
  index.mark(0, FactCheck::repeated);
  EXPECT_EQ(index.facts()[0].check, FactCheck::corroborated);
  EXPECT_DOUBLE_EQ(rank_headline_facts(index, 25).at(0).score, two_sources);
  index.mark(0, FactCheck::conflict);
  EXPECT_EQ(to_string(index.facts()[0].check), "conflict");
  EXPECT_EQ(to_string(FactCheck::none), "");
}

}  // namespace
}  // namespace factsheet::write
