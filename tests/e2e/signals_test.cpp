// SIGTERM, SIGINT or SIGHUP during a run, or a file-size limit that ends it (SIGXFSZ): the
// hidden temporary files of the output are removed, the destination keeps its old content
// (or stays absent), and the process ends by that signal. Each script bounds its waits.
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Signals = Cli;

// Starts `factsheet ARGS` in the background on a large input, waits for the output's
// temporary file to appear, sends SIG, and prints "status=N" (128 + the signal number
// when the process ended by it) and the directory's entries afterwards.
std::string interrupted_run(const std::string& args, const std::string& sig) {
  return "set -m  # job control: a background job does not ignore SIGINT\n"
         "awk 'BEGIN { for (i = 0; i < 100000; i++) "
         "printf \"Exports reached %d tonnes in 2023 and rose 5%%.\\n\", 1000 + i }' >big.txt\n"
         "\"$FACTSHEET\" " + args + " & pid=$!\n"
         "for i in $(seq 1 3000); do\n"
         "  [ -n \"$(find . -maxdepth 1 -name '.*.tmp.*' -print -quit)\" ] && break\n"
         "  sleep 0.01\n"
         "done\n"
         "sleep 0.2\n"
         "kill -" + sig + " $pid\n"
         "( sleep 60; kill -KILL $pid 2>/dev/null ) & guard=$!\n"
         "wait $pid; echo \"status=$?\"\n"
         "kill $guard 2>/dev/null\n"
         "ls -A | sort\n";
}

TEST_F(Signals, TermRemovesTheTemporaryFileOfANewOutput) {
  RunResult r = shell(interrupted_run("extract -j1 big.txt -o out.jsonl", "TERM"));
  EXPECT_EQ(r.out, "status=143\nbig.txt\n") << r.err;
}

TEST_F(Signals, IntLeavesAnOldWorkbookUntouched) {
  put("out.xlsx", "the workbook of an earlier run");
  RunResult r = shell(interrupted_run("extract -j1 big.txt -o out.xlsx", "INT"));
  EXPECT_EQ(r.out, "status=130\nbig.txt\nout.xlsx\n") << r.err;
  EXPECT_EQ(slurp("out.xlsx"), "the workbook of an earlier run");
}

TEST_F(Signals, HupDuringACsvAndTermDuringAnAudit) {
  RunResult csv = shell(interrupted_run("extract -j1 big.txt -o out.csv", "HUP"));
  EXPECT_EQ(csv.out, "status=129\nbig.txt\n") << csv.err;
  RunResult audit = shell(interrupted_run("audit -j1 big.txt -o report.txt", "TERM"));
  EXPECT_EQ(audit.out, "status=143\nbig.txt\n") << audit.err;
}

// A file-size limit ends the run by SIGXFSZ at the first write past it, wherever that is
// (the workbook's package, its rows or the audit's notes): every temporary file goes with it.
TEST_F(Signals, AFileSizeLimitLeavesNoTemporaryFile) {
  for (const char* out : {"out.xlsx", "out.jsonl", "out.html"}) {
    RunResult r = shell(std::string("awk 'BEGIN { for (i = 0; i < 100000; i++) "
                                    "printf \"Exports reached %d tonnes in 2023 and rose 5%%.\\n\", 1000 + i }' >big.txt\n"
                                    "ulimit -c 0; ulimit -f 1500\n"
                                    "\"$FACTSHEET\" extract -j2 big.txt -o ") + out + " 2>/dev/null; echo \"status=$?\"\n"
                                    "ls -A | sort\n");
    EXPECT_EQ(r.out, "status=153\nbig.txt\n") << out << ": " << r.err;  // 128 + SIGXFSZ
  }
}

}  // namespace
}  // namespace factsheet::e2e
