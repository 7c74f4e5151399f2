#include "extract/extractor.hpp"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

const Extractor& extractor() {
  static const Extractor instance(Lexicon::embedded());
  return instance;
}

using factsheet::testing::doc_of;

TEST(Extractor, EmptyAndFigureFreeTexts) {
  EXPECT_TRUE(extractor().extract(doc_of("")).empty());
  EXPECT_TRUE(extractor().extract(doc_of("No figures here at all.\n\n")).empty());
}

TEST(Extractor, ClaimsCarryDocOffsetsTextAndSentence) {
  std::string text = "Headline\nTrade rose 5% last year. Exports reached $3 billion.\n";
  auto claims = extractor().extract(doc_of(text));
  ASSERT_EQ(claims.size(), 2u);
  for (const auto& c : claims) {
    EXPECT_EQ(c.doc, "t");
    EXPECT_EQ(text.substr(c.start, c.end - c.start), c.text);
  }
  EXPECT_EQ(claims[0].text, "5%");
  EXPECT_EQ(claims[0].sentence, "Trade rose 5% last year.");
  EXPECT_EQ(claims[1].sentence, "Exports reached $3 billion.");
  EXPECT_LT(claims[0].start, claims[1].start);
}

TEST(Extractor, EachArticleOfAWireFileVotesOnMetresOrMillions) {
  // A business story that writes millions as "m" before a sports story that writes
  // distances so: each story reads its own "m" figures.
  std::string text =
      "Bank posts record profit\n\nLONDON, May 20 (Reuters) -- The bank said profit rose to \xC2\xA3" "500m. "
      "It paid \xC2\xA3" "20m in fines and raised \xC2\xA3" "75m from investors.\n\n"
      "Holmes wins the 800m\n\nBIRMINGHAM, May 20 (Reuters) -- Kelly Holmes won the 800m title. She led "
      "with 500m to go and jumped clear.\n";
  auto claims = extractor().extract(doc_of(text));
  std::vector<std::string> got;
  for (const Claim& c : claims)
    got.push_back(std::to_string(c.article.value_or(0)) + " " + c.text + " " + std::string(to_string(c.kind)) + " " +
                  c.unit.value_or("-"));
  std::vector<std::string> want = {"1 \xC2\xA3" "500m money GBP", "1 \xC2\xA3" "20m money GBP",
                                   "1 \xC2\xA3" "75m money GBP",  "2 800m measure m",
                                   "2 800m measure m",              "2 500m measure m"};
  EXPECT_EQ(got, want);
}

// The "m" figures read to decide an article's reading are kept for the reading proper
// while they are few, and read again past that: either way each figure comes once, in
// text order, read as its own article writes "m".
TEST(Extractor, FiguresReadToDecideMetresComeOnceWhetherKeptOrReadAgain) {
  std::string text = "Bank posts record results\n\nLONDON, May 20 (Reuters) -- ";
  constexpr int kSentences = 500;  // 1,500 figures: more than are kept
  for (int i = 1; i <= kSentences; ++i) {
    std::string n = std::to_string(i);
    text += "Unit " + n + " raised \xC2\xA3" + n + "m, then \xC2\xA3" + n + "1m and \xC2\xA3" + n + "2m. ";
  }
  text += "\n\nHolmes wins the 800m\n\nBIRMINGHAM, May 20 (Reuters) -- Kelly Holmes won the 1500m.\n";
  auto claims = extractor().extract(doc_of(text));
  std::vector<Claim> money, distances;
  for (Claim& c : claims) {
    if (c.kind == Kind::money) money.push_back(c);
    else if (c.kind == Kind::measure) distances.push_back(c);
  }
  ASSERT_EQ(money.size(), 3u * kSentences);
  for (int i = 1; i <= kSentences; ++i) {
    const auto at = static_cast<std::size_t>(3 * (i - 1));
    EXPECT_EQ(std::get<double>(money[at].value), i * 1e6) << i;
    EXPECT_EQ(std::get<double>(money[at + 1].value), (i * 10 + 1) * 1e6) << i;
    EXPECT_EQ(std::get<double>(money[at + 2].value), (i * 10 + 2) * 1e6) << i;
  }
  for (std::size_t k = 1; k < claims.size(); ++k) EXPECT_LT(claims[k - 1].start, claims[k].start);
  ASSERT_EQ(distances.size(), 2u);
  EXPECT_EQ(distances[0].unit, "m");
  EXPECT_EQ(std::get<double>(distances[1].value), 1500.0);
}

// Scaled decimals and minor units are the doubles nearest to the written amounts, so the
// JSON reads "16100000", not "16100000.000000002".
TEST(Extractor, ScaledAndMinorAmountsAreTheNearestDoubles) {
  auto claims = extractor().extract(doc_of("It cost $16.1m, then 8.2bn euros, $1.07bn, 70p and 151.5 pence.\n"));
  ASSERT_EQ(claims.size(), 5u);
  EXPECT_EQ(std::get<double>(claims[0].value), 16100000.0);
  EXPECT_EQ(std::get<double>(claims[1].value), 8200000000.0);
  EXPECT_EQ(std::get<double>(claims[2].value), 1070000000.0);
  EXPECT_EQ(std::get<double>(claims[3].value), 0.7);
  EXPECT_EQ(std::get<double>(claims[4].value), 1.515);
}

