// Whatever a command prints must reach standard output: on a write error (/dev/full)
// every command says so in one line and exits with status 3, never 0.
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Stdout = Cli;

constexpr const char* kFull = "factsheet: error writing to standard output: No space left on device\n";

TEST_F(Stdout, EveryCommandReportsAFullDevice) {
  put("t.txt", "Trade rose 5%.\n");
  put("t.gold.jsonl", R"({"line":1,"text":"5%","occurrence":1,"kind":"percent","value":5,"unit":"%",)"
                      R"("qualifier":"=","subject":"Trade","optional":false})" "\n");
  ASSERT_EQ(run({"eval", "answer-key", "t.txt", "t.gold.jsonl"}).status, 0);  // fine with room to write
  for (const char* args : {"--help", "--version", "extract --help", "eval answer-key --help",
                           "eval answer-key t.txt t.gold.jsonl", "eval answer-key --json t.txt t.gold.jsonl",
                           "extract t.txt", "extract t.txt -o -", "audit t.txt", "audit --format json t.txt"}) {
    RunResult r = shell(std::string("exec \"$FACTSHEET\" ") + args + " >/dev/full");
    EXPECT_EQ(r.status, 3) << args << ": " << r.err;
    EXPECT_EQ(r.err, kFull) << args;
  }
  EXPECT_EQ(tree(), (std::vector<std::string>{"t.gold.jsonl", "t.txt"}));
}

TEST_F(Stdout, AFailedCheckStillReportsTheLostOutput) {
  put("t.txt", "Trade rose 5%.\n");
  put("t.gold.jsonl", R"({"line":1,"text":"Trade","occurrence":1,"kind":"count","value":1,"unit":null,)"
                      R"("qualifier":"=","subject":null,"optional":false})" "\n");
  RunResult ok = run({"eval", "answer-key", "--min-f1", "span=50", "t.txt", "t.gold.jsonl"});
  EXPECT_EQ(ok.status, 5) << ok.err;
  RunResult full = shell("exec \"$FACTSHEET\" eval answer-key --min-f1 span=50 t.txt t.gold.jsonl >/dev/full");
  EXPECT_EQ(full.status, 3) << full.err;
  EXPECT_NE(full.err.find(kFull), std::string::npos) << full.err;
}

}  // namespace
}  // namespace factsheet::e2e
