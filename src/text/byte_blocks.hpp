// Tests on eight bytes of text at once, for scans that pass over long runs of ordinary
// bytes (sentence ends, JSON escapes, capitals): a block that holds none of the bytes sought is
// stepped over whole. Each test is exact: it is true if and only if some byte matches.
#pragma once
#include <cstdint>
#include <cstring>

namespace factsheet::text {

inline constexpr std::size_t kBlockBytes = 8;

// The eight bytes at p (which must be readable) as one word.
inline std::uint64_t block_at(const char* p) {
  std::uint64_t v;
  std::memcpy(&v, p, sizeof v);
  return v;
}

namespace detail {
inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighBits = 0x8080808080808080ULL;
// The high bit of each byte of v that is below n (n at most 0x80), and possibly of bytes
// above such a byte; 0 exactly when no byte is below n.
constexpr std::uint64_t below(std::uint64_t v, unsigned char n) { return (v - n * kOnes) & ~v & kHighBits; }
}  // namespace detail

// Some byte of the block is below n (n at most 0x80).
constexpr bool any_byte_below(std::uint64_t block, unsigned char n) { return detail::below(block, n) != 0; }
// Some byte of the block is c.
constexpr bool any_byte_is(std::uint64_t block, unsigned char c) {
  return detail::below(block ^ (c * detail::kOnes), 1) != 0;
}

// Some byte of the block is an ASCII capital, 'A' to 'Z'. The high bits are cleared first
// so that no byte's sum carries into the next.
constexpr bool any_ascii_upper(std::uint64_t block) {
  using detail::kHighBits;
  using detail::kOnes;
  std::uint64_t low7 = block & ~kHighBits;
  std::uint64_t from_a = low7 + (0x80 - 'A') * kOnes;      // high bit: at least 'A'
  std::uint64_t past_z = low7 + (0x80 - 'Z' - 1) * kOnes;  // high bit: past 'Z'
  return (from_a & ~past_z & ~block & kHighBits) != 0;
}

// The high bit of each byte of the block that is an ASCII letter, either case: a byte is
// one when, with bit 0x20 set, it lies between 'a' and 'z' (no other byte does so).
constexpr std::uint64_t ascii_letter_bits(std::uint64_t block) {
  using detail::kHighBits;
  using detail::kOnes;
  std::uint64_t folded = block | 0x20 * kOnes;
  std::uint64_t low7 = folded & ~kHighBits;
  std::uint64_t from_a = low7 + (0x80 - 'a') * kOnes;      // high bit: at least 'a'
  std::uint64_t past_z = low7 + (0x80 - 'z' - 1) * kOnes;  // high bit: past 'z'
  return from_a & ~past_z & ~block & kHighBits;
}

}  // namespace factsheet::text
