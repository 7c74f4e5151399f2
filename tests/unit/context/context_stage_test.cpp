#include "context/context_stage.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "helpers.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet::context {
namespace {

using testing::claim_at;
using testing::lexicon;

const std::string kWire =
    "Summary of the talks.\n"
    "Trade talks open in Astana\n"
    "ASTANA, May 20 (Xinhua) \xE2\x80\x94 According to Chinese statistics, bilateral trade reached 41 billion US "
    "dollars last year.\n";

std::vector<Claim> wire_claims(const std::string& text) {
  std::vector<Claim> claims;
  claims.push_back(claim_at(text, "May 20", Kind::date));
  claims.back().value = std::string("--05-20");
  claims.push_back(claim_at(text, "41 billion US dollars", Kind::money));
  claims.back().value = 41e9;
  return claims;
}

// A document "w" holding `text`.
Document document(const std::string& text) { return factsheet::testing::doc_of(text, "w"); }

TEST(ContextStage, FillsTheFieldsAndDropsDatelineDates) {
  ContextStage stage(lexicon(), {2024});
  Document doc = document(kWire);
  auto claims = wire_claims(kWire);
  stage.apply(doc, claims);
  ASSERT_EQ(claims.size(), 1u);
  const Claim& c = claims[0];
  EXPECT_EQ(c.text, "41 billion US dollars");
  EXPECT_EQ(c.article, 2);
  EXPECT_EQ(c.title, "Trade talks open in Astana");
  EXPECT_EQ(c.source, "Xinhua");
  EXPECT_EQ(c.dateline, "ASTANA, May 20");
  EXPECT_EQ(c.date, "2024-05-20");
  EXPECT_EQ(c.subject, "bilateral trade");
  EXPECT_EQ(c.time, "2023");
  EXPECT_EQ(c.time_text, "last year");
  EXPECT_EQ(c.attribution, "Chinese statistics");
  EXPECT_FALSE(c.page);
}

TEST(ContextStage, PagesFromPageStarts) {
  EXPECT_FALSE(page_of({}, 10));
  std::vector<std::size_t> starts = {0, 100, 250};
  EXPECT_EQ(page_of(starts, 0), 1);
  EXPECT_EQ(page_of(starts, 99), 1);
  EXPECT_EQ(page_of(starts, 100), 2);
  EXPECT_EQ(page_of(starts, 1000), 3);
  EXPECT_EQ(page_of({50}, 10), 1);  // before the first start: still page 1

  ContextStage stage(lexicon());
  Document doc = document("Exports rose 5%.\fImports fell 3%.");
  doc.page_starts = {0, 17};
  std::vector<Claim> claims = {claim_at(doc.text, "5%", Kind::percent), claim_at(doc.text, "3%", Kind::percent)};
  stage.apply(doc, claims);
  EXPECT_EQ(claims[0].page, 1);
  EXPECT_EQ(claims[1].page, 2);
  EXPECT_EQ(claims[1].subject, "Imports");
}

TEST(ContextStage, SurnameResolvedWithinTheArticle) {
  std::string text =
      "Talks in Astana\n"
      "ASTANA, May 20 (Xinhua) \xE2\x80\x94 Chinese Foreign Minister Wang Yi met his counterpart.\n"
      "China is keen to import 5 million tonnes of grain, Wang said.\n"
      "Other news\n"
      "MINSK, May 21 (BelTA) \xE2\x80\x93 Exports grew 4%, Wang said.\n";
  ContextStage stage(lexicon());
  Document doc = document(text);
  std::vector<Claim> claims = {claim_at(text, "5 million tonnes", Kind::measure),
                               claim_at(text, "4%", Kind::percent)};
  stage.apply(doc, claims);
  EXPECT_EQ(claims[0].attribution, "Wang Yi");
  EXPECT_EQ(claims[1].attribution, "Wang");  // another article never named him in full
}

TEST(ContextStage, SameResultsFromManyThreads) {
  ContextStage stage(lexicon(), {2024});
  Document doc = document(kWire);
  auto expected = wire_claims(kWire);
  stage.apply(doc, expected);
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      for (int n = 0; n < 50; ++n) {
        auto claims = wire_claims(kWire);
        stage.apply(doc, claims);
        same[static_cast<std::size_t>(t)] += claims.size() == 1 && claims[0].subject == expected[0].subject &&
                                             claims[0].time == expected[0].time;
      }
    });
  for (auto& th : threads) th.join();
  for (int s : same) EXPECT_EQ(s, 50);
}

TEST(ContextStage, ALongSentenceWithManyFiguresStaysFast) {
  // One "sentence" of 20,000 figures: the per-claim work must not grow with its length.
  std::string text = "Values were";
  std::vector<Claim> claims;
  for (int i = 0; i < 20000; ++i) {
    text.push_back(' ');
    text.append(std::to_string(1000 + i % 7000)).append(" tonnes and");
  }
  text += " more.";
  Document doc = document(text);
  std::size_t pos = 0;
  for (int i = 0; i < 20000; ++i) {
    std::string figure = std::to_string(1000 + i % 7000);
    figure.append(" tonnes");
    pos = text.find(figure, pos);
    Claim c;
    c.start = pos;
    c.end = pos + figure.size();
    c.text = figure;
    c.kind = Kind::measure;
    claims.push_back(c);
    pos = c.end;
  }
  ContextStage stage(lexicon());
  auto begin = std::chrono::steady_clock::now();
  stage.apply(doc, claims);
  auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - begin).count();
  EXPECT_EQ(claims.size(), 20000u);
  EXPECT_LT(seconds, 20.0);  // quadratic work would take minutes
}

}  // namespace
}  // namespace factsheet::context
