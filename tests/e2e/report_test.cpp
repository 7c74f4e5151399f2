// `factsheet report`, the reduce step: claim files of extract runs over shards give the
// output of one extract run over the whole corpus; files that are not claim files are
// named with the line that shows it. (The workbook equality over a real corpus is
// tests/distributed/report_equals_single.py.)
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {


constexpr const char* kTextA =
    "Trade reached 41 billion US dollars last year.\nSo far 26 of the 45 projects are done.\n";
constexpr const char* kTextB = "Trade reached 45 billion US dollars last year, up 5%.\n";
constexpr const char* kTextC = "More than 180 events were held in 2023.\n";

class Report : public Cli {
 protected:
  // Three texts: a corpus to split into shards.
  void corpus() const {
    put("corpus/a.txt", kTextA);
    put("corpus/b.txt", kTextB);
    put("corpus/c.txt", kTextC);
  }
};

TEST_F(Report, ShardsGiveTheOutputOfOneRunInEveryFormat) {
  corpus();
  ASSERT_EQ(run({"extract", "corpus/a.txt", "-o", "s1.jsonl"}).status, 0);
  ASSERT_EQ(run({"extract", "corpus/b.txt", "-o", "s2.jsonl"}).status, 0);
  ASSERT_EQ(run({"extract", "corpus/c.txt", "-o", "s3.jsonl"}).status, 0);
  for (const std::string ext : {".jsonl", ".csv"}) {
    ASSERT_EQ(run({"extract", "corpus", "-o", "single" + ext}).status, 0);
    RunResult r = run({"report", "s1.jsonl", "s2.jsonl", "s3.jsonl", "-o", "reduced" + ext});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_EQ(r.err, "");
    EXPECT_EQ(slurp("reduced" + ext), slurp("single" + ext)) << ext;
  }
  // Without -o, JSON Lines on standard output.
  EXPECT_EQ(run({"report", "s1.jsonl", "s2.jsonl", "s3.jsonl"}).out, slurp("single.jsonl"));
  // A directory stands for its .jsonl files in path order; other files there are not read.
  put("shards/1.jsonl", slurp("s1.jsonl"));
  put("shards/2/x.jsonl", slurp("s2.jsonl"));
  put("shards/3.jsonl", slurp("s3.jsonl"));
  put("shards/notes.txt", "not claims\n");
  RunResult dir = run({"report", "shards"});
  EXPECT_EQ(dir.status, 0) << dir.err;
  EXPECT_EQ(dir.out, slurp("single.jsonl"));
  // Standard input is a claim file too.
  EXPECT_EQ(run({"report", "-"}, slurp("s2.jsonl")).out, slurp("s2.jsonl"));
}

TEST_F(Report, WorkbookIsWrittenAndDeterministic) {
  corpus();
  ASSERT_EQ(run({"extract", "corpus", "-o", "all.jsonl"}).status, 0);
  RunResult r = run({"report", "all.jsonl", "-o", "one.xlsx"});
  EXPECT_EQ(r.status, 0) << r.err;
  ASSERT_TRUE(exists("one.xlsx"));
  EXPECT_EQ(slurp("one.xlsx").substr(0, 2), "PK");
  std::string first = slurp("one.xlsx");
  ASSERT_EQ(run({"report", "all.jsonl", "-o", "one.xlsx"}).status, 0);
  EXPECT_TRUE(slurp("one.xlsx") == first);  // the same bytes (not printed: binary)
}

TEST_F(Report, EmptyShardsAreClaimFilesWithoutClaims) {
  corpus();
  ASSERT_EQ(run({"extract", "corpus", "-o", "all.jsonl"}).status, 0);
  put("empty.jsonl", "");
  put("blank.jsonl", "\n\n");
  RunResult r = run({"report", "empty.jsonl", "all.jsonl", "blank.jsonl"});
  EXPECT_EQ(r.status, 0) << r.err;
  EXPECT_EQ(r.out, slurp("all.jsonl"));
}

TEST_F(Report, DocumentFilesAreNamedWithTheirLineAndNotRead) {
  corpus();
  ASSERT_EQ(run({"extract", "corpus/a.txt", "-o", "a.jsonl"}).status, 0);
  put("docs.jsonl", "\n{\"id\": \"one\", \"text\": \"Trade reached 41 billion.\"}\n");
  put("notes.jsonl", "Trade reached 41 billion.\n");
  put("other.jsonl", "{\"kind\": \"money\"}\n");
  RunResult r = run({"report", "a.jsonl", "docs.jsonl", "corpus/b.txt", "notes.jsonl", "other.jsonl"});
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.err_lines(),
            (std::vector<std::string>{
                "factsheet: docs.jsonl:2: a document record, not a claim (run `factsheet extract` on documents; "
                "report reads its claim files); the file is not read",
                "factsheet: corpus/b.txt:1: not JSON, so not a claim file; the file is not read",
                "factsheet: notes.jsonl:1: not JSON, so not a claim file; the file is not read",
                "factsheet: other.jsonl:1: not a claim record (a claim has \"kind\" and \"start\"; report reads "
                "the claim files that `factsheet extract -o FILE.jsonl` writes); the file is not read"}));
  // The claim file among them is still written.
  EXPECT_EQ(r.out, slurp("a.jsonl"));
}

