#include "eval/answer_key_claims.hpp"

#include <gtest/gtest.h>

#include "eval/answer_key_score.hpp"
#include "helpers.hpp"

namespace factsheet::eval {
namespace {

using test::claim;
using test::gold;

Claim year_span(std::string_view text, std::string span, double low, double high) {
  Claim c = claim(text, 1, std::move(span), Kind::year, std::monostate{});
  c.low = low;
  c.high = high;
  c.column = 1 + static_cast<int>(c.start);
  return c;
}

TEST(AnswerKeyClaims, ASpanOfYearsIsScoredAsItsTwoYears) {
  const std::string text = "Bids were rigged between 2002 and 2004, the court heard.";
  auto out = answer_key_claims({year_span(text, "2002 and 2004", 2002, 2004)}, text);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].text, "2002");
  EXPECT_EQ(out[0].value, Value(2002.0));
  EXPECT_FALSE(out[0].is_range());
  EXPECT_EQ(text.substr(out[1].start, out[1].end - out[1].start), "2004");
  EXPECT_EQ(out[1].value, Value(2004.0));
  EXPECT_EQ(*out[1].column, 1 + static_cast<int>(text.find("2004")));
  // Against a key that writes the two years, both match.
  std::vector<GoldItem> key = {gold(text, 1, "2002", Kind::year, 2002.0), gold(text, 1, "2004", Kind::year, 2004.0)};
  auto report = score_answer_key(text, key, out);
  EXPECT_EQ(report.metrics[static_cast<std::size_t>(AnswerKeyMetric::span_value_unit)].tp, 2u);
}

TEST(AnswerKeyClaims, OtherClaimsStayAsTheyAre) {
  // A span whose far end is not written as a year ("2012-13"), a range of another kind and
  // a single year.
  const std::string text = "In 2012-13 sales rose 5-6% and in 2014 they fell.";
  std::vector<Claim> in = {year_span(text, "2012-13", 2012, 2013),
                           claim(text, 1, "5-6%", Kind::percent, std::monostate{}, "%"),
                           claim(text, 1, "2014", Kind::year, 2014.0)};
  in[1].low = 5.0;
  in[1].high = 6.0;
  auto out = answer_key_claims(in, text);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].text, "2012-13");
  EXPECT_TRUE(out[0].is_range());
  EXPECT_EQ(out[1].text, "5-6%");
  EXPECT_EQ(out[2].text, "2014");
}

}  // namespace
}  // namespace factsheet::eval
