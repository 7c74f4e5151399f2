// Disjoint sets over 0..n-1 with path halving. The root of a set is its smallest member,
// so the result does not depend on the order of unions.
#pragma once
#include <cstdint>
#include <numeric>
#include <vector>

namespace factsheet::audit {

class UnionFind {
 public:
  explicit UnionFind(std::size_t n = 0) { resize(n); }

  void resize(std::size_t n) {
    std::size_t old = parent_.size();
    parent_.resize(n);
    std::iota(parent_.begin() + static_cast<std::ptrdiff_t>(old), parent_.end(), static_cast<std::uint32_t>(old));
  }

  std::size_t size() const { return parent_.size(); }

  std::uint32_t find(std::uint32_t x) {
    while (parent_[x] != x) {
      parent_[x] = parent_[parent_[x]];
      x = parent_[x];
    }
    return x;
  }

  void unite(std::uint32_t a, std::uint32_t b) {
    a = find(a);
    b = find(b);
    if (a == b) return;
    if (b < a) std::swap(a, b);
    parent_[b] = a;  // the smaller id stays the root
  }

 private:
  std::vector<std::uint32_t> parent_;
};

}  // namespace factsheet::audit
