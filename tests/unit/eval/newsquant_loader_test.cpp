#include "eval/newsquant_loader.hpp"

#include <gtest/gtest.h>

#include <sstream>

namespace factsheet::eval {
namespace {

void expect_single(std::string_view s, double v) {
  auto parsed = parse_newsquant_value(s);
  ASSERT_TRUE(parsed.has_value()) << s;
  EXPECT_FALSE(parsed->range) << s;
  EXPECT_DOUBLE_EQ(parsed->low, v) << s;
  EXPECT_DOUBLE_EQ(parsed->high, v) << s;
}

void expect_range(std::string_view s, double lo, double hi) {
  auto parsed = parse_newsquant_value(s);
  ASSERT_TRUE(parsed.has_value()) << s;
  EXPECT_TRUE(parsed->range) << s;
  EXPECT_DOUBLE_EQ(parsed->low, lo) << s;
  EXPECT_DOUBLE_EQ(parsed->high, hi) << s;
}

TEST(NewsQuantValue, Numbers) {
  expect_single("6650.0", 6650);
  expect_single("1", 1);
  expect_single("0.25", 0.25);
  expect_single(" 7 ", 7);
}

TEST(NewsQuantValue, NegativesAreNotRanges) {
  expect_single("-50800000000.0", -50800000000.0);
  expect_single("-5.0", -5);
  expect_single("-130", -130);
}

TEST(NewsQuantValue, ScientificNotation) {
  expect_single("1.99E-29", 1.99e-29);
  expect_single("2e+3", 2000);
  expect_range("1e5-2E5", 1e5, 2e5);
}

TEST(NewsQuantValue, Ranges) {
  expect_range("1000-10000", 1000, 10000);
  expect_range("10000000.0-100000000.0", 1e7, 1e8);
  expect_range("3.0 - 4.0", 3, 4);
  expect_range("2.0-0.0", 2, 0);  // kept as written, even when descending
  expect_range("-5--3", -5, -3);
  expect_range("-5-3", -5, 3);
}

TEST(NewsQuantValue, RejectsNonsense) {
  for (std::string_view s : {"", "abc", "5-", "-", "5-6-7", "5 6", "inf", "nan", "1,000", "+5"})
    EXPECT_FALSE(parse_newsquant_value(s).has_value()) << s;
}

TEST(NewsQuantConcepts, SplitsOnSpacesAndCommasAndLowers) {
  EXPECT_EQ(concept_words("earnings, footballers"), (std::vector<std::string>{"earnings", "footballers"}));
  EXPECT_EQ(concept_words("Ford (F)"), (std::vector<std::string>{"ford", "(f)"}));
  EXPECT_EQ(concept_words("S P/TSX  Index"), (std::vector<std::string>{"s", "p/tsx", "index"}));
  EXPECT_TRUE(concept_words("-").empty());
  EXPECT_TRUE(concept_words("").empty());
  EXPECT_TRUE(concept_words(" , ").empty());
}

std::vector<NqSentence> load(const std::string& json) {
  std::istringstream in(json);
  return load_newsquant(in, "nq.json");
}

std::string error_of(const std::string& json) {
  try {
    load(json);
  } catch (const NewsQuantError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(NewsQuantLoader, ReadsSentencesAndQuantities) {
  auto s = load(R"([
    {"text": "Dell cut 6,650 jobs.", "quantities": [
      {"value": "6650.0", "unit": "jobs", "normalized_unit": "job", "change": "=", "referred_concepts": "Dell"}]},
    {"text": "Nothing here.", "quantities": []},
    {"text": "Tens of millions.", "quantities": [
      {"value": "10000000.0-100000000.0", "unit": "", "normalized_unit": "-", "change": "~", "referred_concepts": "-"},
      {"value": 3, "unit": "", "normalized_unit": "-", "change": "=", "referred_concepts": "-"}]}
  ])");
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].text, "Dell cut 6,650 jobs.");
  ASSERT_EQ(s[0].quantities.size(), 1u);
  EXPECT_DOUBLE_EQ(s[0].quantities[0].value.low, 6650);
  EXPECT_EQ(s[0].quantities[0].normalized_unit, "job");
  EXPECT_EQ(s[0].quantities[0].referred_concepts, "Dell");
  EXPECT_TRUE(s[1].quantities.empty());
  EXPECT_TRUE(s[2].quantities[0].value.range);
  EXPECT_EQ(s[2].quantities[0].change, "~");
  EXPECT_DOUBLE_EQ(s[2].quantities[1].value.low, 3);  // a JSON number is accepted too
}

TEST(NewsQuantLoader, ErrorsNameSentenceAndQuantity) {
  EXPECT_EQ(error_of("{}"), "nq.json: expected a JSON list of sentences");
  EXPECT_EQ(error_of("[{\"quantities\": []}]"), "nq.json: sentence 1: missing \"text\"");
  EXPECT_EQ(error_of("[{\"text\": \"a\"}]"), "nq.json: sentence 1: \"quantities\" must be a list");
  EXPECT_EQ(error_of(R"([{"text": "a", "quantities": []}, {"text": "b", "quantities": [
      {"value": "1", "unit": "", "normalized_unit": "-", "change": "=", "referred_concepts": "-"},
      {"value": "x1", "unit": "", "normalized_unit": "-", "change": "=", "referred_concepts": "-"}]}])"),
            "nq.json: sentence 2, quantity 2: bad value \"x1\"");
  EXPECT_EQ(error_of(R"([{"text": "a", "quantities": [{"value": "1", "unit": "", "change": "=", "referred_concepts": "-"}]}])"),
            "nq.json: sentence 1, quantity 1: missing \"normalized_unit\"");
  EXPECT_EQ(error_of("[").rfind("nq.json: not valid JSON", 0), 0u);
  // A number beyond a double is nlohmann's out_of_range, not a parse_error.
  EXPECT_EQ(error_of(R"([{"text": "a", "quantities": [{"value": 1e400}]}])").rfind("nq.json: not valid JSON: ", 0), 0u);
  EXPECT_THROW(load_newsquant_file("/nonexistent/nq.json"), NewsQuantError);
}

}  // namespace
}  // namespace factsheet::eval
