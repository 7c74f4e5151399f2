#include "write/claim_json.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

namespace factsheet::write {
namespace {

Claim sample_money() {
  Claim c;
  c.doc = "news/a \"b\".txt";
  c.start = 14;
  c.end = 35;
  c.text = "41 billion US dollars";
  c.sentence = "Trade reached 41 billion US dollars.\tNext\n";
  c.kind = Kind::money;
  c.value = 41e9;
  c.unit = "USD";
  c.unit_name = "US dollar";
  c.qualifier = Qualifier::approx;
  c.change = Change::up;
  c.subject = "trade";
  return c;
}

TEST(ClaimJson, ExactBytesOfAMoneyClaim) {
  EXPECT_EQ(claim_to_json(sample_money()),
            R"({"doc":"news/a \"b\".txt","start":14,"end":35,"line":null,"column":null,"text":"41 billion US dollars",)"
            R"("sentence":"Trade reached 41 billion US dollars.\tNext\n","kind":"money",)"
            R"("value":41000000000,"low":null,"high":null,"part":null,"whole":null,)"
            R"("unit":"USD","unit_name":"US dollar","si_value":null,"si_unit":null,"qualifier":"~","change":"up",)"
            R"("subject":"trade","time":null,"time_text":null,"attribution":null,)"
            R"("entity":null,"measure":null,"scope":null,"period":null,"role":null,"article":null,"title":null,)"
            R"("source":null,"dateline":null,"date":null,"page":null})");
}

TEST(ClaimJson, RangeRatioAndDateForms) {
  Claim range;
  range.doc = "d";
  range.kind = Kind::measure;
  range.low = 1.5e20;
  range.high = 2e20;
  range.qualifier = Qualifier::ge;
  EXPECT_EQ(claim_to_json(range),
            R"({"doc":"d","start":0,"end":0,"line":null,"column":null,"text":"","sentence":"","kind":"measure",)"
            R"("value":null,"low":1.5e+20,"high":2e+20,"part":null,"whole":null,"unit":null,)"
            R"("unit_name":null,"si_value":null,"si_unit":null,"qualifier":">=","change":null,"subject":null,"time":null,"time_text":null,)"
            R"("attribution":null,"entity":null,"measure":null,"scope":null,"period":null,"role":null,)"
            R"("article":null,"title":null,"source":null,"dateline":null,"date":null,)"
            R"("page":null})");

  Claim ratio;
  ratio.kind = Kind::ratio;
  ratio.value = 0.5778;
  ratio.part = 1;
  ratio.whole = 3;
  ratio.change = Change::down;
  std::string json = claim_to_json(ratio);
  EXPECT_NE(json.find(R"("value":0.5778,"low":null,"high":null,"part":1,"whole":3,)"), std::string::npos)
      << json;
  EXPECT_NE(json.find(R"("change":"down")"), std::string::npos) << json;

  Claim date;
  date.kind = Kind::date;
  date.value = std::string("--05-20/--05-21");
  date.low = std::string("--05-20");
  date.high = std::string("--05-21");
  json = claim_to_json(date);
  EXPECT_NE(json.find(R"("value":"--05-20/--05-21","low":"--05-20","high":"--05-21")"),
            std::string::npos)
      << json;
}

TEST(ClaimJson, SourceContextFields) {
  Claim c = sample_money();
  c.time = "2023";
  c.time_text = "last year";
  c.attribution = "Chinese statistics";
  c.article = 3;
  c.title = "Chinese, Kazakh FMs vow to enhance cooperation";
  c.source = "Xinhua";
  c.dateline = "ASTANA, May 20";
  c.date = "2024-05-20";
  c.page = 2;
  std::string json = claim_to_json(c);
  EXPECT_NE(json.find(R"("subject":"trade","time":"2023","time_text":"last year",)"
                      R"("attribution":"Chinese statistics","entity":null,"measure":null,"scope":null,"period":null,)"
                      R"("role":null,"article":3,)"
                      R"("title":"Chinese, Kazakh FMs vow to enhance cooperation","source":"Xinhua",)"
                      R"("dateline":"ASTANA, May 20","date":"2024-05-20","page":2})"),
            std::string::npos)
      << json;
}

TEST(ClaimJson, NonFiniteNumbersAreNull) {
  Claim c;
  c.value = std::numeric_limits<double>::infinity();
  c.part = std::numeric_limits<double>::quiet_NaN();
  std::string json = claim_to_json(c);
  EXPECT_NE(json.find(R"("value":null)"), std::string::npos);
  EXPECT_NE(json.find(R"("part":null)"), std::string::npos);
}

TEST(ClaimJson, FieldsAppearInTheDocumentedOrder) {
  auto parsed = nlohmann::ordered_json::parse(claim_to_json(sample_money()));
  std::vector<std::string> keys;
  for (const auto& item : parsed.items()) keys.push_back(item.key());
  ASSERT_EQ(keys.size(), kClaimFields.size());
  for (std::size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(keys[i], kClaimFields[i]);
  EXPECT_EQ(parsed["value"].get<double>(), 41e9);
  EXPECT_EQ(parsed["sentence"], "Trade reached 41 billion US dollars.\tNext\n");
}

}  // namespace
}  // namespace factsheet::write
