// `factsheet eval answer-key` with several TEXT GOLD pairs: the totals are the sums of the
// single-pair runs, the reports cover every file, and the pairs are checked.
#include <initializer_list>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

constexpr const char* kTextA = "Profits rose 5% to $10m.\nShares fell 3% on Monday.\n";
constexpr const char* kGoldA =
    R"({"line": 1, "text": "5%", "occurrence": 1, "kind": "percent", "value": 5, "unit": "%", "qualifier": "=", "subject": "profits", "change": "up", "optional": false})" "\n"
    R"({"line": 1, "text": "$10m", "occurrence": 1, "kind": "money", "value": 10000000, "unit": "USD", "qualifier": "=", "subject": "profits", "change": null, "optional": false})" "\n"
    R"({"line": 2, "text": "3%", "occurrence": 1, "kind": "percent", "value": 3, "unit": "%", "qualifier": "=", "subject": "shares", "change": "down", "optional": false})" "\n"
    R"({"line": 2, "text": "Monday", "occurrence": 1, "kind": "date", "value": null, "unit": null, "qualifier": "=", "subject": null, "change": null, "optional": true})" "\n";

constexpr const char* kTextB = "The club signed 2 players for 4 million pounds.\nSome 30,000 fans watched.\n";
constexpr const char* kGoldB =
    R"({"line": 1, "text": "2 players", "occurrence": 1, "kind": "count", "value": 2, "unit": "player", "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n"
    R"({"line": 1, "text": "4 million pounds", "occurrence": 1, "kind": "money", "value": 4000000, "unit": "GBP", "qualifier": "=", "subject": null, "change": null, "optional": false})" "\n"
    R"({"line": 2, "text": "Some 30,000 fans", "occurrence": 1, "kind": "count", "value": 30000, "unit": "fan", "qualifier": "~", "subject": null, "change": null, "optional": false})" "\n";

// The older format, without "change".
constexpr const char* kGoldOld =
    R"({"line": 1, "text": "2 players", "occurrence": 1, "kind": "count", "value": 2, "unit": "player", "qualifier": "=", "subject": null, "optional": false})" "\n";

class EvalFiles : public Cli {
 protected:
  void SetUp() override {
    Cli::SetUp();
    put("a.txt", kTextA);
    put("a.gold.jsonl", kGoldA);
    put("b.txt", kTextB);
    put("b.gold.jsonl", kGoldB);
    put("old.gold.jsonl", kGoldOld);
  }
  RunResult eval(std::initializer_list<std::string> args) const {
    std::vector<std::string> all = {"eval", "answer-key"};
    all.insert(all.end(), args.begin(), args.end());
    return run(all);
  }
  nlohmann::ordered_json eval_json(std::initializer_list<std::string> args) const {
    std::vector<std::string> all = {"eval", "answer-key", "--json"};
    all.insert(all.end(), args.begin(), args.end());
    RunResult r = run(all);
    EXPECT_EQ(r.status, 0) << r.err;
    return nlohmann::ordered_json::parse(r.out);
  }
};

