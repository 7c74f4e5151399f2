// `factsheet audit`: the report in text and JSON, --fail-on, claim files of earlier
// runs as shards, bad input, and the acceptance check on the annotated article.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Audit = Cli;

constexpr const char* kTrade41 = "Kazakhstan's trade reached 41 billion US dollars in 2023.\n";
constexpr const char* kTrade45 = "Kazakhstan's trade reached 45 billion US dollars in 2023.\n";

nlohmann::ordered_json parse(const std::string& text) {
  try {
    return nlohmann::ordered_json::parse(text);
  } catch (const std::exception& e) {
    ADD_FAILURE() << "not JSON: " << e.what() << "\n" << text;
  }
  return {};
}

// The findings of a JSON report with `status`.
std::vector<nlohmann::ordered_json> with_status(const nlohmann::ordered_json& report, const std::string& status) {
  std::vector<nlohmann::ordered_json> out;
  for (const auto& f : report["findings"])
    if (f["status"] == status) out.push_back(f);
  return out;
}

std::vector<std::string> texts(const nlohmann::ordered_json& finding) {
  std::vector<std::string> out;
  for (const auto& c : finding["claims"]) out.push_back(c["text"].get<std::string>());
  return out;
}

TEST_F(Audit, TextReportNamesTheConflictAndItsPlaces) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  RunResult r = run({"audit", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("1 conflict"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("[conflict] [Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current]: independent statements "
                       "disagree: \xE2\x80\x9C" "41 billion US dollars\xE2\x80\x9D (a.txt #1: 40,500,000,000 to "
                       "41,500,000,000) and \xE2\x80\x9C" "45 billion US dollars\xE2\x80\x9D (b.txt #1: 44,500,000,000 "
                       "to 45,500,000,000) cannot both hold"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("    b.txt #1 1:28: "), std::string::npos) << r.out;
}

TEST_F(Audit, ARevisionInOneSentenceIsReportedAsRevisedInTextAndJson) {
  put("jobs.txt", "US jobs\n\nThe Labor Department also said it had revised down the jobs gains in December 2004, "
                  "from 157,000 to 133,000.\n");
  RunResult text = run({"audit", "jobs.txt"});
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_NE(text.out.find("[revised] "), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("from \xE2\x80\x9C" "157,000\xE2\x80\x9D to \xE2\x80\x9C" "133,000\xE2\x80\x9D"),
            std::string::npos)
      << text.out;
  EXPECT_NE(text.out.find("    jobs.txt #1 3:90: "), std::string::npos) << text.out;  // line:column
  EXPECT_EQ(text.out.find("[conflict]"), std::string::npos) << text.out;
  RunResult json = run({"audit", "--format", "json", "jobs.txt"});
  auto report = parse(json.out);
  ASSERT_EQ(with_status(report, "revised").size(), 1u) << json.out;
  EXPECT_EQ(texts(with_status(report, "revised")[0]), std::vector<std::string>{"157,000 to 133,000"});
  // --fail-on conflict does not fail on a revision.
  EXPECT_EQ(run({"audit", "--fail-on", "conflict", "jobs.txt"}).status, 0);
}

TEST_F(Audit, FailOnConflictExitsSix) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  RunResult r = run({"audit", "--fail-on", "conflict", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 6);
  EXPECT_EQ(r.err_lines(), std::vector<std::string>{"factsheet: check failed: 1 conflict finding"});
  EXPECT_NE(r.out.find("[conflict]"), std::string::npos);  // the report is still written
  // Arithmetic alone is not failed on; nor are the informational unsourced findings.
  EXPECT_EQ(run({"audit", "--fail-on", "arithmetic", "a.txt", "b.txt"}).status, 0);
  EXPECT_EQ(run({"audit", "--fail-on", "unsourced", "a.txt"}).status, 2);
}

TEST_F(Audit, FailOnArithmeticAndBoth) {
  put("p.txt", "So far 26 of 45 projects, or 70%, have been completed.\n");
  RunResult r = run({"audit", "--fail-on", "conflict,arithmetic", "p.txt"});
  EXPECT_EQ(r.status, 6) << r.out;
  EXPECT_NE(r.err.find("1 arithmetic finding"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("is 57.8%, not \xE2\x80\x9C" "70%\xE2\x80\x9D"), std::string::npos) << r.out;
  EXPECT_EQ(run({"audit", "--fail-on", "conflict", "p.txt"}).status, 0);
}

TEST_F(Audit, NoConflictForConsistentRoundingOrCompatibleBounds) {
  put("a.txt", "Kazakhstan's bilateral trade reached 41 billion US dollars in 2023. Kazakhstan hosted more than 180 "
               "events in 2023.\n");
  put("b.txt", "Kazakhstan's bilateral trade reached 40.9 billion US dollars in 2023. Kazakhstan hosted over 100 "
               "events in 2023.\n");
  RunResult r = run({"audit", "--format", "json", "--fail-on", "conflict", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 0) << r.out;
  auto report = parse(r.out);
  ASSERT_EQ(with_status(report, "corroborated").size(), 1u) << r.out;
  EXPECT_EQ(texts(with_status(report, "corroborated")[0]),
            (std::vector<std::string>{"41 billion US dollars", "40.9 billion US dollars"}));
  ASSERT_EQ(with_status(report, "vague").size(), 1u) << r.out;
  EXPECT_EQ(texts(with_status(report, "vague")[0]),
            (std::vector<std::string>{"more than 180 events", "over 100 events"}));
}

TEST_F(Audit, JsonReportHoldsClaimRecords) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  RunResult r = run({"audit", "--format", "json", "a.txt", "b.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  auto report = parse(r.out);
  ASSERT_TRUE(report.is_object());
  std::vector<std::string> top;
  for (const auto& item : report.items()) top.push_back(item.key());
  EXPECT_EQ(top, std::vector<std::string>{"findings"});
  ASSERT_FALSE(report["findings"].empty());
  const auto& first = report["findings"][0];
  std::vector<std::string> keys;
  for (const auto& item : first.items()) keys.push_back(item.key());
  EXPECT_EQ(keys, (std::vector<std::string>{"status", "explanation", "claims"}));
  EXPECT_EQ(first["status"], "conflict");
  ASSERT_EQ(first["claims"].size(), 2u);
  for (const auto& c : first["claims"]) {
    std::vector<std::string> fields;
    for (const auto& item : c.items()) fields.push_back(item.key());
    EXPECT_EQ(fields, claim_fields());
  }
  EXPECT_EQ(first["claims"][1]["doc"], "b.txt");
  EXPECT_EQ(first["claims"][1]["value"], 45000000000);
  // The claim records are those of `extract`.
  auto extracted = parse_jsonl(run({"extract", "b.txt"}).out);
  ASSERT_EQ(extracted.size(), 2u);  // the money figure and the year
  EXPECT_EQ(first["claims"][1], extracted[0]);
}

TEST_F(Audit, ClaimFilesOfEarlierRunsAuditLikeTheirTexts) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  ASSERT_EQ(run({"extract", "a.txt", "-o", "shard-a.jsonl"}).status, 0);
  ASSERT_EQ(run({"extract", "b.txt", "-o", "shard-b.jsonl"}).status, 0);
  RunResult texts_run = run({"audit", "--format", "json", "a.txt", "b.txt"});
  RunResult shards = run({"audit", "--format", "json", "shard-a.jsonl", "shard-b.jsonl"});
  EXPECT_EQ(shards.status, 0) << shards.err;
  EXPECT_EQ(shards.out, texts_run.out);
  // A claim file and a text together, and a directory of shards.
  RunResult mixed = run({"audit", "--format", "json", "shard-a.jsonl", "b.txt"});
  EXPECT_EQ(mixed.out, texts_run.out);
  put("shards/1.jsonl", slurp("shard-a.jsonl"));
  put("shards/2.jsonl", slurp("shard-b.jsonl"));
  EXPECT_EQ(run({"audit", "--fail-on", "conflict", "shards"}).status, 6);
}

TEST_F(Audit, JsonlDocumentsAreExtractedNotReadAsClaims) {
  put("docs.jsonl", "{\"id\": \"one\", \"text\": \"Kazakhstan's trade reached 41 billion US dollars in 2023.\"}\n"
                    "{\"id\": \"two\", \"text\": \"Kazakhstan's trade reached 45 billion US dollars in 2023.\"}\n");
  RunResult r = run({"audit", "--format", "json", "docs.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  auto conflicts = with_status(parse(r.out), "conflict");
  ASSERT_EQ(conflicts.size(), 1u) << r.out;
  EXPECT_EQ(conflicts[0]["claims"][0]["doc"], "one");
  EXPECT_EQ(conflicts[0]["claims"][1]["doc"], "two");
}

TEST_F(Audit, ReportToAFileAndSameBytesTwice) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  RunResult r = run({"audit", "a.txt", "b.txt", "-o", "report.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(slurp("report.txt"), run({"audit", "a.txt", "b.txt"}).out);
  EXPECT_EQ(slurp("report.txt").rfind("Audit of 2 figures (of 4 claims): 3 findings (1 conflict, 2 unsourced).\n", 0),
            0u)
      << slurp("report.txt");
  EXPECT_EQ(run({"audit", "--format", "json", "a.txt", "b.txt"}).out,
            run({"audit", "--format", "json", "a.txt", "b.txt"}).out);
}

TEST_F(Audit, AnyNumberOfJobsGivesTheSameReport) {
  for (int i = 0; i < 12; ++i) put("news/" + std::to_string(10 + i) + ".txt", i % 2 ? kTrade41 : kTrade45);
  RunResult one = run({"audit", "--format", "json", "-j", "1", "news"});
  EXPECT_EQ(one.status, 0) << one.err;
  EXPECT_NE(one.out.find("conflict"), std::string::npos);
  EXPECT_EQ(run({"audit", "--format", "json", "--jobs", "4", "news"}).out, one.out);
}

TEST_F(Audit, MissingInputIsOneLineAndTheRestIsAudited) {
  put("a.txt", kTrade41);
  RunResult r = run({"audit", "a.txt", "missing.txt"});
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
  EXPECT_NE(r.out.find("Audit of 1 figure"), std::string::npos) << r.out;
  // Nothing readable: no report at all.
  RunResult none = run({"audit", "missing.txt", "-o", "report.txt"});
  EXPECT_EQ(none.status, 1);
  EXPECT_FALSE(exists("report.txt"));
}

TEST_F(Audit, AnUnreadableInputOutranksFailOn) {
  put("a.txt", kTrade41);
  put("b.txt", kTrade45);
  // The conflict alone fails the run with 6 ...
  EXPECT_EQ(run({"audit", "--fail-on", "conflict", "a.txt", "b.txt"}).status, 6);
  // ... but with an input missing the audit is incomplete: 1, and the report of the rest.
  RunResult r = run({"audit", "--fail-on", "conflict", "a.txt", "missing.txt", "b.txt"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines(), std::vector<std::string>{"factsheet: missing.txt: No such file or directory"});
  EXPECT_EQ(r.out, run({"audit", "a.txt", "b.txt"}).out);
  RunResult json = run({"audit", "--fail-on", "conflict", "--format", "json", "a.txt", "b.txt", "missing.txt"});
  EXPECT_EQ(json.status, 1);
  EXPECT_EQ(with_status(parse(json.out), "conflict").size(), 1u) << json.out;
}

TEST_F(Audit, StandardInputIsADocument) {
  put("b.txt", kTrade45);
  RunResult r = run({"audit", "--year", "2024", "-", "b.txt"}, kTrade41);
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "");
  const std::string fig41 = "\xE2\x80\x9C" "41 billion US dollars\xE2\x80\x9D";
  const std::string fig45 = "\xE2\x80\x9C" "45 billion US dollars\xE2\x80\x9D";
  const std::string details = " (Kazakhstan's trade; 2023; Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current)\n";
  EXPECT_EQ(r.out, "Audit of 2 figures (of 4 claims): 3 findings (1 conflict, 2 unsourced).\n"
                   "\n"
                   "[conflict] [Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current]: independent statements disagree: " +
                       fig41 + " (- #1: 40,500,000,000 to 41,500,000,000) and " + fig45 +
                       " (b.txt #1: 44,500,000,000 to 45,500,000,000) cannot both hold\n"
                       "    - #1 1:28: " + fig41 + details + "    b.txt #1 1:28: " + fig45 + details +
                       "\n"
                       "[unsourced] - #1: 1 of 1 figure has no attribution in the text\n"
                       "    - #1 1:28: " + fig41 + details +
                       "\n"
                       "[unsourced] b.txt #1: 1 of 1 figure has no attribution in the text\n"
                       "    b.txt #1 1:28: " + fig45 + details);
  // A claim file on standard input is read as a document too, not as claims.
  put("a.txt", kTrade41);
  ASSERT_EQ(run({"extract", "a.txt", "-o", "claims.jsonl"}).status, 0);
  const std::string record = slurp("claims.jsonl");
  RunResult claims = run({"audit", "--format", "json", "-"}, record);
  EXPECT_EQ(claims.status, 0) << claims.err;
  auto report = parse(claims.out);
  ASSERT_FALSE(report["findings"].empty()) << claims.out;
  for (const auto& f : report["findings"])
    for (const auto& c : f["claims"]) {
      EXPECT_EQ(c["doc"], "-");
      EXPECT_NE(record.find(c["sentence"].get<std::string>()), std::string::npos) << c.dump();  // the JSON text
    }
  EXPECT_NE(run({"audit", "--format", "json", "claims.jsonl"}).out, claims.out);
}

TEST_F(Audit, TheTextReportListsTwentyFiguresPerFinding) {
  // One trade figure stated differently in 25 documents: one conflict of 25 figures.
  for (int i = 10; i < 35; ++i)
    put("cap/" + std::to_string(i) + ".txt",
        "Kazakhstan's trade reached " + std::to_string(i) + " billion US dollars in 2023.\n");
  auto figure = [](int i) {
    return "    cap/" + std::to_string(i) + ".txt #1 1:28: \xE2\x80\x9C" + std::to_string(i) +
           " billion US dollars\xE2\x80\x9D (Kazakhstan's trade; 2023; Kazakhstan \xC2\xB7 trade \xC2\xB7 2023 \xC2\xB7 current)\n";
  };
  std::string listed;
  for (int i = 10; i < 30; ++i) listed += figure(i);
  RunResult r = run({"audit", "cap"});
  EXPECT_EQ(r.status, 0) << r.err;
  auto block = r.out.find("\n[conflict] ");
  ASSERT_NE(block, std::string::npos) << r.out;
  auto lines = r.out.find('\n', block + 1) + 1;
  EXPECT_EQ(r.out.substr(lines, r.out.find("\n\n", lines) + 1 - lines), listed + "    \xE2\x80\xA6 and 5 more\n");
  // The JSON report lists every figure.
  auto report = parse(run({"audit", "--format", "json", "cap"}).out);
  ASSERT_EQ(with_status(report, "conflict").size(), 1u);
  EXPECT_EQ(with_status(report, "conflict")[0]["claims"].size(), 25u);

  // Exactly 20: all listed, no count of the rest.
  for (int i = 30; i < 35; ++i) std::filesystem::remove(work() / ("cap/" + std::to_string(i) + ".txt"));
  r = run({"audit", "cap"});
  block = r.out.find("\n[conflict] ");
  ASSERT_NE(block, std::string::npos) << r.out;
  lines = r.out.find('\n', block + 1) + 1;
  EXPECT_EQ(r.out.substr(lines, r.out.find("\n\n", lines) + 1 - lines), listed);
}

TEST_F(Audit, BadClaimLineNamesFileAndLine) {
  put("a.txt", kTrade41);
  ASSERT_EQ(run({"extract", "a.txt", "-o", "claims.jsonl"}).status, 0);
  put("claims.jsonl", slurp("claims.jsonl") + "{\"doc\": \"x\", \"start\": -1, \"kind\": \"money\"}\nnot json\n");
  RunResult r = run({"audit", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines(), (std::vector<std::string>{
                               "factsheet: claims.jsonl:3: \"start\" must be a non-negative integer",
                               "factsheet: claims.jsonl:4: invalid JSON at byte 2"}));  // after the money and year claims
  EXPECT_NE(r.out.find("Audit of 1 figure"), std::string::npos) << r.out;
}

TEST_F(Audit, UnwritableReportExitsThree) {
  put("a.txt", kTrade41);
  RunResult r = run({"audit", "a.txt", "-o", "no/such/dir/report.txt"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err_lines().size(), 1u) << r.err;
}

// Past their first MiB, the audit's figures go to a temporary file beside the report; a
// failure to write it is the report's: one line naming it, exit 3, nothing left behind.
TEST_F(Audit, AFigureFileThatCannotBeWrittenExitsThreeAndLeavesNothing) {
  RunResult r = run_past_file_size_limit("audit port.txt -o report.json", 40000, 1500);
  expect_output_error(r, "factsheet: report.json: the audit's figures: writing a temporary file in ");
  // Without the limit, the same run succeeds.
  EXPECT_EQ(run({"audit", "port.txt", "-o", "report.json"}).status, 0);
}

// The summary (article 1) copies the Xinhua report (article 7): repeated, not corroborated.
TEST_F(Audit, SeedRepeatsTradeAndProjectsWithoutConflicts) {
  std::filesystem::path seed = std::filesystem::path(FACTSHEET_SHARED_DIR) / "eval" / "000_75dfa83f04e34ea1.txt";
  if (!std::filesystem::exists(seed)) GTEST_SKIP() << "../shared is not available";
  RunResult r = run({"audit", "--year", "2024", "--format", "json", "--fail-on", "conflict", "--fail-on",
                     "arithmetic", seed.string()});
  EXPECT_EQ(r.status, 0) << r.err;
  auto report = parse(r.out);
  EXPECT_TRUE(with_status(report, "conflict").empty());
  EXPECT_TRUE(with_status(report, "arithmetic").empty());
  EXPECT_TRUE(with_status(report, "corroborated").empty());
  bool trade = false, projects = false;
  for (const auto& f : with_status(report, "repeated")) {
    auto t = texts(f);
    if (t == std::vector<std::string>{"41 billion US dollars", "41 billion U.S. dollars"}) {
      trade = true;
      EXPECT_EQ(f["claims"][0]["article"], 1);
      EXPECT_EQ(f["claims"][1]["article"], 7);
      EXPECT_EQ(f["claims"][1]["source"], "Xinhua");
    }
    if (t == std::vector<std::string>(2, "26 out of the 45 capacity cooperation projects")) projects = true;
  }
  EXPECT_TRUE(trade) << r.out;
  EXPECT_TRUE(projects) << r.out;
}

// A text of 4 MiB or more is read in parts by audit as by extract (README, "Time and
// memory"), so its report is the report of the claims extract writes for it. Business
// stories, then sport: whether "500m" is metres or millions is voted on per part, where
// the whole text read at once voted once.
TEST_F(Audit, ALongTextIsReadInPartsAsExtractReadsIt) {
  namespace fs = std::filesystem;
  fs::path corpus = fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc";
  if (!fs::is_directory(corpus / "business")) GTEST_SKIP() << "../shared is not available";
  auto stories = [&](const std::string& category) {
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(corpus / category)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::string out;
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      out.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
      out += "\n\n";
    }
    return out;
  };
  std::string business = stories("business"), sport = stories("sport");
  put("long.txt", business + business + sport + sport + sport);
  ASSERT_GT(slurp("long.txt").size(), std::size_t{4} << 20);
  ASSERT_EQ(run({"extract", "long.txt", "-o", "claims.jsonl"}).status, 0);
  RunResult text = run({"audit", "--format", "json", "long.txt"});
  RunResult claims = run({"audit", "--format", "json", "claims.jsonl"});
  EXPECT_EQ(text.status, 0) << text.err;
  EXPECT_EQ(claims.status, 0) << claims.err;
  EXPECT_EQ(text.out, claims.out);
}

TEST_F(Audit, HelpListsTheOptions) {
  RunResult r = run({"audit", "--help"});
  EXPECT_EQ(r.status, 0);
  for (const char* option : {"--fail-on", "--format", "--input-format", "--year", "--grammars", "-o"})
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
  EXPECT_NE(run({"--help"}).out.find("audit"), std::string::npos);
}

}  // namespace
}  // namespace factsheet::e2e
