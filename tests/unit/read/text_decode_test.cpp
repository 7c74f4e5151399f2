#include "read/text_decode.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace factsheet::read {
namespace {

struct Recorder {
  std::vector<Diagnostic> seen;
  DiagnosticSink sink() {
    return [this](const Diagnostic& d) { seen.push_back(d); };
  }
};

TEST(TextDecode, ValidTextPassesUnchanged) {
  Recorder r;
  auto text = decode_text_file("Trade rose 5% – “a lot”.\n", "a.txt", r.sink());
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "Trade rose 5% – “a lot”.\n");
  EXPECT_TRUE(r.seen.empty());
}

TEST(TextDecode, StripsTheBom) {
  Recorder r;
  auto text = decode_text_file("\xEF\xBB\xBFHello", "a.txt", r.sink());
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "Hello");
  EXPECT_TRUE(r.seen.empty());
  std::string only_inner = "a\xEF\xBB\xBF";
  EXPECT_EQ(strip_bom(only_inner), 0u);
}

TEST(TextDecode, NulMeansBinary) {
  Recorder r;
  auto text = decode_text_file(std::string("PK\x03\x04\0\0rest", 10), "x.txt", r.sink());
  EXPECT_FALSE(text);
  ASSERT_EQ(r.seen.size(), 1u);
  EXPECT_EQ(r.seen[0].severity, Severity::error);
  EXPECT_EQ(r.seen[0].message, "x.txt: binary file (NUL byte at offset 4)");
}

TEST(TextDecode, InvalidUtf8IsRepairedWithAWarning) {
  Recorder r;
  DecodeOptions as_utf8;  // no guess: this is the repair
  as_utf8.encoding = "utf-8";
  auto text = decode_text("ab\xFF" "cd\xC3", "bad.txt", as_utf8, r.sink());
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  ASSERT_EQ(r.seen.size(), 1u);
  EXPECT_EQ(r.seen[0].severity, Severity::warning);
  EXPECT_EQ(r.seen[0].message,
            "bad.txt: invalid UTF-8 at byte 2 (2 sequences replaced with U+FFFD)");
}

TEST(TextDecode, OffsetCountsTheBom) {
  Recorder r;
  auto text = decode_text_file("\xEF\xBB\xBFx\x80", "b.txt", r.sink());
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "x\xEF\xBF\xBD");
  ASSERT_EQ(r.seen.size(), 1u);
  EXPECT_EQ(r.seen[0].message, "b.txt: invalid UTF-8 at byte 4 (1 sequence replaced with U+FFFD)");
}

TEST(TextDecode, EmptyInputIsEmptyText) {
  Recorder r;
  auto text = decode_text_file("", "e.txt", r.sink());
  ASSERT_TRUE(text);
  EXPECT_EQ(*text, "");
  EXPECT_TRUE(r.seen.empty());
}

}  // namespace
}  // namespace factsheet::read
