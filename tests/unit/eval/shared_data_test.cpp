// The real evaluation data, when present: everything loads and locates, and the reports
// come out. No accuracy is asserted here.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "eval/answer_key_loader.hpp"
#include "eval/answer_key_output.hpp"
#include "eval/newsquant_loader.hpp"
#include "eval/newsquant_output.hpp"
#include "eval/newsquant_score.hpp"
#include "eval/newsquant_units.hpp"
#include "eval/run.hpp"
#include "eval/text_lines.hpp"

namespace factsheet::eval {
namespace {

const std::filesystem::path kEval = std::filesystem::path(FACTSHEET_SHARED_DIR) / "eval";
const std::filesystem::path kText = kEval / "000_75dfa83f04e34ea1.txt";
const std::filesystem::path kGold = kEval / "000_75dfa83f04e34ea1.gold.jsonl";
const std::filesystem::path kNewsQuant = kEval / "newsquant-dev.json";

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(SharedData, AnswerKeyLoadsAndLocatesCompletely) {
  if (!std::filesystem::exists(kText) || !std::filesystem::exists(kGold)) GTEST_SKIP() << kEval;
  std::string text = slurp(kText);
  auto gold = load_answer_key_file(kGold.string());
  ASSERT_EQ(gold.size(), 154u);
  EXPECT_EQ(std::count_if(gold.begin(), gold.end(), [](const GoldItem& g) { return g.optional; }), 52);
  ASSERT_NO_THROW(locate_gold(text, gold, kGold.string()));
  TextLines lines(text);
  EXPECT_EQ(lines.count(), 205u);
  for (const GoldItem& g : gold) {
    EXPECT_EQ(text.substr(g.start, g.end - g.start), g.text) << "record " << g.record;
    EXPECT_EQ(lines.line_of(g.start), g.line) << "record " << g.record;
  }
  // Spot checks: the two "May 21" on line 54 and the en dash of line 62.
  auto at = [&](std::size_t line, const std::string& t, std::size_t occ) {
    return std::find_if(gold.begin(), gold.end(), [&](const GoldItem& g) {
      return g.line == line && g.text == t && g.occurrence == occ;
    });
  };
  auto first = at(54, "May 21", 1), second = at(54, "May 21", 2);
  ASSERT_NE(first, gold.end());
  ASSERT_NE(second, gold.end());
  EXPECT_TRUE(first->optional);
  EXPECT_FALSE(second->optional);
  EXPECT_LT(first->start, second->start);
  ASSERT_NE(at(62, "July 3\xE2\x80\x93" "4", 1), gold.end());
}

TEST(SharedData, AnswerKeyReportIsProduced) {
  if (!std::filesystem::exists(kText) || !std::filesystem::exists(kGold)) GTEST_SKIP() << kEval;
  std::string text = slurp(kText);
  auto gold = load_answer_key_file(kGold.string());
  locate_gold(text, gold, kGold.string());
  Extractor extractor(Lexicon::embedded());
  AnswerKeyRun run = run_answer_key(extractor, kText.string(), text, gold);
  const AnswerKeyReport& r = run.report;
  EXPECT_EQ(r.gold_items, 154u);
  EXPECT_EQ(r.gold_required, 102u);
  EXPECT_EQ(r.gold_optional, 52u);
  EXPECT_EQ(r.claims, run.claims.size());
  EXPECT_EQ(r.claims_scored + r.claims_dropped, r.claims);
  ASSERT_EQ(r.metrics.size(), 8u);
  EXPECT_FALSE(r.scores_change());  // this key has no "change"
  ASSERT_EQ(r.reported_metrics().size(), 7u);
  for (const MetricScore& m : r.reported_metrics()) {
    EXPECT_EQ(m.gold, 102u);
    EXPECT_LE(m.tp, std::min(m.gold, m.predicted));
  }
  std::ostringstream table, errors;
  print_answer_key_table(table, r);
  write_answer_key_errors(errors, text, gold, run.claims, r);
  EXPECT_NE(table.str().find("154 gold items (102 required, 52 optional)"), std::string::npos);
  EXPECT_EQ(answer_key_json(r)["gold_required"], 102);
}

// The BBC answer key in tests/accuracy/bbc-key: every key loads, gives "change" and
// locates in its article of ../shared/corpus/bbc.
TEST(SharedData, BbcKeyLoadsAndLocatesCompletely) {
  const std::filesystem::path corpus = std::filesystem::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc";
  const std::filesystem::path keys = std::filesystem::path(FACTSHEET_SOURCE_DIR) / "tests" / "accuracy" / "bbc-key";
  if (!std::filesystem::exists(corpus)) GTEST_SKIP() << corpus;
  std::size_t files = 0, items = 0;
  for (const auto& entry : std::filesystem::directory_iterator(keys)) {
    std::string name = entry.path().filename().string();
    const std::string suffix = ".gold.jsonl";
    if (name.size() <= suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
      continue;
    std::string base = name.substr(0, name.size() - suffix.size());  // CATEGORY-NNN
    auto dash = base.rfind('-');
    ASSERT_NE(dash, std::string::npos) << name;
    std::filesystem::path article = corpus / base.substr(0, dash) / (base.substr(dash + 1) + ".txt");
    ASSERT_TRUE(std::filesystem::exists(article)) << article;
    auto gold = load_answer_key_file(entry.path().string());
    ASSERT_NO_THROW(locate_gold(slurp(article), gold, entry.path().string()));
    for (const GoldItem& g : gold) EXPECT_TRUE(g.change.has_value()) << name << ":" << g.record;
    ++files;
    items += gold.size();
  }
  EXPECT_EQ(files, 160u);
  EXPECT_EQ(items, 1812u);  // as the key's README counts them
}

TEST(SharedData, NewsQuantLoadsAndScores) {
  if (!std::filesystem::exists(kNewsQuant)) GTEST_SKIP() << kNewsQuant;
  auto sentences = load_newsquant_file(kNewsQuant.string());
  ASSERT_EQ(sentences.size(), 295u);
  std::size_t quantities = 0, ranges = 0, negatives = 0;
  for (const auto& s : sentences) {
    quantities += s.quantities.size();
    for (const auto& q : s.quantities) {
      ranges += q.value.range;
      negatives += !q.value.range && q.value.low < 0;
    }
  }
  EXPECT_EQ(quantities, 461u);
  EXPECT_GT(ranges, 0u);
  EXPECT_GT(negatives, 0u);

  auto lexicon = Lexicon::embedded();
  Extractor extractor(lexicon);
  auto predictions = predict_newsquant(extractor, kNewsQuant.string(), sentences, lexicon_units(*lexicon));
  ASSERT_EQ(predictions.size(), sentences.size());
  NewsQuantReport r = score_newsquant(sentences, predictions);
  EXPECT_EQ(r.sentences, 295u);
  EXPECT_EQ(r.gold, 461u);
  for (const MetricScore& m : r.strict) EXPECT_LE(m.tp, std::min(m.gold, m.predicted));
  std::ostringstream table, preds, errors;
  print_newsquant_table(table, r);
  write_newsquant_predictions(preds, sentences, predictions);
  write_newsquant_errors(errors, sentences, predictions, r);
  EXPECT_NE(table.str().find("295 sentences, 461 gold quantities"), std::string::npos);
  auto parsed = nlohmann::json::parse(preds.str());
  EXPECT_EQ(parsed.size(), 295u);
}

}  // namespace
}  // namespace factsheet::eval
