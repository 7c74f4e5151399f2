// Runs the factsheet binary in a fresh working directory per test.
#pragma once
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace factsheet::e2e {

struct RunResult {
  int status = -1;  // exit status; 128 + signal number if killed
  std::string out;  // stdout
  std::string err;  // stderr
  long peak_rss_kb = 0;  // the child's peak resident memory
  std::vector<std::string> err_lines() const;
};

class Cli : public ::testing::Test {
 protected:
  void SetUp() override;
  void TearDown() override;

  // Runs `factsheet ARGS...` in work(), with `input` on stdin.
  RunResult run(const std::vector<std::string>& args, const std::string& input = "") const;
  // The same with standard output sent to /dev/null (`out` stays empty), for runs whose
  // output is too large to keep.
  RunResult run_discarding_stdout(const std::vector<std::string>& args) const;
  // Runs a bash script in work() (pipes, FIFOs, redirections, signals), with
  // $FACTSHEET naming the binary and `input` on stdin.
  RunResult shell(const std::string& script, const std::string& input = "") const;

  // Writes port.txt, `sentences` lines of one figure each, and runs `factsheet ARGS` on it
  // under a file-size limit of `kib` KiB with SIGXFSZ ignored: a write past the limit fails
  // (EFBIG, "File too large") instead of ending the process.
  RunResult run_past_file_size_limit(const std::string& args, int sentences, int kib) const;
  // What such a run must give: exit 3, one line on stderr starting with `prefix` and naming
  // the cause, and nothing left in work() but port.txt.
  void expect_output_error(const RunResult& r, const std::string& prefix) const;

  // Writes a file below work() (creating directories); returns its relative path.
  std::string put(const std::string& name, const std::string& bytes) const;
  std::string slurp(const std::string& name) const;  // a file below work()
  bool exists(const std::string& name) const;
  // Every entry below work(), relative and sorted (dirs end in '/').
  std::vector<std::string> tree() const;
  const std::filesystem::path& work() const { return work_; }

 private:
  RunResult exec(std::vector<std::string> argv, const std::string& input, bool keep_stdout = true) const;
  std::filesystem::path root_, work_, io_;
};

// Each line of JSONL text parsed with key order kept; fails the test on a bad line.
std::vector<nlohmann::ordered_json> parse_jsonl(const std::string& text);

// The 25 claim fields in their documented order.
const std::vector<std::string>& claim_fields();

}  // namespace factsheet::e2e
