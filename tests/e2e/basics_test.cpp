// Command-line basics: help, version, usage errors.
#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

using Basics = Cli;

TEST_F(Basics, HelpListsTheSubcommands) {
  RunResult r = run({"--help"});
  EXPECT_EQ(r.status, 0);
  EXPECT_NE(r.out.find("extract"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("eval"), std::string::npos) << r.out;
  EXPECT_EQ(r.err, "");
}

TEST_F(Basics, ExtractHelpListsItsOptions) {
  RunResult r = run({"extract", "--help"});
  EXPECT_EQ(r.status, 0);
  for (const char* option : {"--grammars", "--input-format", "--output", "INPUT"})
    EXPECT_NE(r.out.find(option), std::string::npos) << option;
}

TEST_F(Basics, Version) {
  RunResult r = run({"--version"});
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out, std::string("factsheet ") + FACTSHEET_VERSION + "\n");
}

TEST_F(Basics, UsageErrorsExitWithTwoAndOneLine) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"frobnicate"},
           {"extract"},
           {"extract", "--no-such-option", "a.txt"},
           {"extract", "--input-format", "xml", "a.txt"}}) {
    RunResult r = run(args);
    EXPECT_EQ(r.status, 2) << ::testing::PrintToString(args);
    ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
    EXPECT_EQ(r.err.rfind("factsheet: ", 0), 0u) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

}  // namespace
}  // namespace factsheet::e2e
