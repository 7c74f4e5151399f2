#include "eval/newsquant_output.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <sstream>

namespace factsheet::eval {
namespace {

struct Fixture {
  std::vector<NqSentence> sentences;
  std::vector<std::vector<NqPrediction>> predictions;
  NewsQuantReport report;

  Fixture() {
    NqQuantity jobs{NqValue::single(6650), "jobs", "job", "=", "Dell"};
    NqQuantity range{NqValue::between(1000, 10000), "", "-", "~", "-"};
    sentences = {{"Dell cut 6,650 jobs.", {jobs}},
                 {"Thousands \"left\".", {range}},
                 {"Nothing.", {}}};
    predictions = {{{NqValue::single(6650), "job", "=", {"dell"}, "6,650 jobs"}},
                   {{NqValue::single(1000), "-", "~", {}, "Thousands"}},
                   {{NqValue::single(std::numeric_limits<double>::quiet_NaN()), "-", "=", {}, "x"}}};
    report = score_newsquant(sentences, predictions);
  }
};

TEST(NewsQuantOutput, PredictionsOneSentenceALine) {
  Fixture f;
  std::ostringstream out;
  write_newsquant_predictions(out, f.sentences, f.predictions);
  EXPECT_EQ(out.str(),
            "[\n"
            R"({"text":"Dell cut 6,650 jobs.","tags":[{"value":6650.0,"normalized_unit":"job","change":"=","referred_concepts":"dell"}]},)" "\n"
            R"({"text":"Thousands \"left\".","tags":[{"value":1000.0,"normalized_unit":"-","change":"~","referred_concepts":"-"}]},)" "\n"
            R"({"text":"Nothing.","tags":[{"value":null,"normalized_unit":"-","change":"=","referred_concepts":"-"}]})" "\n"
            "]\n");
}

TEST(NewsQuantOutput, RangesAreWrittenAsPairs) {
  std::ostringstream out;
  write_newsquant_predictions(out, {{"t", {}}}, {{{NqValue::between(-5, 3.5), "-", "=", {}, ""}}});
  EXPECT_NE(out.str().find(R"("value":[-5.0,3.5])"), std::string::npos) << out.str();
}

TEST(NewsQuantOutput, TableHasBothCountings) {
  Fixture f;
  std::ostringstream out;
  print_newsquant_table(out, f.report);
  std::string s = out.str();
  EXPECT_NE(s.find("NewsQuant: 3 sentences, 2 gold quantities, 3 predictions"), std::string::npos) << s;
  EXPECT_NE(s.find("strict one-to-one"), std::string::npos);
  EXPECT_NE(s.find("lenient counting"), std::string::npos);
  // value: 1 of 3 predictions, 1 of 2 gold.
  EXPECT_NE(s.find("value                         1           3      2   33.3   50.0   40.0"),
            std::string::npos) << s;
}

TEST(NewsQuantOutput, Json) {
  Fixture f;
  auto j = newsquant_json(f.report);
  EXPECT_EQ(j["sentences"], 3);
  EXPECT_EQ(j["gold"], 2);
  EXPECT_EQ(j["predictions"], 3);
  EXPECT_EQ(j["strict"]["value+unit"]["tp"], 1);
  EXPECT_DOUBLE_EQ(j["strict"]["value+unit"]["f1"].get<double>(), 40.0);
  EXPECT_EQ(j["lenient"]["value+concept-complete"]["tp"], 1);
}

TEST(NewsQuantOutput, ErrorsMarkMissesAndFalsePredictions) {
  Fixture f;
  std::ostringstream out;
  write_newsquant_errors(out, f.sentences, f.predictions, f.report);
  std::string s = out.str();
  EXPECT_NE(s.find("# NewsQuant errors under strict value+unit: 1 missed gold quantities, 2 false predictions."),
            std::string::npos) << s;
  EXPECT_EQ(s.find("## sentence 1\n"), std::string::npos) << s;  // all matched
  EXPECT_NE(s.find("## sentence 2\nThousands \"left\".\ngold:\n"
                   "  [miss]  [1000, 10000] - \"~\" (unit \"\", concepts \"-\")\n"
                   "predicted:\n  [false] 1000 - \"~\" from \"Thousands\"\n"),
            std::string::npos) << s;
  EXPECT_NE(s.find("## sentence 3\nNothing.\ngold:\n  (none)\npredicted:\n  [false] null - \"=\" from \"x\"\n"),
            std::string::npos) << s;
}

TEST(NewsQuantOutput, MissesNameAValueFoundWithAnotherUnit) {
  std::vector<NqSentence> s = {{"t", {{NqValue::single(5), "", "percentage", "=", "-"}}}};
  std::vector<std::vector<NqPrediction>> p = {{{NqValue::single(5), "-", "=", {}, "5"}}};
  std::ostringstream out;
  write_newsquant_errors(out, s, p, score_newsquant(s, p));
  EXPECT_NE(out.str().find("[miss]  5 percentage \"=\" (unit \"\", concepts \"-\") -- value predicted with unit -\n"),
            std::string::npos) << out.str();
}

}  // namespace
}  // namespace factsheet::eval