TEST_F(Report, BadLinesOfAClaimFileAreNamedAndSkipped) {
  corpus();
  ASSERT_EQ(run({"extract", "corpus", "-o", "all.jsonl"}).status, 0);
  auto claims = parse_jsonl(slurp("all.jsonl"));
  ASSERT_GE(claims.size(), 3u);
  std::string text = claims[0].dump() + "\n{\"doc\": \"x\", \"start\": 1}\nnot json\n" + claims[2].dump() + "\n";
  put("shard.jsonl", text);
  RunResult r = run({"report", "shard.jsonl"});
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.err_lines().size(), 2u) << r.err;
  EXPECT_EQ(r.err_lines()[0].rfind("factsheet: shard.jsonl:2: ", 0), 0u) << r.err;
  EXPECT_EQ(r.err_lines()[1], "factsheet: shard.jsonl:3: invalid JSON at byte 2");
  EXPECT_EQ(parse_jsonl(r.out).size(), 2u);
}

TEST_F(Report, NothingReadableLeavesNoOutput) {
  put("docs.jsonl", "{\"id\": \"one\", \"text\": \"Trade reached 41 billion.\"}\n");
  RunResult r = run({"report", "docs.jsonl", "missing.jsonl", "-o", "out.xlsx"});
  EXPECT_EQ(r.status, 1);
  ASSERT_EQ(r.err_lines().size(), 2u) << r.err;
  EXPECT_EQ(r.err_lines()[1], "factsheet: missing.jsonl: No such file or directory");
  EXPECT_EQ(tree(), (std::vector<std::string>{"docs.jsonl"}));
}

TEST_F(Report, UsageErrors) {
  put("a.jsonl", "");
  RunResult r = run({"report", "a.jsonl", "-o", "out.docx"});
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.err, "factsheet: -o out.docx: unknown output extension \".docx\" (use .jsonl, .csv, .xlsx, .html or .htm)\n");
  EXPECT_EQ(run({"report"}).status, 2);
  EXPECT_EQ(run({"report", "--grammars", "no-such-dir", "a.jsonl"}).status, 4);
}

TEST_F(Report, ItsOwnOutputIsNotReadAgain) {
  corpus();
  put("shards/README", "");
  ASSERT_EQ(run({"extract", "corpus", "-o", "shards/all.jsonl"}).status, 0);
  std::string all = slurp("shards/all.jsonl");
  RunResult first = run({"report", "shards", "-o", "shards/z.jsonl"});
  EXPECT_EQ(first.status, 0) << first.err;
  EXPECT_EQ(slurp("shards/z.jsonl"), all);
  RunResult again = run({"report", "shards", "-o", "shards/z.jsonl"});
  EXPECT_EQ(again.status, 0) << again.err;
  EXPECT_EQ(again.err, "factsheet: warning: shards/z.jsonl: the output of this run; not read\n");
  EXPECT_EQ(slurp("shards/z.jsonl"), all);
}

}  // namespace
}  // namespace factsheet::e2e
