// A fresh directory per test, removed afterwards, and small file helpers.
#pragma once
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "read/diagnostic.hpp"

namespace factsheet::read::testing {

class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (std::filesystem::temp_directory_path() / "fs_read_XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // Writes `bytes` to dir/name (creating parent directories); returns the path.
  std::string put(const std::string& name, const std::string& bytes) const {
    std::filesystem::path p = dir_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string path(const std::string& name) const { return (dir_ / name).string(); }

  // A sink that records every diagnostic.
  DiagnosticSink sink() {
    return [this](const Diagnostic& d) {
      (d.severity == Severity::error ? errors_ : warnings_).push_back(d.message);
    };
  }

  std::filesystem::path dir_;
  std::vector<std::string> errors_, warnings_;
};

}  // namespace factsheet::read::testing
