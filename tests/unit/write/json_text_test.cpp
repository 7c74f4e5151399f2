#include "write/json_text.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>

namespace factsheet::write {
namespace {

std::string number(double v) {
  std::string out;
  append_json_number(out, v);
  return out;
}

std::string quoted(std::string_view s) {
  std::string out;
  append_json_string(out, s);
  return out;
}

TEST(JsonNumber, IntegralValuesBelow1e15AreIntegers) {
  EXPECT_EQ(number(0), "0");
  EXPECT_EQ(number(-0.0), "0");
  EXPECT_EQ(number(41e9), "41000000000");
  EXPECT_EQ(number(-3), "-3");
  EXPECT_EQ(number(999999999999999), "999999999999999");
}

TEST(JsonNumber, OthersUseTheShortestRoundTripForm) {
  EXPECT_EQ(number(0.5778), "0.5778");
  EXPECT_EQ(number(0.1), "0.1");
  EXPECT_EQ(number(-2.5), "-2.5");
  EXPECT_EQ(number(1.5e20), "1.5e+20");
  EXPECT_EQ(number(1e15), "1e+15");
  EXPECT_EQ(number(1e-7), "1e-07");
  for (double v : {0.1 + 0.2, 1.0 / 3, 123456.789e10, 5e-324})
    EXPECT_EQ(std::strtod(number(v).c_str(), nullptr), v) << number(v);
}

TEST(JsonNumber, NonFiniteValuesAreNull) {
  EXPECT_EQ(number(std::numeric_limits<double>::quiet_NaN()), "null");
  EXPECT_EQ(number(std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(number(-std::numeric_limits<double>::infinity()), "null");
  EXPECT_EQ(format_number(std::nan("")), "");
  EXPECT_EQ(format_number(12.5), "12.5");
}

TEST(JsonString, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(quoted(""), "\"\"");
  EXPECT_EQ(quoted("say \"hi\""), R"("say \"hi\"")");
  EXPECT_EQ(quoted("a\\b"), R"("a\\b")");
  EXPECT_EQ(quoted("l1\nl2\tx\r\b\f"), R"("l1\nl2\tx\r\b\f")");
  EXPECT_EQ(quoted(std::string_view("\x01\x1f\0", 3)), R"("\u0001\u001f\u0000")");
}

// Runs of plain bytes are skipped eight at a time: a byte to escape is found at every
// offset of a long run, and bytes just above the escaped ones pass through.
TEST(JsonString, EscapesAtEveryOffsetOfALongRun) {
  const std::pair<char, std::string> cases[] = {
      {'"', "\\\""}, {'\\', "\\\\"}, {'\n', "\\n"}, {'\x1f', "\\u001f"}, {'\0', "\\u0000"},
      {'!', "!"},     {'#', "#"},      {' ', " "},    {'[', "["},          {']', "]"}};
  for (const auto& [c, escaped] : cases)
    for (std::size_t at = 0; at < 21; ++at) {
      std::string s(21, 'x');
      s[at] = c;
      std::string expected = "\"";
      expected.append(at, 'x').append(escaped).append(20 - at, 'x').push_back('"');
      // Qualified: a std::string argument would find std::quoted too.
      EXPECT_EQ(write::quoted(s), expected) << int(c) << " at " << at;
    }
}

TEST(JsonString, PassesUtf8AndOtherBytesThrough) {
  EXPECT_EQ(quoted("€5 – “quoted” 日本"), "\"€5 – “quoted” 日本\"");
  EXPECT_EQ(quoted("del\x7f/slash"), "\"del\x7f/slash\"");
}

TEST(JsonString, InvalidUtf8BecomesTheReplacementCharacter) {
  // A file name need not be UTF-8; JSON text must be.
  EXPECT_EQ(quoted("news/\xff\xfe.txt"), "\"news/\xEF\xBF\xBD\xEF\xBF\xBD.txt\"");
  EXPECT_EQ(quoted("cut \xE2\x82 \"q\""), "\"cut \xEF\xBF\xBD \\\"q\\\"\"");
  EXPECT_EQ(quoted("\xED\xA0\x80"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\"");  // a surrogate, CESU-8
}

// The UTF-8 is checked in the escaping pass: an invalid byte found late, after escapes
// and valid sequences were written, gives the repaired string, and what the output held
// before the string stays.
TEST(JsonString, InvalidUtf8AtEveryOffsetAfterEscapesAndValidSequences) {
  for (std::size_t at = 0; at < 24; ++at) {
    std::string s = "\"\xE2\x82\xAC\n";  // a quote, a euro sign, a line feed
    s.append(at, 'x').append("\xff").append("\xC3\xA9");
    std::string out = "{\"k\":";
    append_json_string(out, s);
    std::string expected = "{\"k\":\"\\\"\xE2\x82\xAC\\n";
    expected.append(at, 'x').append("\xEF\xBF\xBD\xC3\xA9\"");
    EXPECT_EQ(out, expected) << "at " << at;
  }
}

}  // namespace
}  // namespace factsheet::write
