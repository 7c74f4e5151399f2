#include "write/output.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "write/claim_writer.hpp"
#include "write/format.hpp"

namespace factsheet::write {
namespace {

namespace fs = std::filesystem;

class AtomicOutput : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "fs_write_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string path(const std::string& name) const { return (dir_ / name).string(); }
  std::vector<std::string> entries() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(dir_)) names.push_back(e.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
  }
  static std::string slurp(const std::string& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }

  fs::path dir_;
};

TEST_F(AtomicOutput, CommitCreatesTheFileWithAllBytes) {
  std::string big(200000, 'x');  // larger than the buffer
  {
    AtomicFileOutput out(path("claims.jsonl"));
    EXPECT_EQ(fs::path(out.temp_path()).parent_path(), dir_);
    out.write("head\n");
    out.write(big);
    out.write("tail\n");
    EXPECT_FALSE(fs::exists(path("claims.jsonl")));
    out.commit();
  }
  EXPECT_EQ(slurp(path("claims.jsonl")), "head\n" + big + "tail\n");
  EXPECT_EQ(entries(), std::vector<std::string>{"claims.jsonl"});
}

// Past several of the points where the file's writing to disk is started (every 8 MiB),
// in pieces smaller and larger than the buffer: every byte arrives, in order.
TEST_F(AtomicOutput, LongOutputArrivesWhole) {
  std::string expected;
  {
    AtomicFileOutput out(path("long.jsonl"));
    for (int i = 0; expected.size() < (std::size_t{20} << 20); ++i) {
      std::string piece = "{\"n\": ";
      piece += std::to_string(i);
      piece += "}\n";
      if (i % 1000 == 0) piece.append(std::size_t{100000} + static_cast<std::size_t>(i), 'a' + static_cast<char>(i % 26));
      out.write(piece);
      expected += piece;
    }
    out.commit();
  }
  EXPECT_EQ(slurp(path("long.jsonl")), expected);
  EXPECT_EQ(entries(), std::vector<std::string>{"long.jsonl"});
}

TEST_F(AtomicOutput, NewFileModeFollowsTheUmask) {
  mode_t old = ::umask(022);
  {
    AtomicFileOutput out(path("a.csv"));
    out.commit();
  }
  ::umask(old);
  struct stat st;
  ASSERT_EQ(::stat(path("a.csv").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0644u);
}

TEST_F(AtomicOutput, ReplacingKeepsTheOldMode) {
  std::ofstream(path("a.csv")) << "old";
  fs::permissions(path("a.csv"), fs::perms(0640));
  {
    AtomicFileOutput out(path("a.csv"));
    out.write("new");
    out.commit();
  }
  EXPECT_EQ(slurp(path("a.csv")), "new");
  EXPECT_EQ(fs::status(path("a.csv")).permissions(), fs::perms(0640));
}

TEST_F(AtomicOutput, AbortAndDestructorLeaveTheTargetUntouched) {
  std::ofstream(path("keep.jsonl")) << "previous";
  {
    AtomicFileOutput out(path("keep.jsonl"));
    out.write("partial");
    out.flush();
  }  // destroyed without commit
  {
    AtomicFileOutput out(path("keep.jsonl"));
    out.write("partial");
    out.abort();
  }
  {
    AtomicFileOutput out(path("never.jsonl"));
    out.write("partial");
  }
  EXPECT_EQ(slurp(path("keep.jsonl")), "previous");
  EXPECT_EQ(entries(), std::vector<std::string>{"keep.jsonl"});
}

TEST_F(AtomicOutput, MissingDirectoryFailsWithTheOsMessage) {
  std::string target = path("missing/claims.jsonl");
  try {
    AtomicFileOutput out(target);
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_EQ(std::string(e.what()), target + ": No such file or directory");
  }
  EXPECT_TRUE(entries().empty());
}

TEST_F(AtomicOutput, RenameOntoADirectoryFailsAndRemovesTheTemp) {
  fs::create_directory(path("out.jsonl"));
  AtomicFileOutput out(path("out.jsonl"));
  out.write("data");
  try {
    out.commit();
    FAIL() << "expected OutputError";
  } catch (const OutputError& e) {
    EXPECT_EQ(std::string(e.what()), path("out.jsonl") + ": Is a directory");
  }
  EXPECT_EQ(entries(), std::vector<std::string>{"out.jsonl"});
  EXPECT_TRUE(fs::is_directory(path("out.jsonl")));
}

TEST_F(AtomicOutput, RelativePathUsesTheCurrentDirectory) {
  fs::path old = fs::current_path();
  fs::current_path(dir_);
  {
    AtomicFileOutput out("rel.csv");
    EXPECT_EQ(fs::path(out.temp_path()).parent_path(), fs::path("."));
    out.write("x");
    out.commit();
  }
  fs::current_path(old);
  EXPECT_EQ(slurp(path("rel.csv")), "x");
}

TEST(OutputFormat, ChosenByExtension) {
  EXPECT_EQ(format_for_path("out/claims.jsonl"), OutputFormat::jsonl);
  EXPECT_EQ(format_for_path("CLAIMS.CSV"), OutputFormat::csv);
  EXPECT_EQ(format_for_path("x.xlsx"), OutputFormat::xlsx);
  EXPECT_EQ(format_for_path("x.json"), std::nullopt);
  EXPECT_EQ(format_for_path("x"), std::nullopt);
  EXPECT_EQ(format_for_path(".csv"), std::nullopt);
  EXPECT_EQ(format_for_path("dir.csv/x"), std::nullopt);
  EXPECT_EQ(path_extension("a/b.tar.gz"), ".gz");
  EXPECT_EQ(path_extension("a.b/c"), "");
}

TEST(OutputFormat, EveryFormatHasAWriter) {
  StringOutput out;
  for (OutputFormat f : {OutputFormat::jsonl, OutputFormat::csv, OutputFormat::xlsx})
    EXPECT_NE(make_claim_writer(f, out), nullptr);
}

TEST_F(AtomicOutput, OffersItsTemporaryFileForDirectWriting) {
  AtomicFileOutput out(path("book.xlsx"));
  EXPECT_EQ(out.direct_path(), out.temp_path());
  StringOutput other;
  EXPECT_EQ(other.direct_path(), "");
}

}  // namespace
}  // namespace factsheet::write
