#include "read/claim_json.hpp"

#include <gtest/gtest.h>

namespace factsheet::read {
namespace {

// The bytes write/claim_json.cpp produces for this claim (see tests/unit/write).
constexpr const char* kMoneyClaim =
    R"({"doc":"news/a \"b\".txt","start":14,"end":35,"text":"41 billion US dollars",)"
    R"("sentence":"Trade reached 41 billion US dollars.\tNext\n","kind":"money",)"
    R"("value":41000000000,"low":null,"high":null,"part":null,"whole":null,)"
    R"("unit":"USD","unit_name":"US dollar","qualifier":"~","change":"up",)"
    R"("subject":"trade","time":null,"time_text":null,"attribution":null,"article":null,"title":null,)"
    R"("source":null,"dateline":null,"date":null,"page":null})";

TEST(ClaimJsonDecode, MoneyClaim) {
  Claim c = parse_claim_json(kMoneyClaim);
  EXPECT_EQ(c.doc, "news/a \"b\".txt");
  EXPECT_EQ(c.start, 14u);
  EXPECT_EQ(c.end, 35u);
  EXPECT_EQ(c.text, "41 billion US dollars");
  EXPECT_EQ(c.sentence, "Trade reached 41 billion US dollars.\tNext\n");
  EXPECT_EQ(c.kind, Kind::money);
  EXPECT_EQ(c.value, Value(41e9));
  EXPECT_FALSE(c.is_range());
  EXPECT_FALSE(c.part);
  EXPECT_EQ(c.unit, "USD");
  EXPECT_EQ(c.unit_name, "US dollar");
  EXPECT_EQ(c.qualifier, Qualifier::approx);
  EXPECT_EQ(c.change, Change::up);
  EXPECT_EQ(c.subject, "trade");
  EXPECT_FALSE(c.time);
}

TEST(ClaimJsonDecode, RangesRatiosDates) {
  Claim r = parse_claim_json(
      R"({"doc":"d","start":0,"end":5,"text":"1-2 m","kind":"measure","low":1.5e+20,"high":2,)"
      R"("part":1,"whole":3,"change":null})");
  EXPECT_TRUE(r.is_range());
  EXPECT_EQ(r.low, Value(1.5e20));
  EXPECT_EQ(r.high, Value(2.0));
  EXPECT_EQ(r.part, 1.0);
  EXPECT_EQ(r.whole, 3.0);
  EXPECT_EQ(r.qualifier, Qualifier::eq);
  EXPECT_EQ(r.change, Change::none);
  Claim d = parse_claim_json(R"({"doc":"d","start":0,"end":6,"text":"May 20","kind":"date","value":"--05-20"})");
  EXPECT_EQ(d.value, Value(std::string("--05-20")));
}

TEST(ClaimJsonDecode, FrameFields) {
  Claim c = parse_claim_json(
      R"({"doc":"d","start":0,"end":2,"text":"5%","kind":"percent","entity":"google","measure":"net profit",)"
      R"("scope":"per share","period":"Q3 2004","role":"change"})");
  EXPECT_EQ(c.entity, "google");
  EXPECT_EQ(c.measure, "net profit");
  EXPECT_EQ(c.scope, "per share");
  EXPECT_EQ(c.period, "Q3 2004");
  EXPECT_EQ(c.role, "change");
  // A claim file of an earlier version has none.
  EXPECT_FALSE(parse_claim_json(kMoneyClaim).role);
}

TEST(ClaimJsonDecode, SourceContextFields) {
  Claim c = parse_claim_json(
      R"({"doc":"d","start":0,"end":2,"text":"41","kind":"count","time":"2023","time_text":"last year",)"
      R"("attribution":"Wang Yi","article":2,"title":"Talks","source":"Xinhua","dateline":"ASTANA, May 20",)"
      R"("date":"2024-05-20","page":3})");
  EXPECT_EQ(c.time, "2023");
  EXPECT_EQ(c.time_text, "last year");
  EXPECT_EQ(c.attribution, "Wang Yi");
  EXPECT_EQ(c.article, 2);
  EXPECT_EQ(c.title, "Talks");
  EXPECT_EQ(c.source, "Xinhua");
  EXPECT_EQ(c.dateline, "ASTANA, May 20");
  EXPECT_EQ(c.date, "2024-05-20");
  EXPECT_EQ(c.page, 3);
  Claim bare = parse_claim_json(R"({"doc":"d","start":0,"end":2,"text":"41","kind":"count"})");
  EXPECT_FALSE(bare.article);
  EXPECT_FALSE(bare.page);
  EXPECT_FALSE(bare.source);
}

TEST(ClaimJsonDecode, ProblemsNameTheField) {
  auto message = [](const char* json) -> std::string {
    try {
      parse_claim_json(json);
    } catch (const ClaimJsonError& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_EQ(message(R"({"start":0,"end":1,"text":"x","kind":"count"})"), "missing \"doc\"");
  EXPECT_EQ(message(R"({"doc":"d","start":-1,"end":1,"text":"x","kind":"count"})"),
            "\"start\" must be a non-negative integer");
  EXPECT_EQ(message(R"({"doc":"d","start":2,"end":1,"text":"x","kind":"count"})"),
            "\"end\" must not be less than \"start\"");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"money!"})"),
            "\"kind\" must be a known kind");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","value":[1]})"),
            "\"value\" must be a number, a string or null");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","qualifier":"=>"})"),
            "\"qualifier\" must be one of = ~ > >= < <= (or exact, about, more than, at least, less than, up to)");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","change":"flat"})"),
            "\"change\" must be \"up\", \"down\" or null");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","unit":5})"),
            "\"unit\" must be a string");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","article":0})"),
            "\"article\" must be a positive integer");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","page":"2"})"),
            "\"page\" must be a positive integer");
  EXPECT_EQ(message("[1]"), "a claim must be a JSON object");
  EXPECT_EQ(message("{\"doc\":"), "invalid JSON at byte 8");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","value":1e400})"),
            "invalid JSON: number overflow parsing '1e400'");
  EXPECT_EQ(message(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","other":-2e308})"),
            "invalid JSON: number overflow parsing '-2e308'");
}

// The crash fuzz_jsonl found in JSONL documents, in claim records: a number beyond a
// double's range escaped as another exception than ClaimJsonError, so that one such
// line ended the whole audit instead of being skipped.
TEST(ClaimJsonDecode, NumberOutOfRangeIsAClaimJsonError) {
  EXPECT_THROW(parse_claim_json(R"({"doc":"d","start":0,"end":1,"text":"x","kind":"count","value":1e999})"),
               ClaimJsonError);
  EXPECT_THROW(parse_claim_json(R"({"doc":"d","start":1e400,"end":1,"text":"x","kind":"count"})"), ClaimJsonError);
}

}  // namespace
}  // namespace factsheet::read
