// Several answer keys scored as one, and the span+value+change metric: two small texts
// with their keys (written here as JSON Lines), a third key without "change".
#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "eval/answer_key_loader.hpp"
#include "eval/answer_key_output.hpp"
#include "eval/answer_key_score.hpp"
#include "helpers.hpp"

namespace factsheet::eval {
namespace {

using test::claim;

const std::string kTextA =
    "Profits rose 5% to $10m.\n"
    "Shares fell 3% on Monday.";
const char* kGoldA =
    R"({"line": 1, "text": "5%", "occurrence": 1, "kind": "percent", "value": 5, "unit": "%", "qualifier": "=", "subject": "profits", "change": "up", "optional": false})" "\n"
    R"({"line": 1, "text": "$10m", "occurrence": 1, "kind": "money", "value": 10000000, "unit": "USD", "qualifier": "=", "subject": "profits", "change": null, "optional": false})" "\n"
    R"({"line": 2, "text": "3%", "occurrence": 1, "kind": "percent", "value": 3, "unit": "%", "qualifier": "=", "subject": "shares", "change": "down", "optional": false})" "\n";

const std::string kTextB =
    "The club signed 2 players for £4m.\n"
    "Attendance: 30,000.";
const char* kGoldB =
    R"({"line": 1, "text": "2 players", "occurrence": 1, "kind": "count", "value": 2, "unit": "player", "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n"
    R"({"line": 1, "text": "£4m", "occurrence": 1, "kind": "money", "value": 4000000, "unit": "GBP", "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n"
    R"({"line": 2, "text": "30,000", "occurrence": 1, "kind": "count", "value": 30000, "unit": "spectator", "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n";

// A key in the older format, without "change".
const std::string kTextC = "Sales of 7 cars.";
const char* kGoldC =
    R"({"line": 1, "text": "7 cars", "occurrence": 1, "kind": "count", "value": 7, "unit": "car", "qualifier": "=", "subject": "sales", "optional": false})" "\n";

std::vector<GoldItem> key(const std::string& text, const char* jsonl, const std::string& origin) {
  std::istringstream in(jsonl);
  auto items = load_answer_key(in, origin);
  locate_gold(text, items, origin);
  return items;
}

Claim with_change(Claim c, Change change) {
  c.change = change;
  return c;
}

// A: every value right; the change is right on "5%" only ($10m is a level, not a rise;
// "fell 3%" lost its direction).
std::vector<Claim> claims_a() {
  const std::string& t = kTextA;
  return {with_change(claim(t, 1, "5%", Kind::percent, 5.0, "%"), Change::up),
          with_change(claim(t, 1, "$10m", Kind::money, 1e7, "USD"), Change::up),
          claim(t, 2, "3%", Kind::percent, 3.0, "%")};
}

// B: the three items right, plus a false figure.
std::vector<Claim> claims_b() {
  const std::string& t = kTextB;
  return {claim(t, 1, "club", Kind::count, 1.0, "club"),
          claim(t, 1, "2 players", Kind::count, 2.0, "player"),
          claim(t, 1, "£4m", Kind::money, 4e6, "GBP"),
          claim(t, 2, "30,000", Kind::count, 30000.0, "spectator")};
}

std::vector<Claim> claims_c() { return {claim(kTextC, 1, "7 cars", Kind::count, 7.0, "car")}; }

AnswerKeyFile scored(std::string text_path, std::string gold_path, const std::string& text, const char* jsonl,
                     std::vector<Claim> claims) {
  AnswerKeyFile f;
  f.text_path = std::move(text_path);
  f.gold_path = std::move(gold_path);
  f.text = text;
  f.gold = key(text, jsonl, f.gold_path);
  f.claims = std::move(claims);
  f.report = score_answer_key(f.text, f.gold, f.claims);
  return f;
}

AnswerKeyFile file_a() { return scored("a.txt", "a.gold.jsonl", kTextA, kGoldA, claims_a()); }
AnswerKeyFile file_b() { return scored("b.txt", "b.gold.jsonl", kTextB, kGoldB, claims_b()); }
AnswerKeyFile file_c() { return scored("c.txt", "c.gold.jsonl", kTextC, kGoldC, claims_c()); }

std::vector<std::string> names(const std::vector<MetricScore>& metrics) {
  std::vector<std::string> n;
  for (const MetricScore& m : metrics) n.push_back(m.name);
  return n;
}

TEST(ChangeMetric, AgreesOnNullUpAndDown) {
  const std::string& t = kTextA;
  GoldItem g = test::gold(t, 1, "5%", Kind::percent, 5.0, "%");
  Claim c = claim(t, 1, "5%", Kind::percent, 5.0, "%");
  const auto m = AnswerKeyMetric::span_value_change;
  EXPECT_FALSE(fields_agree(m, g, c));  // the key gives no change: nothing to agree with
  g.change = Change::none;
  EXPECT_TRUE(fields_agree(m, g, c));  // null and none
  c.change = Change::up;
  EXPECT_FALSE(fields_agree(m, g, c));  // a level is not a rise
  g.change = Change::up;
  EXPECT_TRUE(fields_agree(m, g, c));
  g.change = Change::down;
  EXPECT_FALSE(fields_agree(m, g, c));
  c.change = Change::down;
  EXPECT_TRUE(fields_agree(m, g, c));
  c.value = 4.0;  // and the value still counts
  EXPECT_FALSE(fields_agree(m, g, c));
  EXPECT_EQ(metric_name(m), "span+value+change");
}

TEST(ChangeMetric, CountsOneKey) {
  AnswerKeyFile a = file_a();
  const AnswerKeyReport& r = a.report;
  EXPECT_TRUE(r.scores_change());
  EXPECT_EQ(r.change_files, 1u);
  EXPECT_EQ(r.metric(AnswerKeyMetric::span_value).tp, 3u);
  const MetricScore& change = r.metric(AnswerKeyMetric::span_value_change);
  EXPECT_EQ(change.tp, 1u);
  EXPECT_EQ(change.predicted, 3u);
  EXPECT_EQ(change.gold, 3u);
  EXPECT_EQ(names(r.reported_metrics()),
            (std::vector<std::string>{"span", "span+kind", "span+value", "span+value+unit",
                                      "span+value+unit+qualifier", "span+value+change",
                                      "span+value+subject-partial", "span+value+subject-complete"}));
}

TEST(ChangeMetric, AKeyWithoutChangeDoesNotReportIt) {
  AnswerKeyFile c = file_c();
  const AnswerKeyReport& r = c.report;
  EXPECT_FALSE(r.scores_change());
  EXPECT_EQ(r.change_files, 0u);
  const MetricScore& change = r.metric(AnswerKeyMetric::span_value_change);
  EXPECT_EQ(change.tp, 0u);
  EXPECT_EQ(change.predicted, 0u);
  EXPECT_EQ(change.gold, 0u);
  auto reported = names(r.reported_metrics());
  EXPECT_EQ(reported.size(), 7u);
  EXPECT_EQ(std::count(reported.begin(), reported.end(), "span+value+change"), 0);

  std::ostringstream table;
  print_answer_key_table(table, r);
  EXPECT_EQ(table.str().find("span+value+change"), std::string::npos) << table.str();
  EXPECT_FALSE(answer_key_json(r)["metrics"].contains("span+value+change"));
}

TEST(AnswerKeySum, CountsAreSummedOverFiles) {
  AnswerKeyFile a = file_a(), b = file_b();
  EXPECT_EQ(b.report.metric(AnswerKeyMetric::span).predicted, 4u);
  EXPECT_EQ(b.report.false_figures.size(), 1u);

  AnswerKeyReport sum = sum_answer_key_reports({a.report, b.report});
  EXPECT_EQ(sum.files, 2u);
  EXPECT_EQ(sum.change_files, 2u);
  EXPECT_EQ(sum.gold_items, 6u);
  EXPECT_EQ(sum.gold_required, 6u);
  EXPECT_EQ(sum.claims, 7u);
  EXPECT_EQ(sum.claims_scored, 7u);
  ASSERT_EQ(sum.metrics.size(), kAnswerKeyMetrics.size());
  for (std::size_t i = 0; i < sum.metrics.size(); ++i) {
    EXPECT_EQ(sum.metrics[i].name, a.report.metrics[i].name);
    EXPECT_EQ(sum.metrics[i].tp, a.report.metrics[i].tp + b.report.metrics[i].tp);
    EXPECT_EQ(sum.metrics[i].predicted, a.report.metrics[i].predicted + b.report.metrics[i].predicted);
    EXPECT_EQ(sum.metrics[i].gold, a.report.metrics[i].gold + b.report.metrics[i].gold);
  }
  // Micro-average: 4 of 7 claims and 4 of 6 items agree on the change (A 1 of 3, B 3 of 4
  // and 3), not the mean of the two files' figures.
  const MetricScore& change = sum.metric(AnswerKeyMetric::span_value_change);
  EXPECT_EQ(change.tp, 4u);
  EXPECT_NEAR(change.precision(), 400.0 / 7.0, 1e-9);
  EXPECT_NEAR(change.recall(), 400.0 / 6.0, 1e-9);
  EXPECT_DOUBLE_EQ(sum.metric(AnswerKeyMetric::span).recall(), 100.0);

  EXPECT_EQ(sum.recall_by_kind.at(Kind::percent).gold, 2u);
  EXPECT_EQ(sum.recall_by_kind.at(Kind::money).gold, 2u);
  EXPECT_EQ(sum.recall_by_kind.at(Kind::money).matched, 2u);
  EXPECT_EQ(sum.recall_by_kind.at(Kind::count).gold, 2u);
  EXPECT_EQ(sum.false_by_kind.at(Kind::count), 1u);
  EXPECT_TRUE(sum.misses.empty());  // per-file lists stay with their files
  EXPECT_TRUE(sum.false_figures.empty());
}

TEST(AnswerKeySum, ChangeCountsOnlyTheKeysThatGiveIt) {
  AnswerKeyFile a = file_a(), c = file_c();
  AnswerKeyReport sum = sum_answer_key_reports({a.report, c.report});
  EXPECT_EQ(sum.files, 2u);
  EXPECT_EQ(sum.change_files, 1u);
  EXPECT_TRUE(sum.scores_change());
  EXPECT_EQ(sum.metric(AnswerKeyMetric::span).gold, 4u);
  const MetricScore& change = sum.metric(AnswerKeyMetric::span_value_change);
  EXPECT_EQ(change.tp, 1u);
  EXPECT_EQ(change.predicted, 3u);  // A's claims only
  EXPECT_EQ(change.gold, 3u);

  std::ostringstream table;
  print_answer_key_table(table, sum);
  EXPECT_NE(table.str().find("span+value+change               1           3      3   33.3   33.3   33.3\n"),
            std::string::npos) << table.str();
  // A note under the metrics says what the row covers.
  EXPECT_NE(table.str().find("subject-complete      0           4      4    0.0    0.0    0.0\n"
                             "(span+value+change: the 1 of 2 files whose answer keys give \"change\")\n"),
            std::string::npos) << table.str();

  AnswerKeyReport none = sum_answer_key_reports({c.report, c.report});
  EXPECT_FALSE(none.scores_change());
  EXPECT_EQ(none.reported_metrics().size(), 7u);
}

TEST(AnswerKeyFiles, OneFileIsTheOneFileReport) {
  std::vector<AnswerKeyFile> files = {file_a()};
  AnswerKeyReport total = sum_answer_key_reports({files[0].report});
  std::ostringstream one, many;
  print_answer_key_table(one, files[0].report);
  print_answer_key_table(many, files, total);
  EXPECT_EQ(many.str(), one.str());
  EXPECT_EQ(answer_key_json(files, total), answer_key_json(files[0].report));
  std::ostringstream e1, e2;
  write_answer_key_errors(e1, files[0].text, files[0].gold, files[0].claims, files[0].report);
  write_answer_key_errors(e2, files, total);
  EXPECT_EQ(e2.str(), e1.str());
  EXPECT_EQ(one.str().rfind("answer key: 3 gold items", 0), 0u) << one.str();
  EXPECT_FALSE(answer_key_json(files[0].report).contains("files"));
}

TEST(AnswerKeyFiles, TableCoversAllFilesThenEachFile) {
  std::vector<AnswerKeyFile> files = {file_a(), file_b()};
  AnswerKeyReport total = sum_answer_key_reports({files[0].report, files[1].report});
  std::ostringstream out;
  print_answer_key_table(out, files, total);
  std::string s = out.str();
  EXPECT_EQ(s.rfind("answer key: 2 files; 6 gold items (6 required, 0 optional); 7 claims (7 scored, 0 on "
                    "optional items only)\n",
                    0),
            0u) << s;
  EXPECT_NE(s.find("span                            6           7      6   85.7  100.0   92.3\n"), std::string::npos) << s;
  EXPECT_NE(s.find("span+value+change               4           7      6   57.1   66.7   61.5\n"), std::string::npos) << s;
  EXPECT_EQ(s.find("files whose answer keys give"), std::string::npos) << s;  // both give it
  EXPECT_NE(s.find("\nby file (span+value+unit):\n"
                   "file                           TP      claims   gold      P      R     F1\n"
                   "a.txt                           3           3      3  100.0  100.0  100.0\n"
                   "b.txt                           3           4      3   75.0  100.0   85.7\n"),
            std::string::npos) << s;
}

TEST(AnswerKeyFiles, JsonHasTheTotalsAndEachFile) {
  std::vector<AnswerKeyFile> files = {file_a(), file_b()};
  AnswerKeyReport total = sum_answer_key_reports({files[0].report, files[1].report});
  auto j = answer_key_json(files, total);
  EXPECT_EQ(j["files"], 2);
  EXPECT_EQ(j["change_files"], 2);
  EXPECT_EQ(j["gold_required"], 6);
  EXPECT_EQ(j["metrics"]["span+value+change"]["tp"], 4);
  EXPECT_EQ(j["false_by_kind"]["count"], 1);
  ASSERT_EQ(j["by_file"].size(), 2u);
  EXPECT_EQ(j["by_file"][0]["text"], "a.txt");
  EXPECT_EQ(j["by_file"][0]["gold"], "a.gold.jsonl");
  EXPECT_EQ(j["by_file"][0]["metrics"]["span+value+change"]["tp"], 1);
  EXPECT_EQ(j["by_file"][1]["text"], "b.txt");
  EXPECT_EQ(j["by_file"][1]["claims"], 4);
  EXPECT_FALSE(j["by_file"][1].contains("files"));
  std::vector<std::string> keys;
  for (auto& [k, v] : j["by_file"][0].items()) keys.push_back(k);
  ASSERT_GE(keys.size(), 3u);
  EXPECT_EQ(keys[0], "text");
  EXPECT_EQ(keys[1], "gold");
  EXPECT_EQ(keys[2], "gold_items");
}

TEST(AnswerKeyFiles, ErrorsComeFileByFile) {
  std::vector<AnswerKeyFile> files = {file_a(), file_b()};
  AnswerKeyReport total = sum_answer_key_reports({files[0].report, files[1].report});
  std::ostringstream out;
  write_answer_key_errors(out, files, total);
  std::string s = out.str();
  EXPECT_EQ(s.rfind("# Answer-key errors under span+value+unit in 2 files: 0 misses, 1 false figures, ", 0), 0u)
      << s;
  auto at_a = s.find("\n# file a.txt (answer key a.gold.jsonl): 0 misses, 0 false figures, ");
  auto at_b = s.find("\n# file b.txt (answer key b.gold.jsonl): 0 misses, 1 false figures, ");
  ASSERT_NE(at_a, std::string::npos) << s;
  ASSERT_NE(at_b, std::string::npos) << s;
  EXPECT_LT(at_a, at_b);
  auto false_b = s.find("## false figures: count (1)\n\n1:5 \"club\"\n");
  EXPECT_NE(false_b, std::string::npos) << s;
  EXPECT_GT(false_b, at_b);  // under B's heading, with B's line and column
}

}  // namespace
}  // namespace factsheet::eval
