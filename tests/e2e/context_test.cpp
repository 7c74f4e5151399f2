// `factsheet extract` fills the source-context fields: on a small wire file of its own,
// and on the evaluation text next to the checkout (skipped when it is absent).
#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Context = Cli;

const nlohmann::ordered_json* find_claim(const std::vector<nlohmann::ordered_json>& claims, const std::string& text,
                                         int article = 0) {
  for (const auto& c : claims)
    if (c["text"] == text && (article == 0 || c["article"] == article)) return &c;
  return nullptr;
}

TEST_F(Context, WireFileGetsArticlesSourcesDatesAndSubjects) {
  put("wire.txt",
      "Trade talks open in Astana\n"
      "ASTANA, May 20 (Xinhua) \xE2\x80\x94 According to Chinese statistics, bilateral trade reached 41 billion "
      "US dollars last year.\n"
      "Belarus and China hold talks\n"
      "MINSK, 21 May (BelTA) \xE2\x80\x93 Exports rose 5% in 2022, Aleinik said.\n");
  RunResult r = run({"extract", "--year", "2024", "wire.txt"});
  ASSERT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  EXPECT_FALSE(find_claim(claims, "May 20"));  // dateline dates are metadata
  EXPECT_FALSE(find_claim(claims, "21 May"));
  const auto* trade = find_claim(claims, "41 billion US dollars");
  ASSERT_TRUE(trade);
  EXPECT_EQ((*trade)["article"], 1);
  EXPECT_EQ((*trade)["title"], "Trade talks open in Astana");
  EXPECT_EQ((*trade)["source"], "Xinhua");
  EXPECT_EQ((*trade)["dateline"], "ASTANA, May 20");
  EXPECT_EQ((*trade)["date"], "2024-05-20");
  EXPECT_EQ((*trade)["subject"], "bilateral trade");
  EXPECT_EQ((*trade)["time"], "2023");
  EXPECT_EQ((*trade)["time_text"], "last year");
  EXPECT_EQ((*trade)["attribution"], "Chinese statistics");
  EXPECT_TRUE((*trade)["page"].is_null());
  const auto* exports = find_claim(claims, "5%");
  ASSERT_TRUE(exports);
  EXPECT_EQ((*exports)["article"], 2);
  EXPECT_EQ((*exports)["source"], "BelTA");
  EXPECT_EQ((*exports)["date"], "2024-05-21");
  EXPECT_EQ((*exports)["time"], "2022");
  EXPECT_EQ((*exports)["subject"], "Exports");
  EXPECT_EQ((*exports)["attribution"], "Aleinik");

  // Without --year the dates keep an unknown year and "last year" stays unresolved.
  r = run({"extract", "wire.txt"});
  claims = parse_jsonl(r.out);
  trade = find_claim(claims, "41 billion US dollars");
  ASSERT_TRUE(trade);
  EXPECT_EQ((*trade)["date"], "--05-20");
  EXPECT_TRUE((*trade)["time"].is_null());
  EXPECT_EQ((*trade)["time_text"], "last year");
}

TEST_F(Context, JsonlMetadataFillsTheArticle) {
  put("docs.jsonl",
      R"({"id":"a","text":"Sales rose 7% last year.","title":"Sales up","source":"Reuters","date":"2023-02-01"})"
      "\n");
  RunResult r = run({"extract", "docs.jsonl"});
  ASSERT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0]["title"], "Sales up");
  EXPECT_EQ(claims[0]["source"], "Reuters");
  EXPECT_EQ(claims[0]["date"], "2023-02-01");
  EXPECT_EQ(claims[0]["time"], "2022");
  EXPECT_EQ(claims[0]["subject"], "Sales");
}

