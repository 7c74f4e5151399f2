#include "text/utf8.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

namespace factsheet::text {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

struct RepairCase {
  const char* name;
  std::string input;
  std::string output;
  std::size_t replaced;
  std::optional<std::size_t> first;
};

void PrintTo(const RepairCase& c, std::ostream* os) { *os << c.name; }

class Repair : public ::testing::TestWithParam<RepairCase> {};

TEST_P(Repair, ReplacesMaximalSubparts) {
  const RepairCase& c = GetParam();
  std::string s = c.input;
  EXPECT_EQ(is_valid_utf8(s), c.replaced == 0);
  Utf8Report report = repair_utf8(s);
  EXPECT_EQ(s, c.output);
  EXPECT_EQ(report.replaced, c.replaced);
  EXPECT_EQ(report.first_offset, c.first);
  EXPECT_TRUE(is_valid_utf8(s));
  // Repair is idempotent.
  std::string again = s;
  EXPECT_EQ(repair_utf8(again).replaced, 0u);
  EXPECT_EQ(again, s);
}

INSTANTIATE_TEST_SUITE_P(
    Utf8, Repair,
    ::testing::Values(
        RepairCase{"empty", "", "", 0, std::nullopt},
        RepairCase{"ascii", "It rose 5%.", "It rose 5%.", 0, std::nullopt},
        RepairCase{"multibyte", "é € 😀 \xF4\x8F\xBF\xBF \xEF\xBF\xBF",
                   "é € 😀 \xF4\x8F\xBF\xBF \xEF\xBF\xBF", 0, std::nullopt},
        RepairCase{"replacement char is valid", kFffd, kFffd, 0, std::nullopt},
        // Overlong forms: every byte is its own maximal subpart.
        RepairCase{"overlong C0",
                   "a\xC0\x80"
                   "b",
                   "a" + kFffd + kFffd + "b", 2, 1},
        RepairCase{"overlong C1", "\xC1\xBF", kFffd + kFffd, 2, 0},
        RepairCase{"overlong E0", "\xE0\x80\x80", kFffd + kFffd + kFffd, 3, 0},
        RepairCase{"overlong F0", "\xF0\x8F\xBF\xBF", kFffd + kFffd + kFffd + kFffd, 4, 0},
        // Surrogates U+D800..U+DFFF.
        RepairCase{"surrogate high", "x\xED\xA0\x80", "x" + kFffd + kFffd + kFffd, 3, 1},
        RepairCase{"surrogate low", "\xED\xBF\xBF", kFffd + kFffd + kFffd, 3, 0},
        RepairCase{"last before surrogates", "\xED\x9F\xBF", "\xED\x9F\xBF", 0, std::nullopt},
        // Above U+10FFFF.
        RepairCase{"F4 90", "\xF4\x90\x80\x80", kFffd + kFffd + kFffd + kFffd, 4, 0},
        RepairCase{"F5", "\xF5\x80\x80\x80", kFffd + kFffd + kFffd + kFffd, 4, 0},
        RepairCase{"FF", "ab\xFF", "ab" + kFffd, 1, 2},
        // Truncated sequences: the valid prefix is one maximal subpart.
        RepairCase{"truncated 2 at end", "a\xC3", "a" + kFffd, 1, 1},
        RepairCase{"truncated 3 at end", "a\xE2\x82", "a" + kFffd, 1, 1},
        RepairCase{"truncated 4 at end", "\xF0\x9F\x98", kFffd, 1, 0},
        RepairCase{"truncated before ascii",
                   "\xE2\x82"
                   "A\xF0\x9F"
                   "B",
                   kFffd + "A" + kFffd + "B", 2, 0},
        RepairCase{"truncated before lead", "\xE2\x82\xE2\x82\xAC", kFffd + "€", 1, 0},
        RepairCase{"lone continuations", "\x80\xBF", kFffd + kFffd, 2, 0},
        RepairCase{"mixed", "ok \xC3\xA9\xFE ok", "ok é" + kFffd + " ok", 1, 5}));

TEST(Utf8, RepairOfRandomBytesIsValidAndIdempotent) {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 2000; ++round) {
    std::string s;
    for (int i = 0; i < round % 64; ++i) s += static_cast<char>(byte(rng));
    std::string original = s;
    Utf8Report report = repair_utf8(s);
    ASSERT_TRUE(is_valid_utf8(s)) << round;
    ASSERT_EQ(report.replaced == 0, is_valid_utf8(original));
    if (report.replaced == 0) {
      ASSERT_EQ(s, original);
    }
    std::string again = s;
    ASSERT_EQ(repair_utf8(again).replaced, 0u);
  }
}

TEST(Utf8, DecodeAt) {
  char32_t cp = 0;
  EXPECT_EQ(decode_at("A", 0, cp), 1u);
  EXPECT_EQ(cp, U'A');
  EXPECT_EQ(decode_at("xé", 1, cp), 2u);
  EXPECT_EQ(cp, 0xE9u);
  EXPECT_EQ(decode_at("€", 0, cp), 3u);
  EXPECT_EQ(cp, 0x20ACu);
  EXPECT_EQ(decode_at("😀", 0, cp), 4u);
  EXPECT_EQ(cp, 0x1F600u);
  // A truncated sequence at the end is read as one byte, never past the end.
  EXPECT_EQ(decode_at(std::string_view("\xE2\x82", 2), 0, cp), 1u);
}

