#include "text/byte_blocks.hpp"

#include <gtest/gtest.h>

#include <string>

namespace factsheet::text {
namespace {

// Every byte value at every place of a block, among fillers on either side of the limit:
// the block tests agree with a byte-by-byte look.
TEST(ByteBlocks, AgreeWithEachByteAtEveryPlace) {
  for (unsigned char filler : {0x61, 0x20, 0x0E, 0x7F, 0x80, 0xE2, 0xFF}) {  // "a", a space, ...
    for (unsigned b = 0; b < 256; ++b) {
      for (std::size_t at = 0; at < kBlockBytes; ++at) {
        std::string block(kBlockBytes, static_cast<char>(filler));
        block[at] = static_cast<char>(b);
        std::uint64_t v = block_at(block.data());
        for (unsigned char n : {0x01, 0x0E, 0x20, 0x80}) {
          bool below = false;
          for (char c : block) below = below || static_cast<unsigned char>(c) < n;
          EXPECT_EQ(any_byte_below(v, n), below) << b << " at " << at << " below " << unsigned{n};
        }
        for (unsigned char c : {0x2E, 0x22, 0x5C, 0xE2, 0x00}) {  // full stop, quote, backslash, "…"
          bool is = block.find(static_cast<char>(c)) != std::string::npos;
          EXPECT_EQ(any_byte_is(v, c), is) << b << " at " << at << " is " << unsigned{c};
        }
      }
    }
  }
}

// The capitals test: exact for every byte value at every place, beside fillers just outside
// the range ("@" and "[") and bytes whose low seven bits are capitals (0xC1 is 'A' + 0x80).
TEST(ByteBlocks, AsciiCapitalsAtEveryPlace) {
  for (unsigned char filler : {0x61, 0x40, 0x5B, 0xC1, 0xDA, 0xFF, 0x00}) {
    for (unsigned b = 0; b < 256; ++b) {
      for (std::size_t at = 0; at < kBlockBytes; ++at) {
        std::string block(kBlockBytes, static_cast<char>(filler));
        block[at] = static_cast<char>(b);
        bool capital = false;
        for (char c : block) capital = capital || (c >= 'A' && c <= 'Z');
        EXPECT_EQ(any_ascii_upper(block_at(block.data())), capital) << b << " at " << at << " among " << unsigned{filler};
      }
    }
  }
}

// The letters test gives each byte's own answer (its high bit) for every byte value at
// every place, beside fillers just outside the ranges ("@", "[", "`", "{") and bytes whose
// low seven bits are letters.
TEST(ByteBlocks, AsciiLetterBitsAtEveryPlace) {
  for (unsigned char filler : {0x61, 0x40, 0x5B, 0x60, 0x7B, 0xC1, 0xE1, 0xFF, 0x00}) {
    for (unsigned b = 0; b < 256; ++b) {
      for (std::size_t at = 0; at < kBlockBytes; ++at) {
        std::string block(kBlockBytes, static_cast<char>(filler));
        block[at] = static_cast<char>(b);
        std::uint64_t bits = ascii_letter_bits(block_at(block.data()));
        for (std::size_t k = 0; k < kBlockBytes; ++k) {
          char c = block[k];
          bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
          std::string one(kBlockBytes, '\0');
          one[k] = '\x80';
          EXPECT_EQ((bits & block_at(one.data())) != 0, letter) << b << " at " << at << ", byte " << k;
        }
      }
    }
  }
}

// A byte that matches beside one that does not: the borrow of one byte's test never
// hides or invents another's.
TEST(ByteBlocks, NeighboursOfAMatch) {
  std::string block = "ab.\x0E" "cd?e";
  std::uint64_t v = block_at(block.data());
  EXPECT_TRUE(any_byte_is(v, '.'));
  EXPECT_TRUE(any_byte_is(v, '?'));
  EXPECT_FALSE(any_byte_is(v, '!'));
  EXPECT_FALSE(any_byte_below(v, 0x0E));
  EXPECT_TRUE(any_byte_below(v, 0x0F));
}

}  // namespace
}  // namespace factsheet::text
