// An array of plain values that grows by realloc. A vector copies itself into a new block
// each time it grows, holding both for a moment: for the arrays a run keeps a few bytes
// in per sentence or claim (tens of MB at a million), that moment is the run's peak.
// Past glibc's mmap threshold (512 KiB, cli/main.cpp) a block grows by remapping its
// pages instead, without a copy, and the room reserved past its end costs no memory until
// it is written.
#pragma once
#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>
#include <type_traits>
#include <utility>

namespace factsheet::io {

template <class T>
class GrowingArray {
  static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>);

 public:
  GrowingArray() = default;
  ~GrowingArray() { std::free(data_); }
  GrowingArray(GrowingArray&& other) noexcept
      : data_(std::exchange(other.data_, nullptr)),
        size_(std::exchange(other.size_, 0)),
        capacity_(std::exchange(other.capacity_, 0)) {}
  GrowingArray& operator=(GrowingArray&& other) noexcept {
    if (this != &other) {
      std::free(data_);
      data_ = std::exchange(other.data_, nullptr);
      size_ = std::exchange(other.size_, 0);
      capacity_ = std::exchange(other.capacity_, 0);
    }
    return *this;
  }
  GrowingArray(const GrowingArray&) = delete;
  GrowingArray& operator=(const GrowingArray&) = delete;

  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  T* data() { return data_; }
  const T* data() const { return data_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }

  void push_back(const T& value) {
    if (size_ == capacity_) grow(size_ + 1);
    data_[size_++] = value;
  }
  void append(const T* values, std::size_t n) {
    if (n == 0) return;
    if (n > capacity_ - size_) grow(size_ + n);
    std::memcpy(data_ + size_, values, n * sizeof(T));
    size_ += n;
  }
  // Grows to `n` values, the new ones `fill`; never shrinks.
  void grow_to(std::size_t n, const T& fill) {
    if (n <= size_) return;
    if (n > capacity_) grow(n);
    std::fill(data_ + size_, data_ + n, fill);
    size_ = n;
  }

 private:
  void grow(std::size_t need) {
    constexpr std::size_t kMax = std::numeric_limits<std::size_t>::max() / sizeof(T);
    if (need > kMax) throw std::bad_alloc();
    std::size_t capacity = std::max<std::size_t>({need, capacity_ <= kMax / 2 ? capacity_ * 2 : kMax, 16});
    void* grown = std::realloc(data_, capacity * sizeof(T));
    if (grown == nullptr) throw std::bad_alloc();
    data_ = static_cast<T*>(grown);
    capacity_ = capacity;
  }

  T* data_ = nullptr;
  std::size_t size_ = 0, capacity_ = 0;
};

}  // namespace factsheet::io
