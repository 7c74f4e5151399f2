#include "eval/bipartite.hpp"

#include <gtest/gtest.h>

#include <stdexcept>

namespace factsheet::eval {
namespace {

void expect_consistent(const Matching& m) {
  std::size_t pairs = 0;
  for (std::size_t l = 0; l < m.left_to_right.size(); ++l) {
    if (!m.left_to_right[l]) continue;
    ++pairs;
    ASSERT_TRUE(m.right_to_left[*m.left_to_right[l]].has_value());
    EXPECT_EQ(*m.right_to_left[*m.left_to_right[l]], l);
  }
  EXPECT_EQ(pairs, m.size);
}

TEST(Bipartite, FindsWhatGreedyMisses) {
  // Greedy gives left 0 its first choice (right 0) and strands left 1.
  Matching m = max_bipartite_matching({{0, 1}, {0}}, 2);
  EXPECT_EQ(m.size, 2u);
  EXPECT_EQ(m.left_to_right[0], 1u);
  EXPECT_EQ(m.left_to_right[1], 0u);
  expect_consistent(m);
}

TEST(Bipartite, AugmentsThroughLongPaths) {
  // Each newcomer forces the whole chain to shift.
  Matching m = max_bipartite_matching({{0, 1}, {1, 2}, {2, 3}, {0}}, 4);
  EXPECT_EQ(m.size, 4u);
  expect_consistent(m);
}

TEST(Bipartite, CountsOnlyWhatCanPair) {
  Matching m = max_bipartite_matching({{0}, {0}, {0}}, 2);
  EXPECT_EQ(m.size, 1u);
  EXPECT_FALSE(m.right_to_left[1].has_value());
  expect_consistent(m);
}

TEST(Bipartite, EmptySides) {
  EXPECT_EQ(max_bipartite_matching({}, 3).size, 0u);
  Matching m = max_bipartite_matching({{}, {}}, 0);
  EXPECT_EQ(m.size, 0u);
  EXPECT_EQ(m.left_to_right.size(), 2u);
}

TEST(Bipartite, CompleteGraph) {
  Matching m = max_bipartite_matching({{0, 1, 2}, {0, 1, 2}, {0, 1, 2}}, 3);
  EXPECT_EQ(m.size, 3u);
  expect_consistent(m);
}

TEST(Bipartite, RejectsEdgesToMissingVertices) {
  EXPECT_THROW(max_bipartite_matching({{2}}, 2), std::out_of_range);
}

}  // namespace
}  // namespace factsheet::eval