TEST_F(Context, TheArticlesOwnYearOutranksTheYearOption) {
  // A dateline with a year: its year, not --year, dates the article and resolves "last year".
  put("wire.txt",
      "Trade talks open in Astana\n"
      "ASTANA, May 20, 2021 (Xinhua) \xE2\x80\x94 Bilateral trade reached 41 billion US dollars last year.\n");
  RunResult r = run({"extract", "--year", "2024", "wire.txt"});
  ASSERT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 1u) << r.out;
  EXPECT_EQ(claims[0]["text"], "41 billion US dollars");
  EXPECT_EQ(claims[0]["dateline"], "ASTANA, May 20, 2021");
  EXPECT_EQ(claims[0]["date"], "2021-05-20");
  EXPECT_EQ(claims[0]["time"], "2020");

  // A JSON Lines record's date likewise; a record without one takes --year.
  put("docs.jsonl",
      R"({"id":"dated","text":"Sales rose 7% last year.","date":"2019-03-04"})" "\n"
      R"({"id":"undated","text":"Sales rose 7% last year."})" "\n");
  r = run({"extract", "--year", "2024", "docs.jsonl"});
  ASSERT_EQ(r.status, 0) << r.err;
  claims = parse_jsonl(r.out);
  ASSERT_EQ(claims.size(), 2u) << r.out;
  EXPECT_EQ(claims[0]["doc"], "dated");
  EXPECT_EQ(claims[0]["date"], "2019-03-04");
  EXPECT_EQ(claims[0]["time"], "2018");
  EXPECT_EQ(claims[1]["doc"], "undated");
  EXPECT_TRUE(claims[1]["date"].is_null());
  EXPECT_EQ(claims[1]["time"], "2023");
}

TEST_F(Context, YearMustBeAYear) {
  put("a.txt", "Trade rose 5%.\n");
  EXPECT_EQ(run({"extract", "--year", "24", "a.txt"}).status, 2);
  EXPECT_EQ(run({"extract", "--year", "soon", "a.txt"}).status, 2);
}

// The evaluation text: several wire articles after a summary (see ../shared/eval).
TEST_F(Context, SeedTextFacts) {
  std::filesystem::path seed = std::filesystem::path(FACTSHEET_SHARED_DIR) / "eval" / "000_75dfa83f04e34ea1.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << seed << " not found";
  RunResult r = run({"extract", "--year", "2024", seed.string()});
  ASSERT_EQ(r.status, 0) << r.err;
  auto claims = parse_jsonl(r.out);

  // The summary before the first dateline is an article of its own.
  const auto* summary = find_claim(claims, "41 billion US dollars");
  ASSERT_TRUE(summary);
  EXPECT_EQ((*summary)["article"], 1);
  EXPECT_TRUE((*summary)["dateline"].is_null());

  const auto* trade = find_claim(claims, "41 billion U.S. dollars");
  ASSERT_TRUE(trade);
  EXPECT_EQ((*trade)["article"], 7);
  EXPECT_EQ((*trade)["title"], "Chinese, Kazakh FMs vow to enhance cooperation");
  EXPECT_EQ((*trade)["source"], "Xinhua");
  EXPECT_EQ((*trade)["dateline"], "ASTANA, May 20");
  EXPECT_EQ((*trade)["date"], "2024-05-20");
  EXPECT_EQ((*trade)["subject"], "bilateral trade");
  EXPECT_EQ((*trade)["time_text"], "last year");
  EXPECT_EQ((*trade)["attribution"], "Chinese statistics");
  EXPECT_EQ((*trade)["time"], "2023");

  const auto* resolutions = find_claim(claims, "Twenty-two resolutions");
  ASSERT_TRUE(resolutions);
  EXPECT_EQ((*resolutions)["source"], "Astana Times");
  EXPECT_EQ((*resolutions)["title"], "Astana Hosts SCO Foreign Ministers Council Meeting");
  EXPECT_EQ((*resolutions)["article"], 2);

  // No dateline date is reported, and every claim has an article.
  for (const auto& c : claims) {
    EXPECT_FALSE(c["article"].is_null()) << c.dump();
    if (c["kind"] == "date" || c["kind"] == "year") {
      EXPECT_TRUE(c["subject"].is_null()) << c.dump();
    }
  }
  std::ifstream in(seed, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  for (const auto& c : claims) {
    std::size_t start = c["start"].get<std::size_t>();
    std::size_t line = text.str().rfind('\n', start);
    line = line == std::string::npos ? 0 : line + 1;
    std::size_t caps = line;
    while (caps < text.str().size() && text.str()[caps] >= 'A' && text.str()[caps] <= 'Z') ++caps;
    bool opens_a_dateline = caps - line >= 4 && text.str()[caps] == ',' && start - line < 20;
    EXPECT_FALSE(opens_a_dateline && c["kind"] == "date") << c.dump();
  }
}

}  // namespace
}  // namespace factsheet::e2e