// A figure beyond a double's range is no claim: 400 nines were read as 0 (the digits
// overflowed), "$1" and 305 zeros billion as an infinite value that no writer can write.
// A fraction too small for a double is 0.
TEST(Extractor, FiguresBeyondADoublesRangeAreNoClaims) {
  std::string huge = "The debt reached " + std::string(400, '9') + " dollars. It fell 5%.\n";
  auto claims = extractor().extract(doc_of(huge));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].text, "5%");
  claims = extractor().extract(doc_of("The debt reached $1" + std::string(305, '0') + " billion.\n"));
  EXPECT_TRUE(claims.empty());
  claims = extractor().extract(doc_of("Half of the 1" + std::string(330, '0') + " people agreed.\n"));
  for (const auto& c : claims) EXPECT_NE(c.kind, Kind::count) << c.text;
  claims = extractor().extract(doc_of("It weighs 0." + std::string(400, '0') + "1 kg.\n"));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(std::get<double>(claims[0].value), 0.0);
}

// "2004/05" and "2004-05" are a year and the next; a long run of digits after a year's slash
// or dash is no second year (it once overflowed the second year's value).
TEST(Extractor, AFiscalYearSpanTakesTwoOrFourDigitsOnly) {
  auto claims = extractor().extract(doc_of("Borrowing in 2004/05 was high.\n"));
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].kind, Kind::year);
  EXPECT_EQ(std::get<double>(claims[0].low), 2004);
  EXPECT_EQ(std::get<double>(claims[0].high), 2005);
  for (std::string sep : {"-", "/"}) {
    std::string text = "It ran in 2019" + sep + "2023" + std::string(40, '1') + " and then stopped.\n";
    for (const auto& c : extractor().extract(doc_of(text))) EXPECT_NE(c.kind, Kind::year) << c.text;
  }
}

// An apposition age may close with a dash aside, but a dash before a name is a score.
TEST(Extractor, ADashAfterANameIsAnAgeOnlyBeforeAnAside) {
  auto aside = extractor().extract(doc_of("His killer, Warren Leblanc, 17 - who was jailed - said.\n"));
  ASSERT_EQ(aside.size(), 1u);
  EXPECT_EQ(aside[0].kind, Kind::age);
  for (const auto& c : extractor().extract(doc_of("The score was Arsenal, 2 - Chelsea 1.\n")))
    EXPECT_NE(c.kind, Kind::age) << c.text;
}

TEST(Extractor, VeryLongSentencesAreCutToAWindowAroundTheClaim) {
  std::string filler;
  while (filler.size() < 10000) filler += "word ";
  std::string text = filler;
  text.append("it cost $5 million ").append(filler).append("end.");
  auto claims = extractor().extract(doc_of(text));
  ASSERT_EQ(claims.size(), 1u);
  const auto& s = claims[0].sentence;
  EXPECT_LT(s.size(), 1000u);
  EXPECT_NE(s.find("$5 million"), std::string::npos);
  EXPECT_EQ(s.rfind("\xE2\x80\xA6", 0), 0u);  // starts with an ellipsis
}

TEST(Extractor, ManyNumbersInOneLineStayLinear) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "1 2 3 4 5 ";
  auto claims = extractor().extract(doc_of(text));
  std::size_t bytes = 0;
  for (const auto& c : claims) bytes += c.sentence.size();
  EXPECT_LT(bytes, claims.size() * 700);
  // Sentences that every link between figures applies to: parallel prepositions, spans,
  // labels. Each link looks a bounded number of figures away.
  for (std::string unit : {"at 1 ", "from 5 mpg combined to 6 ", "by 2 percent and by 1 ", ": 4 ", "and 1 last year "}) {
    std::string hostile;
    for (int i = 0; i < 20000; ++i) hostile += unit;
    EXPECT_FALSE(extractor().extract(doc_of(hostile)).empty()) << unit;
  }
}

TEST(Extractor, IsThreadSafe) {
  std::string text = "Bilateral trade reached 41 billion US dollars. Over 10,000 Kazakh students study in China.\n";
  for (int i = 0; i < 50; ++i) text.append("Sales rose 7% to $2.3 billion in May 2023, up from 1.5m units.\n");
  auto expected = extractor().extract(doc_of(text));
  ASSERT_GE(expected.size(), 2u + 50u * 4u);  // two figures, then four per line at least
  std::vector<std::thread> threads;
  std::vector<int> same(4, 0);  // not vector<bool>: its elements share bytes across threads
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&, t] {
      auto got = extractor().extract(doc_of(text));
      bool ok = got.size() == expected.size();
      for (std::size_t i = 0; ok && i < got.size(); ++i)
        ok = got[i].start == expected[i].start && got[i].text == expected[i].text && got[i].value == expected[i].value;
      same[t] = ok;
    });
  for (auto& th : threads) th.join();
  for (int ok : same) EXPECT_TRUE(ok);
}

}  // namespace
}  // namespace factsheet

namespace factsheet {
namespace {

TEST(Extractor, ClaimsNeverOverlap) {
  std::string text =
      "It became the 1,000th number one single. Bitcoin fell from $36,040 at 10.45pm to $34,935 at 5am. "
      "Nearly two-thirds of the combined 4.3M sales came from CDs. A quarter of a million homes lost power. "
      "Prices rose from 5% in 2019 to 7% in 2020, and from 8 to 9 percent later. "
      "The maker offers four-, five- and six-cylinder engines at $30,000 ($25,000) a year.";
  auto claims = extractor().extract(doc_of(text));
  ASSERT_GT(claims.size(), 10u);
  for (std::size_t i = 1; i < claims.size(); ++i)
    EXPECT_LE(claims[i - 1].end, claims[i].start) << claims[i - 1].text << " / " << claims[i].text;
}

}  // namespace
}  // namespace factsheet
