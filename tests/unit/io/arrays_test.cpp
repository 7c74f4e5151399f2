#include "io/block_array.hpp"
#include "io/growing_array.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

namespace factsheet::io {
namespace {

TEST(GrowingArray, KeepsWhatWasAddedAsItGrows) {
  GrowingArray<std::uint32_t> a;
  EXPECT_TRUE(a.empty());
  std::vector<std::uint32_t> expected;
  // Past the mmap threshold, so that a block is grown by remapping as well as by copying.
  for (std::uint32_t i = 0; i < 1'000'000; ++i) {
    if (i % 1000 == 0) {
      const std::uint32_t run[] = {i, i + 1, i + 2};
      a.append(run, 3);
      expected.insert(expected.end(), run, run + 3);
    }
    a.push_back(i * 7);
    expected.push_back(i * 7);
  }
  ASSERT_EQ(a.size(), expected.size());
  EXPECT_TRUE(std::equal(expected.begin(), expected.end(), a.data()));
  a.append(nullptr, 0);
  EXPECT_EQ(a.size(), expected.size());
}

TEST(GrowingArray, GrowsToASizeWithAFillAndNeverShrinks) {
  GrowingArray<std::uint32_t> a;
  a.grow_to(5, 9);
  a[2] = 1;
  a.grow_to(3, 0);  // smaller: nothing changes
  a.grow_to(8, 4);
  ASSERT_EQ(a.size(), 8u);
  const std::vector<std::uint32_t> expected = {9, 9, 1, 9, 9, 4, 4, 4};
  EXPECT_TRUE(std::equal(expected.begin(), expected.end(), a.data()));
}

TEST(GrowingArray, MovesLeaveTheSourceEmpty) {
  GrowingArray<std::uint64_t> a;
  for (std::uint64_t i = 0; i < 100; ++i) a.push_back(i);
  GrowingArray<std::uint64_t> b(std::move(a));
  EXPECT_TRUE(a.empty());
  ASSERT_EQ(b.size(), 100u);
  EXPECT_EQ(b[99], 99u);
  a = std::move(b);
  EXPECT_TRUE(b.empty());
  EXPECT_EQ(a[42], 42u);
  a.push_back(7);  // still usable after moves
  b.push_back(8);
  EXPECT_EQ(a.size(), 101u);
  EXPECT_EQ(b.size(), 1u);
}

TEST(BlockArray, HoldsItsValuesInPlaceAcrossBlocks) {
  BlockArray<std::uint64_t, 4> a;  // blocks of 16
  std::vector<const std::uint64_t*> where;
  for (std::uint64_t i = 0; i < 100; ++i) {
    a.push_back(i * 3);
    where.push_back(&a[i]);
  }
  ASSERT_EQ(a.size(), 100u);
  for (std::size_t i = 0; i < 100; ++i) {
    EXPECT_EQ(a[i], i * 3);
    EXPECT_EQ(&a[i], where[i]) << "value " << i << " moved";
  }
  a[17] = 5;
  const BlockArray<std::uint64_t, 4>& c = a;
  EXPECT_EQ(c[17], 5u);
}

}  // namespace
}  // namespace factsheet::io
