// The bad-input matrix: each problem's exit status, message and leftovers.
#include <fstream>
#include <set>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using BadInput = Cli;

constexpr const char* kTrade = "Trade reached 41 billion US dollars.\n";

// The one claim of kTrade in `doc`, so that comparisons with another run are not of two
// empty outputs.
void expect_trade_claim(const std::string& jsonl, const std::string& doc) {
  auto claims = parse_jsonl(jsonl);
  ASSERT_EQ(claims.size(), 1u) << jsonl;
  EXPECT_EQ(claims[0]["doc"], doc);
  EXPECT_EQ(claims[0]["text"], "41 billion US dollars");
  EXPECT_EQ(claims[0]["value"], 41000000000);
}

TEST_F(BadInput, MissingPathIsOneLineAndExitOne) {
  RunResult r = run({"extract", "nothere.txt"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "factsheet: nothere.txt: No such file or directory\n");
  EXPECT_EQ(r.out, "");
}

TEST_F(BadInput, EveryInputFailedLeavesNoOutputFile) {
  RunResult r = run({"extract", "nothere.txt", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_TRUE(tree().empty()) << ::testing::PrintToString(tree());
}

TEST_F(BadInput, EveryInputFailedKeepsAnOldOutputFile) {
  put("claims.jsonl", "previous run\n");
  RunResult r = run({"extract", "nothere.txt", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(slurp("claims.jsonl"), "previous run\n");
  EXPECT_EQ(tree(), std::vector<std::string>{"claims.jsonl"});
}

TEST_F(BadInput, SomeInputsFailedStillWritesTheRest) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "nothere.txt", "trade.txt", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "factsheet: nothere.txt: No such file or directory\n");
  ASSERT_TRUE(exists("claims.jsonl"));
  EXPECT_EQ(slurp("claims.jsonl"), run({"extract", "trade.txt"}).out);
  expect_trade_claim(slurp("claims.jsonl"), "trade.txt");
}

TEST_F(BadInput, BinaryFileIsSkipped) {
  put("photo.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "photo.txt", "trade.txt"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err, "factsheet: photo.txt: binary file (NUL byte at offset 8)\n");
  EXPECT_EQ(r.out, run({"extract", "trade.txt"}).out);
  expect_trade_claim(r.out, "trade.txt");
}

TEST_F(BadInput, InvalidUtf8IsAWarningOnly) {
  // Mostly UTF-8 ("é" twice) with one Latin-1 byte: repaired, not decoded as Latin-1.
  put("latin1.txt", "Caf\xC3\xA9 and Caf\xE9 sales reached 41 billion US dollars.\n");
  RunResult r = run({"extract", "latin1.txt"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.err,
            "factsheet: warning: latin1.txt: invalid UTF-8 at byte 13 (1 sequence replaced with U+FFFD)\n");
  for (const auto& c : parse_jsonl(r.out)) EXPECT_EQ(c["doc"], "latin1.txt");
  // Output is valid UTF-8 JSON; the sentence carries the replacement character.
  auto claims = parse_jsonl(r.out);
  ASSERT_FALSE(claims.empty());
  EXPECT_NE(claims[0]["sentence"].get<std::string>().find("Caf\xEF\xBF\xBD"), std::string::npos);
}

TEST_F(BadInput, EmptyFileHasNoClaims) {
  put("empty.txt", "");
  RunResult r = run({"extract", "empty.txt"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(r.err, "");
  ASSERT_EQ(run({"extract", "empty.txt", "-o", "e.jsonl"}).status, 0);
  EXPECT_TRUE(exists("e.jsonl"));
  EXPECT_EQ(slurp("e.jsonl"), "");
  ASSERT_EQ(run({"extract", "empty.txt", "-o", "e.csv"}).status, 0);
  EXPECT_EQ(slurp("e.csv"),
            "doc,start,end,line,column,text,sentence,kind,value,low,high,part,whole,unit,unit_name,si_value,si_unit,qualifier,"
            "change,subject,time,time_text,attribution,entity,measure,scope,period,role,article,title,source,dateline,date,page\r\n");
}

TEST_F(BadInput, MalformedJsonlLineNamesFileAndLine) {
  put("docs.jsonl", R"({"id":"a","text":"Trade reached 41 billion US dollars."})" "\n"
                    R"({"id":"b","text": oops})" "\n"
                    R"({"id":"c","text":"The bridge is 3 km long."})" "\n"
                    R"({"id":"d"})" "\n");
  RunResult r = run({"extract", "docs.jsonl", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 1);
  auto lines = r.err_lines();
  ASSERT_EQ(lines.size(), 2u) << r.err;
  EXPECT_EQ(lines[0].rfind("factsheet: docs.jsonl:2: invalid JSON", 0), 0u) << lines[0];
  EXPECT_EQ(lines[1], "factsheet: docs.jsonl:4: missing \"text\"");
  ASSERT_TRUE(exists("claims.jsonl"));
  std::set<std::string> docs;
  for (const auto& c : parse_jsonl(slurp("claims.jsonl"))) docs.insert(c["doc"].get<std::string>());
  EXPECT_EQ(docs, (std::set<std::string>{"a", "c"}));
}

TEST_F(BadInput, UnwritableOutputExitsThreeAndLeavesNothing) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "trade.txt", "-o", "no/such/dir/claims.jsonl"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "factsheet: no/such/dir/claims.jsonl: No such file or directory\n");
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(tree(), std::vector<std::string>{"trade.txt"});
}

TEST_F(BadInput, OutputOntoADirectoryExitsThreeAndLeavesNothing) {
  put("trade.txt", kTrade);
  std::filesystem::create_directory(work() / "claims.csv");
  RunResult r = run({"extract", "trade.txt", "-o", "claims.csv"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "factsheet: claims.csv: Is a directory\n");
  EXPECT_EQ(tree(), (std::vector<std::string>{"claims.csv/", "trade.txt"}));
}

TEST_F(BadInput, UnknownOutputExtensionIsAUsageError) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "trade.txt", "-o", "claims.json"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: -o claims.json: unknown output extension \".json\" (use .jsonl, .csv, .xlsx or .html; see factsheet extract --help)\n");
  r = run({"extract", "trade.txt", "-o", "claims"});
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.err.find("no file extension"), std::string::npos) << r.err;
  EXPECT_EQ(tree(), std::vector<std::string>{"trade.txt"});
}

TEST_F(BadInput, XlsxIntoAMissingDirectoryLeavesNothing) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "trade.txt", "-o", "missing/claims.xlsx"});
  EXPECT_EQ(r.status, 3);
  EXPECT_EQ(r.err, "factsheet: missing/claims.xlsx: No such file or directory\n");
  EXPECT_EQ(tree(), std::vector<std::string>{"trade.txt"});
  r = run({"extract", "trade.txt", "-o", "claims.xlsx"});  // the workbook itself: tests/xlsx/
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(slurp("claims.xlsx").substr(0, 4), std::string("PK\x03\x04"));
  EXPECT_EQ(tree(), (std::vector<std::string>{"claims.xlsx", "trade.txt"}));
}

TEST_F(BadInput, MissingGrammarsDirectoryExitsFour) {
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "--grammars", "no-grammars", "trade.txt", "-o", "c.jsonl"});
  EXPECT_EQ(r.status, 4);
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("no-grammars"), std::string::npos) << r.err;
  EXPECT_EQ(tree(), std::vector<std::string>{"trade.txt"});
}

