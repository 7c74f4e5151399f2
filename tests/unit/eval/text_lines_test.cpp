#include "eval/text_lines.hpp"

#include <gtest/gtest.h>

namespace factsheet::eval {
namespace {

TEST(TextLines, SplitsOnNewlinesLikePython) {
  TextLines lines("first\nsecond\n");
  ASSERT_EQ(lines.count(), 3u);  // "first\nsecond\n".split("\n") has an empty last line
  EXPECT_EQ(lines.line(1), "first");
  EXPECT_EQ(lines.line(2), "second");
  EXPECT_EQ(lines.line(3), "");
  EXPECT_EQ(lines.start(2), 6u);
}

TEST(TextLines, KeepsCarriageReturns) {
  TextLines lines("a\r\nb");
  EXPECT_EQ(lines.line(1), "a\r");
}

TEST(TextLines, MapsOffsetsToLines) {
  TextLines lines("ab\ncd");
  EXPECT_EQ(lines.line_of(0), 1u);
  EXPECT_EQ(lines.line_of(2), 1u);  // the '\n' ends line 1
  EXPECT_EQ(lines.line_of(3), 2u);
  EXPECT_EQ(lines.line_of(5), 2u);  // end of text
}

TEST(TextLines, ColumnsCountCodePoints) {
  std::string text = "x\n\xC3\xA9t\xC3\xA9 5";  // "été 5" on line 2
  TextLines lines(text);
  Position p = lines.position(text.find('5'));
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 5u);
  EXPECT_EQ(lines.position(0).column, 1u);
}

TEST(TextLines, EmptyText) {
  TextLines lines("");
  EXPECT_EQ(lines.count(), 1u);
  EXPECT_EQ(lines.line(1), "");
  EXPECT_EQ(lines.line_of(0), 1u);
}

}  // namespace
}  // namespace factsheet::eval
