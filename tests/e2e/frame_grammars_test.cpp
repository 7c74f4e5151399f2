// `--grammars DIR` applies to the claim frame's tables too (frame_cues.tsv,
// measure_synonyms.tsv), for extract and audit alike; a bad row names its file and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "cli_fixture.hpp"

namespace factsheet::e2e {
namespace {

namespace fs = std::filesystem;

const char* const kForecast = "Tesco results\n\nTesco's sales are expected to reach £1.5bn in 2005, the company said.\n";

class FrameGrammars : public Cli {
 protected:
  void copy_grammars() {
    fs::copy(fs::path(FACTSHEET_SOURCE_DIR) / "grammars", work() / "grammars", fs::copy_options::recursive);
  }
  // Rewrites grammars/NAME without the lines that start with `prefix`.
  void drop_rows(const std::string& name, const std::string& prefix) {
    fs::path path = work() / "grammars" / name;
    std::ifstream in(path);
    std::string kept;
    for (std::string line; std::getline(in, line);)
      if (line.rfind(prefix, 0) != 0) kept += line + "\n";
    in.close();
    std::ofstream(path, std::ios::trunc) << kept;
  }
};

TEST_F(FrameGrammars, FrameCuesAreReadFromTheGrammarsDirectory) {
  copy_grammars();
  put("a.txt", kForecast);
  RunResult embedded = run({"extract", "a.txt"});
  ASSERT_EQ(embedded.status, 0) << embedded.err;
  EXPECT_NE(embedded.out.find("\"role\":\"forecast\""), std::string::npos) << embedded.out;
  drop_rows("frame_cues.tsv", "expected\t");
  RunResult edited = run({"extract", "--grammars", "grammars", "a.txt"});
  ASSERT_EQ(edited.status, 0) << edited.err;
  EXPECT_EQ(edited.out.find("\"role\":\"forecast\""), std::string::npos) << edited.out;
  EXPECT_NE(edited.out.find("\"role\":\"current\""), std::string::npos) << edited.out;
}

TEST_F(FrameGrammars, MeasureSynonymsAreReadFromTheGrammarsDirectory) {
  copy_grammars();
  put("a.txt", "One\n\nTesco's sales reached £1.3bn in 2004, the company said.\n");
  put("b.txt", "Two\n\nAnalysts in London said Tesco's turnover reached £1.3bn in 2004.\n");
  RunResult embedded = run({"audit", "a.txt", "b.txt"});
  ASSERT_EQ(embedded.status, 0) << embedded.err;
  EXPECT_NE(embedded.out.find("[corroborated]"), std::string::npos) << embedded.out;
  drop_rows("measure_synonyms.tsv", "turnover\t");
  RunResult edited = run({"audit", "--grammars", "grammars", "a.txt", "b.txt"});
  ASSERT_EQ(edited.status, 0) << edited.err;
  EXPECT_EQ(edited.out.find("[corroborated]"), std::string::npos) << edited.out;
}

TEST_F(FrameGrammars, BadFrameRowNamesFileAndLine) {
  copy_grammars();
  std::size_t lines = 0;
  {
    std::ifstream in(work() / "grammars" / "frame_cues.tsv");
    for (std::string line; std::getline(in, line);) ++lines;
  }
  std::ofstream(work() / "grammars" / "frame_cues.tsv", std::ios::app) << "soon\tsometime\tno such cue\n";
  put("a.txt", kForecast);
  for (const char* command : {"extract", "audit"}) {
    RunResult r = run({command, "--grammars", "grammars", "a.txt"});
    EXPECT_EQ(r.status, 4) << command;
    ASSERT_EQ(r.err_lines().size(), 1u) << r.err;
    EXPECT_NE(r.err.find("frame_cues.tsv:" + std::to_string(lines + 1)), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

}  // namespace
}  // namespace factsheet::e2e
