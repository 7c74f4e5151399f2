// A directory input that holds the run's output: the output (of an earlier run, or the
// temporary file being written) is never read back as a document, and JSON Lines files
// of claims are not documents either. Each is skipped with a one-line warning.
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using OwnOutput = Cli;

TEST_F(OwnOutput, ExtractIntoTheInputDirectoryTwiceGivesTheSameOutput) {
  put("news/a.txt", "Trade rose 5% to 41 billion US dollars.\n");
  put("news/b.jsonl", R"({"id":"b","text":"Exports fell 3%."})" "\n");
  RunResult first = run({"extract", "news", "-o", "news/out.jsonl"});
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(first.err, "");
  std::string once = slurp("news/out.jsonl");
  EXPECT_EQ(parse_jsonl(once).size(), 3u) << once;

  RunResult second = run({"extract", "news", "-o", "news/out.jsonl"});
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.err, "factsheet: warning: news/out.jsonl: the output of this run; not read\n");
  EXPECT_EQ(slurp("news/out.jsonl"), once);
  EXPECT_EQ(tree(), (std::vector<std::string>{"news/", "news/a.txt", "news/b.jsonl", "news/out.jsonl"}));
}

TEST_F(OwnOutput, ClaimFilesOfEarlierRunsAreNotDocuments) {
  put("news/a.txt", "Trade rose 5% to 41 billion US dollars.\n");
  ASSERT_EQ(run({"extract", "news", "-o", "claims.jsonl"}).status, 0);
  std::string once = slurp("claims.jsonl");
  put("news/old.jsonl", once);  // an earlier output moved in beside the texts
  RunResult r = run({"extract", "news", "-o", "claims.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.err, "factsheet: warning: news/old.jsonl: claims of an earlier run (JSON Lines with \"kind\" and "
                   "\"start\"), not documents; not read\n");
  EXPECT_EQ(slurp("claims.jsonl"), once);
  // Named on the command line, too.
  RunResult named = run({"extract", "news/a.txt", "news/old.jsonl"});
  EXPECT_EQ(named.status, 0) << named.err;
  EXPECT_EQ(named.err, r.err);
  EXPECT_EQ(named.out, once);
}

TEST_F(OwnOutput, WorkbookAndCsvIntoTheInputDirectory) {
  put("news/a.txt", "Trade rose 5% to 41 billion US dollars.\n");
  for (const char* out : {"news/out.xlsx", "news/out.csv"}) {
    RunResult first = run({"extract", "news", "-o", out});
    std::string once = slurp(out);
    RunResult second = run({"extract", "news", "-o", out});
    EXPECT_EQ(second.status, 0) << second.err;
    EXPECT_EQ(second.err, "") << out;  // not a document extension: not listed at all
    EXPECT_TRUE(slurp(out) == once) << out;
  }
}

TEST_F(OwnOutput, AuditReportIntoTheInputDirectory) {
  put("news/a.txt", "Trade reached 41 billion US dollars last year.\n");
  put("news/b.txt", "Trade reached 45 billion US dollars last year.\n");
  RunResult first = run({"audit", "news", "-o", "news/report.txt"});
  EXPECT_EQ(first.status, 0) << first.err;
  std::string once = slurp("news/report.txt");
  RunResult second = run({"audit", "news", "-o", "news/report.txt"});
  EXPECT_EQ(second.status, 0) << second.err;
  EXPECT_EQ(second.err, "factsheet: warning: news/report.txt: the output of this run; not read\n");
  EXPECT_EQ(slurp("news/report.txt"), once);
}

}  // namespace
}  // namespace factsheet::e2e
