// write/claim_json -> read/claim_json -> write/claim_json gives back the same
// claim and the same bytes.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "read/claim_json.hpp"
#include "write/claim_json.hpp"

namespace factsheet {
namespace {

bool same(const Claim& a, const Claim& b) {
  return a.doc == b.doc && a.start == b.start && a.end == b.end && a.text == b.text &&
         a.sentence == b.sentence && a.kind == b.kind && a.value == b.value && a.low == b.low &&
         a.high == b.high && a.part == b.part && a.whole == b.whole && a.unit == b.unit &&
         a.unit_name == b.unit_name && a.qualifier == b.qualifier && a.change == b.change &&
         a.subject == b.subject && a.time == b.time && a.time_text == b.time_text &&
         a.attribution == b.attribution && a.article == b.article && a.title == b.title &&
         a.source == b.source && a.dateline == b.dateline && a.date == b.date && a.page == b.page;
}

void expect_round_trip(const Claim& c) {
  std::string json = write::claim_to_json(c);
  Claim back = read::parse_claim_json(json);
  EXPECT_TRUE(same(c, back)) << json;
  EXPECT_EQ(write::claim_to_json(back), json);
}

TEST(ClaimRoundTrip, HandPicked) {
  Claim money;
  money.doc = "news/a \"b\".txt";
  money.start = 14;
  money.end = 35;
  money.text = "41 billion US dollars";
  money.sentence = "Trade reached 41 billion US dollars.\tNext\n\x01";
  money.kind = Kind::money;
  money.value = 41e9;
  money.unit = "USD";
  money.unit_name = "US dollar";
  money.qualifier = Qualifier::approx;
  money.change = Change::up;
  money.subject = "trade – “exports”";
  money.time = "2023";
  money.time_text = "last year";
  money.attribution = "Chinese statistics";
  money.article = 4;
  money.title = "Chinese, Kazakh FMs vow to enhance cooperation";
  money.source = "Xinhua";
  money.dateline = "ASTANA, May 20";
  money.date = "2024-05-20";
  money.page = 12;
  expect_round_trip(money);

  Claim range;
  range.kind = Kind::measure;
  range.low = 1.5e20;
  range.high = 0.1 + 0.2;
  range.qualifier = Qualifier::le;
  range.change = Change::down;
  range.time = "2024";
  expect_round_trip(range);

  Claim ratio;
  ratio.kind = Kind::ratio;
  ratio.value = 2.0 / 3;
  ratio.part = 2;
  ratio.whole = 3;
  expect_round_trip(ratio);

  Claim date;
  date.kind = Kind::date;
  date.value = std::string("--05-20/--05-21");
  date.low = std::string("--05-20");
  date.high = std::string("--05-21");
  expect_round_trip(date);

  expect_round_trip(Claim{});
}

// Built out of line: GCC 12 misreads the variant's inactive string member as used
// uninitialized (-Wmaybe-uninitialized) when this is inlined into the loop below.
[[gnu::noinline]] Claim numeric_claim(int i, double v) {
  Claim c;
  c.kind = static_cast<Kind>(i % 12);
  c.qualifier = static_cast<Qualifier>(i % 6);
  c.change = static_cast<Change>(i % 3);
  c.value = v;
  c.part = std::nextafter(v, 0.0);
  c.start = static_cast<std::size_t>(i);
  c.end = static_cast<std::size_t>(i) * 2;
  return c;
}

TEST(ClaimRoundTrip, RandomNumbers) {
  std::mt19937_64 rng(12345);
  std::uniform_real_distribution<double> exponent(-30, 30);
  std::uniform_real_distribution<double> mantissa(-10, 10);
  for (int i = 0; i < 2000; ++i) {
    double v = mantissa(rng) * std::pow(10.0, exponent(rng));
    if (i % 3 == 0) v = std::round(v);
    expect_round_trip(numeric_claim(i, v));
  }
}

}  // namespace
}  // namespace factsheet
