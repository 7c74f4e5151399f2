// `factsheet eval` on one small answer key and one small NewsQuant file whose scores are
// worked out by hand below: the tables' figures, --json, --errors FILE and the --min-f1
// checks (exit status 5).
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

// Three figures; the key annotates two of them (one with the wrong currency on purpose)
// and, as required, a date the extractor does not report:
//   span:            5% and $10m match; 3% is false; Monday is missed -> TP 2 of 3 claims, 3 gold
//   span+value+unit: only 5% (the key says EUR)                        -> TP 1
constexpr const char* kText = "Profits rose 5% to $10m.\nShares fell 3% on Monday.\n";
constexpr const char* kGold =
    R"({"line": 1, "text": "5%", "occurrence": 1, "kind": "percent", "value": 5, "unit": "%", "qualifier": "=", "subject": "profits", "change": "up", "optional": false})" "\n"
    R"({"line": 1, "text": "$10m", "occurrence": 1, "kind": "money", "value": 10000000, "unit": "EUR", "qualifier": "=", "subject": "profits", "change": null, "optional": false})" "\n"
    R"({"line": 2, "text": "Monday", "occurrence": 1, "kind": "date", "value": null, "unit": null, "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n";

// Four quantities in three sentences: 6650 jobs and 5 percent match; 20 million dollars
// matches in value but the key's unit is "euro"; the 7 of "Nothing here." is missed.
//   value:      TP 3 of 3 predictions, 4 gold -> P 100, R 75, F1 6/7 = 85.71
//   value+unit: TP 2                         -> P 66.67, R 50, F1 4/7 = 57.14
constexpr const char* kNewsQuant = R"([
 {"text": "Dell cut 6,650 jobs.", "quantities": [
   {"value": "6650.0", "unit": "jobs", "normalized_unit": "job", "change": "=", "referred_concepts": "Dell"}]},
 {"text": "Sales rose 5 percent to 20 million dollars.", "quantities": [
   {"value": "5.0", "unit": "percent", "normalized_unit": "percentage", "change": "up", "referred_concepts": "sales"},
   {"value": "20000000.0", "unit": "dollars", "normalized_unit": "euro", "change": "=", "referred_concepts": "sales"}]},
 {"text": "Nothing here.", "quantities": [
   {"value": "7", "unit": "", "normalized_unit": "-", "change": "=", "referred_concepts": "-"}]}
]
)";

class EvalChecks : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    put("a.txt", kText);
    put("a.gold.jsonl", kGold);
    put("nq.json", kNewsQuant);
  }
};

void expect_metric(const nlohmann::ordered_json& m, int tp, int predicted, int gold, double p, double r,
                   double f1) {
  EXPECT_EQ(m["tp"], tp) << m.dump();
  EXPECT_EQ(m["predicted"], predicted) << m.dump();
  EXPECT_EQ(m["gold"], gold) << m.dump();
  EXPECT_NEAR(m["precision"].get<double>(), p, 1e-9) << m.dump();
  EXPECT_NEAR(m["recall"].get<double>(), r, 1e-9) << m.dump();
  EXPECT_NEAR(m["f1"].get<double>(), f1, 1e-9) << m.dump();
}

