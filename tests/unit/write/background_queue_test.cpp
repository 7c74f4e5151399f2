// Items handed to the background thread are applied in order, failures come back to the
// caller, and a queue dropped midway stops without applying the rest.
#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <vector>

#include "write/background_queue.hpp"

namespace factsheet::write {
namespace {

TEST(BackgroundQueue, AppliesEveryItemInOrder) {
  std::vector<int> seen;
  BackgroundQueue<int> queue([&](int& i) { seen.push_back(i); }, 7, 2);
  for (int i = 0; i < 1000; ++i) queue.push(i);
  queue.finish();
  ASSERT_EQ(seen.size(), 1000u);
  for (int i = 0; i < 1000; ++i) EXPECT_EQ(seen[static_cast<std::size_t>(i)], i);
  queue.push(1000);  // finish() may come again after more items
  queue.finish();
  EXPECT_EQ(seen.back(), 1000);
}

TEST(BackgroundQueue, AFailureReachesTheCallerAndStopsTheRest) {
  std::vector<int> seen;
  BackgroundQueue<int> queue(
      [&](int& i) {
        if (i == 10) throw std::runtime_error("item 10");
        seen.push_back(i);
      },
      4, 1);
  EXPECT_THROW(
      {
        for (int i = 0; i < 1000; ++i) queue.push(i);
        queue.finish();
      },
      std::runtime_error);
  // Items of the failing batch after the failure, and of later batches, are not applied.
  ASSERT_FALSE(seen.empty());
  EXPECT_LT(seen.back(), 10);
  EXPECT_THROW(queue.finish(), std::runtime_error);
}

TEST(BackgroundQueue, DroppedWithoutFinishStops) {
  std::atomic<int> applied = 0;
  {
    BackgroundQueue<int> queue([&](int&) { ++applied; }, 2, 2);
    for (int i = 0; i < 100; ++i) queue.push(i);
  }  // joined here: no hang, and nothing runs after
  EXPECT_LE(applied.load(), 100);
}

}  // namespace
}  // namespace factsheet::write
