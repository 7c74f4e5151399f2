#include "io/free_memory.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace factsheet::io {
namespace {

// Resident memory of the process, in bytes.
std::size_t resident() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (!f) return 0;
  unsigned long size = 0, pages = 0;
  int read = std::fscanf(f, "%lu %lu", &size, &pages);
  std::fclose(f);
  return read == 2 ? pages * static_cast<std::size_t>(::sysconf(_SC_PAGESIZE)) : 0;
}

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kOwnAllocator = true;  // the sanitizer's allocator keeps what it keeps
#else
constexpr bool kOwnAllocator = false;
#endif

// What a worker thread freed, with a few blocks kept between (as claims in flight leave
// them), goes back to the system.
TEST(FreeMemory, WhatAThreadFreedLeavesTheProcess) {
  if (kOwnAllocator) GTEST_SKIP() << "built with a sanitizer's allocator";
  constexpr std::size_t kBlocks = 256 * 1024, kBlock = 256;  // 64 MiB
  std::vector<std::unique_ptr<char[]>> kept;
  std::thread worker([&] {
    std::vector<std::unique_ptr<char[]>> blocks(kBlocks);
    for (auto& b : blocks) {
      b = std::make_unique<char[]>(kBlock);
      std::memset(b.get(), 1, kBlock);
    }
    for (std::size_t i = 0; i < kBlocks; i += 1024) kept.push_back(std::move(blocks[i]));
  });
  worker.join();
  std::size_t before = resident();
  return_free_memory();
  std::size_t after = resident();
  ASSERT_GT(before, 0u);
  EXPECT_LT(after + (32u << 20), before) << "before " << before << ", after " << after;
}

}  // namespace
}  // namespace factsheet::io
