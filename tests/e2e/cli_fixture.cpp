#include "cli_fixture.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string_view>

namespace factsheet::e2e {

namespace fs = std::filesystem;

std::vector<std::string> RunResult::err_lines() const {
  std::vector<std::string> lines;
  std::istringstream in(err);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void Cli::SetUp() {
  std::string pattern = (fs::temp_directory_path() / "fs_e2e_XXXXXX").string();
  ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
  root_ = pattern;
  work_ = root_ / "work";
  io_ = root_ / "io";  // captured streams live outside work/ so tree() sees only the test's files
  fs::create_directory(work_);
  fs::create_directory(io_);
}

void Cli::TearDown() { fs::remove_all(root_); }

RunResult Cli::run(const std::vector<std::string>& args, const std::string& input) const {
  std::vector<std::string> argv{FACTSHEET_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return exec(std::move(argv), input);
}

RunResult Cli::run_discarding_stdout(const std::vector<std::string>& args) const {
  std::vector<std::string> argv{FACTSHEET_BIN};
  argv.insert(argv.end(), args.begin(), args.end());
  return exec(std::move(argv), "", false);
}

RunResult Cli::shell(const std::string& script, const std::string& input) const {
  return exec({"/bin/bash", "-c", script}, input);
}

RunResult Cli::run_past_file_size_limit(const std::string& args, int sentences, int kib) const {
  std::string text;
  for (int i = 0; i < sentences; ++i) {
    text += "Exports through the port reached ";
    text += std::to_string(1000 + i);
    text += " tonnes.\n";
  }
  put("port.txt", text);
  std::string script = "trap '' XFSZ; ulimit -f ";
  script += std::to_string(kib);
  script += "; \"$FACTSHEET\" ";
  script += args;
  return shell(script);
}

void Cli::expect_output_error(const RunResult& r, const std::string& prefix) const {
  EXPECT_EQ(r.status, 3) << r.err;
  ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
  EXPECT_EQ(r.err_lines()[0].rfind(prefix, 0), 0u) << r.err;
  EXPECT_NE(r.err.find("File too large"), std::string::npos) << r.err;
  EXPECT_EQ(tree(), std::vector<std::string>{"port.txt"});
}

RunResult Cli::exec(std::vector<std::string> argv_strings, const std::string& input, bool keep_stdout) const {
  std::string in = (io_ / "stdin").string(), out = keep_stdout ? (io_ / "stdout").string() : "/dev/null",
              err = (io_ / "stderr").string();
  std::ofstream(in, std::ios::binary) << input;
  std::vector<char*> argv;
  for (auto& a : argv_strings) argv.push_back(a.data());
  argv.push_back(nullptr);
  // The environment with FACTSHEET=<the binary>, built before fork.
  std::vector<std::string> env_strings{std::string("FACTSHEET=") + FACTSHEET_BIN};
  for (char** e = environ; *e; ++e)
    if (std::string_view(*e).rfind("FACTSHEET=", 0) != 0) env_strings.emplace_back(*e);
  std::vector<char*> envp;
  for (auto& e : env_strings) envp.push_back(e.data());
  envp.push_back(nullptr);

  RunResult result;
  pid_t pid = ::fork();
  if (pid == 0) {
    // Child: only async-signal-safe calls until exec.
    int fd0 = ::open(in.c_str(), O_RDONLY);
    int fd1 = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    int fd2 = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd0 < 0 || fd1 < 0 || fd2 < 0 || ::dup2(fd0, 0) < 0 || ::dup2(fd1, 1) < 0 ||
        ::dup2(fd2, 2) < 0 || ::chdir(work_.c_str()) != 0)
      ::_exit(127);
    ::execve(argv[0], argv.data(), envp.data());
    ::_exit(127);
  }
  EXPECT_GT(pid, 0);
  int status = 0;
  struct rusage usage {};
  while (::wait4(pid, &status, 0, &usage) < 0 && errno == EINTR) {
  }
  result.peak_rss_kb = usage.ru_maxrss;
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  std::ifstream o(out, std::ios::binary), e(err, std::ios::binary);
  std::stringstream so, se;
  if (keep_stdout) so << o.rdbuf();
  se << e.rdbuf();
  result.out = so.str();
  result.err = se.str();
  return result;
}

std::string Cli::put(const std::string& name, const std::string& bytes) const {
  fs::path p = work_ / name;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << bytes;
  return name;
}

std::string Cli::slurp(const std::string& name) const {
  std::ifstream in(work_ / name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

bool Cli::exists(const std::string& name) const { return fs::exists(work_ / name); }

std::vector<std::string> Cli::tree() const {
  std::vector<std::string> names;
  for (const auto& e : fs::recursive_directory_iterator(work_)) {
    std::string rel = fs::relative(e.path(), work_).string();
    names.push_back(e.is_directory() ? rel + "/" : rel);
  }
  std::sort(names.begin(), names.end());
  return names;
}

std::vector<nlohmann::ordered_json> parse_jsonl(const std::string& text) {
  std::vector<nlohmann::ordered_json> rows;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    try {
      rows.push_back(nlohmann::ordered_json::parse(line));
    } catch (const std::exception& e) {
      ADD_FAILURE() << "bad JSONL line: " << line << ": " << e.what();
    }
  }
  return rows;
}

const std::vector<std::string>& claim_fields() {
  static const std::vector<std::string> fields = {
      "doc",  "start", "end", "line", "column", "text",      "sentence",  "kind",   "value",   "low",  "high",
      "part", "whole", "unit", "unit_name", "si_value", "si_unit", "qualifier", "change", "subject", "time",
      "time_text", "attribution", "entity", "measure", "scope", "period", "role", "article", "title", "source",
      "dateline", "date", "page"};
  return fields;
}

}  // namespace factsheet::e2e