TEST_F(BadInput, MalformedGrammarRowNamesFileAndLine) {
  namespace fs = std::filesystem;
  fs::copy(fs::path(FACTSHEET_SOURCE_DIR) / "grammars", work() / "grammars",
           fs::copy_options::recursive);
  std::size_t lines = 0;
  {
    std::ifstream in(work() / "grammars" / "numbers.tsv");
    for (std::string line; std::getline(in, line);) ++lines;
  }
  std::ofstream(work() / "grammars" / "numbers.tsv", std::ios::app) << "gazillion\tmany\tscale\n";
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "--grammars", "grammars", "trade.txt"});
  EXPECT_EQ(r.status, 4);
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_NE(r.err.find("numbers.tsv:" + std::to_string(lines + 1)), std::string::npos) << r.err;
  EXPECT_EQ(r.out, "");
}

TEST_F(BadInput, GoodGrammarsDirectoryWorks) {
  namespace fs = std::filesystem;
  fs::copy(fs::path(FACTSHEET_SOURCE_DIR) / "grammars", work() / "grammars",
           fs::copy_options::recursive);
  put("trade.txt", kTrade);
  RunResult r = run({"extract", "--grammars", "grammars", "trade.txt"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, run({"extract", "trade.txt"}).out);
  expect_trade_claim(r.out, "trade.txt");
}

TEST_F(BadInput, DirectoryWithBadFilesReportsEach) {
  put("in/good.txt", kTrade);
  put("in/bin.md", std::string("a\0b", 3));
  put("in/skip.doc", std::string("%PDF\0", 5));  // not a document extension: silently skipped
  put("in/not.pdf", std::string("%PDF\0", 5));
  RunResult r = run({"extract", "in"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err,
            "factsheet: in/bin.md: binary file (NUL byte at offset 1)\n"
            "factsheet: in/not.pdf: not a readable PDF (no %PDF- header)\n");
  EXPECT_EQ(r.out, run({"extract", "in/good.txt"}).out);  // the claims of good.txt
  expect_trade_claim(r.out, "in/good.txt");
}

}  // namespace
}  // namespace factsheet::e2e
