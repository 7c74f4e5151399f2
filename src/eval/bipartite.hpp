// Maximum bipartite matching, the core of every one-to-one score: a greedy pairing
// can strand an item whose only partner was taken by one that had alternatives.
#pragma once
#include <cstddef>
#include <optional>
#include <vector>

namespace factsheet::eval {

struct Matching {
  std::vector<std::optional<std::size_t>> left_to_right;
  std::vector<std::optional<std::size_t>> right_to_left;
  std::size_t size = 0;
};

// `edges[l]` lists the right vertices that left vertex l may pair with (each < right_count).
// Kuhn's augmenting paths: O(V * E), ample for the few items of one line or sentence.
// Deterministic: left vertices and their edges are tried in the order given.
Matching max_bipartite_matching(const std::vector<std::vector<std::size_t>>& edges,
                                std::size_t right_count);

}  // namespace factsheet::eval
