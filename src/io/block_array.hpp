// An array that grows by whole blocks of 2^Shift values and never moves what it holds. A
// deque's blocks are 512 bytes, allocated among a run's small allocations: a million
// values make a hundred thousand of them, and the holes the short-lived allocations between
// them leave once freed are memory the heap cannot give back. A block here of 512 KiB or
// more is pages of its own (the mmap threshold, cli/main.cpp).
#pragma once
#include <cstddef>
#include <memory>
#include <vector>

namespace factsheet::io {

template <class T, unsigned Shift>
class BlockArray {
 public:
  static constexpr std::size_t kBlock = std::size_t{1} << Shift;

  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return blocks_[i >> Shift][i & (kBlock - 1)]; }
  const T& operator[](std::size_t i) const { return blocks_[i >> Shift][i & (kBlock - 1)]; }
  void push_back(const T& value) {
    if ((size_ >> Shift) == blocks_.size()) blocks_.push_back(std::make_unique<T[]>(kBlock));
    (*this)[size_++] = value;
  }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  std::size_t size_ = 0;
};

}  // namespace factsheet::io