TEST_F(EvalChecks, AnswerKeyTableAndJson) {
  RunResult r = run({"eval", "answer-key", "a.txt", "a.gold.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("answer key: 3 gold items (3 required, 0 optional); 3 claims (3 scored, 0 on optional "
                        "items only)\n",
                        0),
            0u)
      << r.out;
  EXPECT_NE(r.out.find("\nspan                            2           3      3   66.7   66.7   66.7\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("\nspan+value+unit                 1           3      3   33.3   33.3   33.3\n"),
            std::string::npos)
      << r.out;

  RunResult j = run({"eval", "answer-key", "--json", "a.txt", "a.gold.jsonl"});
  EXPECT_EQ(j.status, 0) << j.err;
  auto report = nlohmann::ordered_json::parse(j.out);
  EXPECT_EQ(report["gold_items"], 3);
  EXPECT_EQ(report["gold_required"], 3);
  EXPECT_EQ(report["claims"], 3);
  expect_metric(report["metrics"]["span"], 2, 3, 3, 200.0 / 3, 200.0 / 3, 200.0 / 3);
  expect_metric(report["metrics"]["span+value"], 2, 3, 3, 200.0 / 3, 200.0 / 3, 200.0 / 3);
  expect_metric(report["metrics"]["span+value+unit"], 1, 3, 3, 100.0 / 3, 100.0 / 3, 100.0 / 3);
  EXPECT_EQ(report["false_by_kind"], nlohmann::ordered_json::parse(R"({"percent": 1})"));
  EXPECT_EQ(report["recall_by_kind"]["date"], nlohmann::ordered_json::parse(R"({"gold": 1, "matched": 0, "recall": 0.0})"));
}

TEST_F(EvalChecks, AnswerKeyMinF1FailsWithFive) {
  RunResult below = run({"eval", "answer-key", "a.txt", "a.gold.jsonl", "--min-f1", "span+value+unit=50",
                         "--min-f1", "span=70"});
  EXPECT_EQ(below.status, 5);
  EXPECT_EQ(below.err, "factsheet: check failed: span+value+unit F1 33.33 < 50\n"
                       "factsheet: check failed: span F1 66.67 < 70\n");
  EXPECT_NE(below.out.find("\nspan+value+unit "), std::string::npos);  // the table is still printed
  // 66.67 passes 66.6 and fails 66.7: the F1 itself is compared, not its rounding.
  EXPECT_EQ(run({"eval", "answer-key", "a.txt", "a.gold.jsonl", "--min-f1", "span=66.6"}).status, 0);
  RunResult close = run({"eval", "answer-key", "a.txt", "a.gold.jsonl", "--min-f1", "span=66.7"});
  EXPECT_EQ(close.status, 5);
  EXPECT_EQ(close.err, "factsheet: check failed: span F1 66.67 < 66.7\n");
  RunResult unknown = run({"eval", "answer-key", "a.txt", "a.gold.jsonl", "--min-f1", "spam=5"});
  EXPECT_EQ(unknown.status, 2);
  EXPECT_EQ(unknown.err.rfind("factsheet: --min-f1: unknown metric \"spam\" (known: span, ", 0), 0u) << unknown.err;
}

TEST_F(EvalChecks, AnswerKeyErrorsFile) {
  RunResult r = run({"eval", "answer-key", "--json", "--errors", "errors.txt", "a.txt", "a.gold.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(slurp("errors.txt"),
            "# Answer-key errors under span+value+unit: 2 misses, 1 false figures, 0 money/count/measure on "
            "datelines, years or names.\n"
            "# LINE:COLUMN \"span\"; expected (gold) vs got (claim); the line with the span in [[ ]].\n"
            "\n"
            "## misses: money (1)\n"
            "\n"
            "1:20 \"$10m\"\n"
            "  expected: money 10000000 unit=\"EUR\" qualifier=\"=\"\n"
            "  got:      money 10000000 unit=\"USD\" qualifier=\"=\" from \"$10m\"\n"
            "  differs:  unit\n"
            "  line:     Profits rose 5% to [[$10m]].\n"
            "\n"
            "## misses: date (1)\n"
            "\n"
            "2:19 \"Monday\"\n"
            "  expected: date null unit=null qualifier=\"=\"\n"
            "  got:      no claim overlaps it\n"
            "  line:     Shares fell 3% on [[Monday]].\n"
            "\n"
            "## false figures: percent (1)\n"
            "\n"
            "2:13 \"3%\"\n"
            "  expected: nothing\n"
            "  got:      percent 3 unit=\"%\" qualifier=\"=\"\n"
            "  line:     Shares fell [[3%]] on Monday.\n");
  RunResult unwritable = run({"eval", "answer-key", "--errors", "no/such/dir/errors.txt", "a.txt", "a.gold.jsonl"});
  EXPECT_EQ(unwritable.status, 3);
  EXPECT_EQ(unwritable.err_lines().size(), 1u) << unwritable.err;
}

TEST_F(EvalChecks, NewsQuantJsonErrorsAndMinF1) {
  RunResult r = run({"eval", "newsquant", "nq.json", "--json", "--errors", "errors.txt", "--min-f1", "value=85"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  auto report = nlohmann::ordered_json::parse(r.out);
  EXPECT_EQ(report["sentences"], 3);
  EXPECT_EQ(report["gold"], 4);
  EXPECT_EQ(report["predictions"], 3);
  expect_metric(report["strict"]["value"], 3, 3, 4, 100.0, 75.0, 600.0 / 7);
  expect_metric(report["strict"]["value+unit"], 2, 3, 4, 200.0 / 3, 50.0, 400.0 / 7);
  expect_metric(report["strict"]["value+change"], 3, 3, 4, 100.0, 75.0, 600.0 / 7);
  EXPECT_EQ(slurp("errors.txt"),
            "# NewsQuant errors under strict value+unit: 2 missed gold quantities, 1 false predictions.\n"
            "# [ok] matched, [miss] gold quantity not matched, [false] prediction not matched.\n"
            "\n"
            "## sentence 2\n"
            "Sales rose 5 percent to 20 million dollars.\n"
            "gold:\n"
            "  [ok]    5 percentage \"up\" (unit \"percent\", concepts \"sales\")\n"
            "  [miss]  20000000 euro \"=\" (unit \"dollars\", concepts \"sales\") -- value predicted with unit dollar\n"
            "predicted:\n"
            "  [ok]    5 percentage \"up\" (concepts \"sales\") from \"5 percent\"\n"
            "  [false] 20000000 dollar \"=\" (concepts \"sales\") from \"20 million dollars\"\n"
            "\n"
            "## sentence 3\n"
            "Nothing here.\n"
            "gold:\n"
            "  [miss]  7 - \"=\" (unit \"\", concepts \"-\")\n"
            "predicted:\n"
            "  (none)\n");

  RunResult below = run({"eval", "newsquant", "nq.json", "--min-f1", "value+unit=60"});
  EXPECT_EQ(below.status, 5);
  EXPECT_EQ(below.err, "factsheet: check failed: value+unit F1 57.14 < 60\n");
  EXPECT_NE(below.out.find("\nvalue+unit                    2           3      4   66.7   50.0   57.1\n"),
            std::string::npos)
      << below.out;
}

}  // namespace
}  // namespace factsheet::e2e
