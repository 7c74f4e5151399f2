#include "io/spill_log.hpp"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <stdexcept>
#include <string>

namespace factsheet::io {
namespace {

std::string pattern(std::size_t n, std::size_t seed) {
  std::string s(n, '\0');
  for (std::size_t i = 0; i < n; ++i) s[i] = static_cast<char>((i * 131 + seed * 7) % 251);
  return s;
}

TEST(SpillLog, SmallLogsStayInMemory) {
  SpillLog log("test log", 1024);
  EXPECT_EQ(log.append("hello"), 0u);
  EXPECT_EQ(log.append(" world"), 5u);
  EXPECT_EQ(log.size(), 11u);
  EXPECT_EQ(log.spilled(), 0u);
  EXPECT_EQ(log.read(0, 11), "hello world");
  EXPECT_EQ(log.read(6, 5), "world");
  EXPECT_EQ(log.read(11, 0), "");
}

TEST(SpillLog, GrowingLogsGoToDiskAndReadBackAtAnyOffset) {
  SpillLog log("test log", 1000);
  std::string all;
  for (std::size_t i = 0; i < 400; ++i) {
    std::string piece = pattern(1 + i * 37 % 700, i);
    EXPECT_EQ(log.append(piece), all.size());
    all += piece;
  }
  EXPECT_EQ(log.size(), all.size());
  EXPECT_GT(log.spilled(), SpillLog::kBlock * 2);  // several blocks on disk
  EXPECT_LT(log.size() - log.spilled(), 1000u);     // at most `memory` bytes kept
  // Reads forward, backward, across blocks and across the file's end into memory.
  for (std::uint64_t at : {std::uint64_t{0}, std::uint64_t{SpillLog::kBlock - 3}, log.spilled() - 5, std::uint64_t{12345},
                           std::uint64_t{1}, log.size() - 7})
    for (std::size_t size : {std::size_t{1}, std::size_t{7}, std::size_t{SpillLog::kBlock + 9}}) {
      if (at + size > all.size()) continue;
      EXPECT_EQ(log.read(at, size), all.substr(at, size)) << at << " " << size;
    }
  EXPECT_EQ(log.read(0, all.size()), all);
}

TEST(SpillLog, ReadsPastTheEndAreRefused) {
  SpillLog log("test log", 4);
  log.append("abcdefgh");
  EXPECT_THROW(log.read(5, 4), std::out_of_range);
  EXPECT_THROW(log.read(9, 0), std::out_of_range);
}

TEST(SpillLog, TheFileIsUnlinkedAtOnce) {
  auto dir = std::filesystem::temp_directory_path() / ("spill-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  {
    SpillLog log("test log", 16, dir.string());
    log.append(pattern(100, 1));
    EXPECT_GT(log.spilled(), 0u);
    EXPECT_TRUE(std::filesystem::is_empty(dir));
    EXPECT_EQ(log.read(50, 50), pattern(100, 1).substr(50));
  }
  std::filesystem::remove_all(dir);
}

TEST(SpillLog, AMissingDirectoryIsOneClearError) {
  SpillLog log("the audit's figures", 16, "/nonexistent/spill");
  try {
    log.append(pattern(100, 2));
    FAIL() << "no error";
  } catch (const std::runtime_error& e) {
    EXPECT_EQ(std::string(e.what()),
              "the audit's figures: making a temporary file in /nonexistent/spill: No such file or directory");
  }
}

TEST(SpillLog, AFullDiskIsOneClearError) {
  // A file-size limit stands in for a full disk; run in a child so the limit stays there.
  pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    SpillLog log("the audit's figures", 1024);
    try {
      for (int i = 0; i < 100; ++i) log.append(pattern(1000, static_cast<std::size_t>(i)));
    } catch (const std::runtime_error& e) {
      _exit(std::string(e.what()).find("the audit's figures: writing a temporary file in ") == 0 &&
                    std::string(e.what()).find("File too large") != std::string::npos
                ? 0
                : 2);
    }
    _exit(1);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0);
}

}  // namespace
}  // namespace factsheet::io

namespace factsheet::io {
namespace {

TEST(SpillLog, OverwritesReachTheFileTheCacheAndMemory) {
  SpillLog log("test log", 100);
  std::string all = pattern(SpillLog::kBlock * 2 + 250, 3);
  for (std::size_t at = 0; at < all.size(); at += 50) log.append(std::string_view(all).substr(at, 50));
  ASSERT_GT(log.spilled(), 0u);
  ASSERT_LT(log.spilled(), log.size());
  EXPECT_EQ(log.read(10, 5), all.substr(10, 5));  // caches the first block
  auto put = [&](std::uint64_t at, std::string_view bytes) {
    log.overwrite(at, bytes);
    all.replace(at, bytes.size(), bytes);
  };
  put(8, "XYZ");                                  // in the cached block
  put(SpillLog::kBlock - 2, "block edge");        // across two blocks of the file
  put(log.spilled() - 4, "file and memory");      // across the file's end
  put(log.size() - 3, "end");                     // in memory only
  EXPECT_EQ(log.read(0, all.size()), all);
  EXPECT_THROW(log.overwrite(log.size() - 2, "abc"), std::out_of_range);
}

}  // namespace
}  // namespace factsheet::io
