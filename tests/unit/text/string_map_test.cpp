#include "text/string_map.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

namespace factsheet::text {
namespace {

// A string of `n` bytes unlike each other, so that a changed byte is a real change.
std::string varied(std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s.push_back(static_cast<char>(0x21 + (i * 37) % 200));
  return s;
}

// Every byte of every length takes part: the short forms (one to three bytes, four to
// seven, eight to sixteen) and the blocks of 16 before the last 16 bytes of a long string.
TEST(StringHash, EveryByteCounts) {
  for (std::size_t n = 1; n <= 70; ++n) {
    const std::string base = varied(n);
    const std::uint64_t h = hash_string(base);
    for (std::size_t at = 0; at < n; ++at)
      for (unsigned char b : {0x00, 0x01, 0x80, 0xFF}) {
        std::string s = base;
        if (static_cast<unsigned char>(s[at]) == b) continue;
        s[at] = static_cast<char>(b);
        EXPECT_NE(hash_string(s), h) << "length " << n << ", byte " << at << " set to " << unsigned{b};
      }
  }
}

// The length counts too: a string and the same with a zero byte added.
TEST(StringHash, LengthCounts) {
  std::set<std::uint64_t> seen;
  std::string s;
  for (std::size_t n = 0; n <= 40; ++n, s.push_back('\0')) EXPECT_TRUE(seen.insert(hash_string(s)).second) << n;
}

// Words spread over both ends of the hash: a table takes its slot from the high bits and
// a control byte from the low seven.
TEST(StringHash, WordsSpreadOverHighAndLowBits) {
  constexpr std::size_t kWords = 64 * 1024;
  std::vector<std::size_t> low(128), high(1024);
  std::set<std::uint64_t> distinct;
  for (std::size_t i = 0; i < kWords; ++i) {
    std::string word = "w";
    word += std::to_string(i);
    std::uint64_t h = hash_string(word);
    distinct.insert(h);
    ++low[h & 127];
    ++high[h >> 54];
  }
  EXPECT_EQ(distinct.size(), kWords);
  for (std::size_t c : low) {  // 512 expected in each
    EXPECT_GT(c, 400u);
    EXPECT_LT(c, 624u);
  }
  for (std::size_t c : high) {  // 64 expected in each
    EXPECT_GT(c, 24u);
    EXPECT_LT(c, 112u);
  }
}

// Fixed for every run and build: an iteration order that depends on it stays the same.
TEST(StringHash, SameInEveryRun) {
  EXPECT_EQ(hash_string(""), 0x0BE7A58AEC8C76EEull);
  EXPECT_EQ(hash_string("tonne"), hash_string(std::string("tonne")));
}

TEST(StringMap, LookedUpByView) {
  StringMap<int> m;
  m.emplace("tonne", 1);
  m.emplace("tonnes of", 2);
  std::string_view text = "5 tonnes of grain";
  EXPECT_EQ(m.find(text.substr(2, 6)), m.end());
  ASSERT_NE(m.find(text.substr(2, 9)), m.end());
  EXPECT_EQ(m.find(text.substr(2, 9))->second, 2);
  StringSet s = {"a", "b"};
  EXPECT_TRUE(s.contains(std::string_view("ab").substr(1)));
}

}  // namespace
}  // namespace factsheet::text
