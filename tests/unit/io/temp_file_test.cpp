#include "io/temp_file.hpp"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <string>

namespace factsheet::io {
namespace {

class TempFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("factsheet-temp-file-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  std::size_t entries() const {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir_), {}));
  }
  std::filesystem::path dir_;
};

TEST_F(TempFileTest, ANamedFileIsMadeWithTheStemAndClosedOnExec) {
  TempFile t = make_temp_file(dir_.string(), ".stem.");
  ASSERT_GE(t.fd, 0) << t.error;
  EXPECT_EQ(t.dir, dir_.string());
  EXPECT_EQ(t.path.rfind((dir_ / ".stem.").string(), 0), 0u) << t.path;
  EXPECT_EQ(t.path.size(), (dir_ / ".stem.").string().size() + 6);
  EXPECT_TRUE(std::filesystem::exists(t.path));
  EXPECT_NE(::fcntl(t.fd, F_GETFD) & FD_CLOEXEC, 0);
  ::close(t.fd);
}

TEST_F(TempFileTest, AnUnlinkedFileLeavesNoNameAndCanBeWrittenAndRead) {
  TempFile t = make_unlinked_temp_file(dir_.string(), ".scratch.");
  ASSERT_GE(t.fd, 0) << t.error;
  EXPECT_EQ(entries(), 0u);
  EXPECT_FALSE(std::filesystem::exists(t.path));
  ASSERT_EQ(::pwrite(t.fd, "figures", 7, 0), 7);
  char back[8] = {};
  ASSERT_EQ(::pread(t.fd, back, 7, 0), 7);
  EXPECT_STREQ(back, "figures");
  struct stat st;
  ASSERT_EQ(::fstat(t.fd, &st), 0);
  EXPECT_EQ(st.st_nlink, 0u);
  ::close(t.fd);
}

TEST_F(TempFileTest, AMissingDirectoryGivesItsErrorAndNoFile) {
  std::string missing = (dir_ / "no" / "such").string();
  for (TempFile t : {make_temp_file(missing, "x"), make_unlinked_temp_file(missing, "x")}) {
    EXPECT_EQ(t.fd, -1);
    EXPECT_EQ(t.error, ENOENT);
    EXPECT_EQ(t.dir, missing);
  }
  EXPECT_EQ(entries(), 0u);
}

}  // namespace
}  // namespace factsheet::io