TEST_F(EvalFiles, SeveralPairsSumTheSinglePairs) {
  auto a = eval_json({"a.txt", "a.gold.jsonl"});
  auto b = eval_json({"b.txt", "b.gold.jsonl"});
  auto both = eval_json({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl"});

  EXPECT_EQ(both["files"], 2);
  EXPECT_EQ(both["change_files"], 2);
  EXPECT_EQ(both["gold_items"], 7);
  EXPECT_EQ(both["gold_required"], 6);
  EXPECT_EQ(both["gold_optional"], 1);
  for (const char* count : {"claims", "claims_scored", "claims_dropped", "dateline_year_name_errors"})
    EXPECT_EQ(both[count], a[count].get<int>() + b[count].get<int>()) << count;
  ASSERT_EQ(both["metrics"].size(), 8u);
  for (auto& [name, m] : both["metrics"].items()) {
    for (const char* count : {"tp", "predicted", "gold"})
      EXPECT_EQ(m[count], a["metrics"][name][count].get<int>() + b["metrics"][name][count].get<int>())
          << name << " " << count;
    // Micro-average: the figures come from the summed counts.
    int tp = m["tp"], predicted = m["predicted"], gold = m["gold"];
    EXPECT_DOUBLE_EQ(m["precision"].get<double>(), predicted ? 100.0 * tp / predicted : 0.0) << name;
    EXPECT_DOUBLE_EQ(m["recall"].get<double>(), gold ? 100.0 * tp / gold : 0.0) << name;
  }
  EXPECT_EQ(both["metrics"]["span+value+change"]["gold"], 6);

  // Each file's own figures, as its single run gives them.
  ASSERT_EQ(both["by_file"].size(), 2u);
  auto first = both["by_file"][0];
  EXPECT_EQ(first["text"], "a.txt");
  EXPECT_EQ(first["gold"], "a.gold.jsonl");
  first.erase("text");
  first.erase("gold");
  EXPECT_EQ(first, a);
  auto second = both["by_file"][1];
  EXPECT_EQ(second["text"], "b.txt");
  second.erase("text");
  second.erase("gold");
  EXPECT_EQ(second, b);
}

TEST_F(EvalFiles, TheTableCoversAllFiles) {
  RunResult r = eval({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl", "--year", "2005"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.rfind("answer key: 2 files; 7 gold items (6 required, 1 optional); ", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("\nspan+value+change "), std::string::npos) << r.out;
  auto by_file = r.out.find("\nby file (span+value+unit):\nfile ");
  ASSERT_NE(by_file, std::string::npos) << r.out;
  EXPECT_LT(by_file, r.out.find("\na.txt "));
  EXPECT_LT(r.out.find("\na.txt "), r.out.find("\nb.txt "));
}

TEST_F(EvalFiles, OnePairKeepsTheOnePairReport) {
  RunResult r = eval({"b.txt", "b.gold.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out.rfind("answer key: 3 gold items (3 required, 0 optional); ", 0), 0u) << r.out;
  EXPECT_EQ(r.out.find("by file"), std::string::npos) << r.out;
  EXPECT_FALSE(eval_json({"b.txt", "b.gold.jsonl"}).contains("by_file"));

  // A key without "change" reports no span+value+change.
  RunResult old = eval({"b.txt", "old.gold.jsonl"});
  EXPECT_EQ(old.status, 0) << old.err;
  EXPECT_EQ(old.out.find("span+value+change"), std::string::npos) << old.out;
  EXPECT_EQ(eval_json({"b.txt", "old.gold.jsonl"})["metrics"].size(), 7u);
}

TEST_F(EvalFiles, ChangeIsScoredOnTheKeysThatGiveIt) {
  auto mixed = eval_json({"a.txt", "a.gold.jsonl", "b.txt", "old.gold.jsonl"});
  EXPECT_EQ(mixed["files"], 2);
  EXPECT_EQ(mixed["change_files"], 1);
  EXPECT_EQ(mixed["metrics"]["span+value+change"]["gold"], 3);  // a's items only
  EXPECT_EQ(mixed["metrics"]["span"]["gold"], 4);
  RunResult r = eval({"a.txt", "a.gold.jsonl", "b.txt", "old.gold.jsonl"});
  EXPECT_NE(r.out.find("(span+value+change: the 1 of 2 files whose answer keys give \"change\")\n"),
            std::string::npos) << r.out;

  RunResult unscored = eval({"b.txt", "old.gold.jsonl", "--min-f1", "span+value+change=10"});
  EXPECT_EQ(unscored.status, 5);
  EXPECT_EQ(unscored.err,
            "factsheet: check failed: span+value+change: not scored (no answer key gives \"change\")\n");
  RunResult scored = eval({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl", "--min-f1", "span+value+change=0"});
  EXPECT_EQ(scored.status, 0) << scored.err;
}

TEST_F(EvalFiles, ErrorsAreGroupedByFile) {
  RunResult r = eval({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl", "--errors", "errors.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  std::string errors = slurp("errors.txt");
  EXPECT_EQ(errors.rfind("# Answer-key errors under span+value+unit in 2 files: ", 0), 0u) << errors;
  auto at_a = errors.find("\n# file a.txt (answer key a.gold.jsonl): ");
  auto at_b = errors.find("\n# file b.txt (answer key b.gold.jsonl): ");
  ASSERT_NE(at_a, std::string::npos) << errors;
  ASSERT_NE(at_b, std::string::npos) << errors;
  EXPECT_LT(at_a, at_b);
}

TEST_F(EvalFiles, AnOddCountIsAUsageError) {
  RunResult r = eval({"a.txt", "a.gold.jsonl", "b.txt"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: eval answer-key: TEXT and GOLD come in pairs, but 3 paths were given; "
                   "b.txt has no GOLD\n");
  EXPECT_EQ(r.out, "");
  RunResult five = eval({"a.txt", "a.gold.jsonl", "b.txt", "b.gold.jsonl", "a.txt", "--json"});
  EXPECT_EQ(five.status, 2);
  EXPECT_EQ(five.err, "factsheet: eval answer-key: TEXT and GOLD come in pairs, but 5 paths were given; "
                      "a.txt has no GOLD\n");
}

TEST_F(EvalFiles, EveryBadInputIsNamedAndNothingIsScored) {
  put("bad.gold.jsonl", "{\"line\": 1}\n");
  RunResult r = eval({"a.txt", "a.gold.jsonl", "none.txt", "b.gold.jsonl", "b.txt", "bad.gold.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "factsheet: none.txt: cannot open\nfactsheet: bad.gold.jsonl:1: missing field \"text\"\n");
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace factsheet::e2e
