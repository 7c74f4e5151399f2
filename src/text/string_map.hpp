// Hash maps and sets keyed by std::string that are looked up by std::string_view without
// building a string (heterogeneous lookup): the lexicon and the frame ask them for every
// word of every sentence. Abseil's open-addressed tables answer a lookup from one group of
// control bytes and a flat slot array, where a node-based std::unordered_map chases a bucket
// and a node: on the word tables (tens of thousands of entries) that is most of the cost.
// The tables are filled once and then only read, so their lack of pointer stability across
// inserts does not matter. The hash is fixed (no per-process seed), so that an iteration
// order (where one is ever used) is the same every run; it is made for the short keys these
// tables hold (words: two loads and one multiply where std::hash runs a loop per byte).
#pragma once
#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/numeric/int128.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <string_view>

namespace factsheet::text {

namespace detail {

inline std::uint64_t load64(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

inline std::uint64_t load32(const char* p) {
  std::uint32_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

// The 128-bit product of a and b folded to 64 bits: every input bit reaches the high and
// the low bits, which the tables use for the slot and for the control byte.
inline std::uint64_t fold_multiply(std::uint64_t a, std::uint64_t b) {
  absl::uint128 r = absl::uint128(a) * b;
  return absl::Uint128Low64(r) ^ absl::Uint128High64(r);
}

inline constexpr std::uint64_t kOdd1 = 0x9E3779B97F4A7C15ull;  // 2^64 / golden ratio
inline constexpr std::uint64_t kOdd2 = 0xC2B2AE3D27D4EB4Full;
inline constexpr std::uint64_t kOdd3 = 0x165667B19E3779F9ull;

}  // namespace detail

// A string's hash: its first and last eight bytes (overlapping for short strings), and for
// a longer one each 16 bytes before, each pair mixed by one multiply.
inline std::uint64_t hash_string(std::string_view s) {
  using namespace detail;
  const char* p = s.data();
  const std::size_t n = s.size();
  std::uint64_t seed = kOdd3 ^ (n * kOdd1);
  std::uint64_t a = 0, b = 0;
  if (n >= 8) {
    for (std::size_t i = 0; i + 16 < n; i += 16) seed = fold_multiply(load64(p + i) ^ kOdd1, load64(p + i + 8) ^ seed);
    a = load64(p + (n > 16 ? n - 16 : 0));
    b = load64(p + n - 8);
  } else if (n >= 4) {
    a = load32(p);
    b = load32(p + n - 4);
  } else if (n > 0) {
    auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(p[i])}; };
    a = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  return fold_multiply(a ^ kOdd2, b ^ seed) ^ seed;
}

struct StringHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const { return hash_string(s); }
};

template <class Value>
using StringMap = absl::flat_hash_map<std::string, Value, StringHash, std::equal_to<>>;
using StringSet = absl::flat_hash_set<std::string, StringHash, std::equal_to<>>;

}  // namespace factsheet::text
