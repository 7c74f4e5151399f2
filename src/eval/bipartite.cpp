#include "eval/bipartite.hpp"

#include <algorithm>
#include <stdexcept>

namespace factsheet::eval {
namespace {

struct Kuhn {
  const std::vector<std::vector<std::size_t>>& edges;
  Matching& m;
  std::vector<char> visited;  // right vertices seen in the current search

  bool augment(std::size_t left) {
    for (std::size_t right : edges[left]) {
      if (visited[right]) continue;
      visited[right] = 1;
      auto& owner = m.right_to_left[right];
      if (!owner || augment(*owner)) {
        owner = left;
        m.left_to_right[left] = right;
        return true;
      }
    }
    return false;
  }
};

}  // namespace

Matching max_bipartite_matching(const std::vector<std::vector<std::size_t>>& edges,
                                std::size_t right_count) {
  Matching m;
  m.left_to_right.assign(edges.size(), std::nullopt);
  m.right_to_left.assign(right_count, std::nullopt);
  for (const auto& list : edges)
    for (std::size_t r : list)
      if (r >= right_count) throw std::out_of_range("bipartite edge to a missing right vertex");
  Kuhn kuhn{edges, m, std::vector<char>(right_count, 0)};
  for (std::size_t left = 0; left < edges.size(); ++left) {
    std::fill(kuhn.visited.begin(), kuhn.visited.end(), 0);
    if (kuhn.augment(left)) ++m.size;
  }
  return m;
}

}  // namespace factsheet::eval