TEST(Utf8, LengthBefore) {
  std::string s = "aé€😀b";  // 1 + 2 + 3 + 4 + 1 bytes
  EXPECT_EQ(length_before(s, 0), 0u);
  EXPECT_EQ(length_before(s, 1), 1u);
  EXPECT_EQ(length_before(s, 3), 2u);
  EXPECT_EQ(length_before(s, 6), 3u);
  EXPECT_EQ(length_before(s, 10), 4u);
  EXPECT_EQ(length_before(s, 11), 1u);
  // Walking back from the end visits every code point.
  std::size_t count = 0;
  for (std::size_t i = s.size(); i > 0; i -= length_before(s, i)) ++count;
  EXPECT_EQ(count, 5u);
  // Continuation bytes alone: never more than four bytes, never before the start.
  std::string cont(6, '\x80');
  EXPECT_EQ(length_before(cont, 6), 4u);
  EXPECT_EQ(length_before(cont, 2), 2u);
}

TEST(Utf8, SpaceSeparatorAt) {
  EXPECT_EQ(space_separator_at("1\xC2\xA0"
                               "000",
                               1),
            2u);  // NBSP
  EXPECT_EQ(space_separator_at("1\xE2\x80\x89"
                               "000",
                               1),
            3u);  // thin space
  EXPECT_EQ(space_separator_at("1\xE2\x80\xAF"
                               "000",
                               1),
            3u);  // narrow NBSP
  EXPECT_EQ(space_separator_at("1\xE2\x80\x87"
                               "000",
                               1),
            3u);                                  // figure space
  EXPECT_EQ(space_separator_at("1 000", 1), 0u);  // ASCII space is not one
  EXPECT_EQ(space_separator_at("1\xE2\x80\x82"
                               "000",
                               1),
            0u);                                          // en space is not listed
  EXPECT_EQ(space_separator_at("1\xE2\x80\x8B", 1), 0u);  // zero-width space
  // Truncated at the end of the string.
  EXPECT_EQ(space_separator_at(std::string_view("1\xC2", 2), 1), 0u);
  EXPECT_EQ(space_separator_at(std::string_view("1\xE2\x80", 3), 1), 0u);
  EXPECT_EQ(space_separator_at("1", 1), 0u);
  EXPECT_EQ(space_separator_at("1", 5), 0u);
}

TEST(Utf8, DashAt) {
  EXPECT_EQ(dash_at("10-20", 2), 1u);
  EXPECT_EQ(dash_at("10–20", 2), 3u);  // en dash
  EXPECT_EQ(dash_at("10—20", 2), 3u);  // em dash
  EXPECT_EQ(dash_at("−5", 0), 3u);     // minus sign
  EXPECT_EQ(dash_at("10‐20", 2), 0u);  // U+2010 hyphen is not listed
  EXPECT_EQ(dash_at("10 20", 2), 0u);
  EXPECT_EQ(dash_at(std::string_view("1\xE2\x80", 3), 1), 0u);
  EXPECT_EQ(dash_at("1", 1), 0u);
  EXPECT_EQ(dash_at("1", 9), 0u);
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  for (char32_t cp : {U'A', U'\u00a3', U'\u20ac', U'\U0001F600'}) append_utf8(out, cp);
  EXPECT_EQ(out, "A\xC2\xA3\xE2\x82\xAC\xF0\x9F\x98\x80");
  EXPECT_TRUE(is_valid_utf8(out));
  std::string bad;
  append_utf8(bad, 0xD800);    // a surrogate
  append_utf8(bad, 0x110000);  // past Unicode
  EXPECT_EQ(bad, "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(Utf8, LeadBytesAreCountedAtEveryAlignmentAndLength) {
  // Each character's lead byte counts; continuation bytes (0x80-0xBF) and ASCII do not.
  EXPECT_EQ(count_lead_bytes(""), 0u);
  EXPECT_EQ(count_lead_bytes("plain ASCII text, longer than eight bytes"), 0u);
  EXPECT_EQ(count_lead_bytes("\xC2\xA3""5 and \xE2\x82\xAC""7 and \xF0\x9F\x98\x80"), 3u);
  EXPECT_EQ(count_lead_bytes("\x80\xBF\x80\xBF\x80\xBF\x80\xBF\x80"), 0u);
  EXPECT_EQ(count_lead_bytes("\xC0\xFF\xC0\xFF\xC0\xFF\xC0\xFF\xC0"), 9u);
  // Against a byte-by-byte count, on random bytes at every start and length.
  std::mt19937 rng(7);
  std::string bytes(300, '\0');
  for (char& c : bytes) c = static_cast<char>(rng() % 256);
  for (std::size_t from = 0; from < 16; ++from) {
    for (std::size_t n = 0; from + n <= bytes.size(); n += 7) {
      std::string_view s = std::string_view(bytes).substr(from, n);
      std::size_t expected = 0;
      for (char c : s) expected += static_cast<unsigned char>(c) >= 0xC0 ? 1 : 0;
      ASSERT_EQ(count_lead_bytes(s), expected) << "from " << from << ", " << n << " bytes";
    }
  }
}

}  // namespace
}  // namespace factsheet::text
