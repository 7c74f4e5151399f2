#include "read/html_charset.hpp"

#include <gtest/gtest.h>

#include "read/html_page.hpp"

namespace factsheet::read {
namespace {

TEST(HtmlCharset, DeclaredCharset) {
  EXPECT_EQ(declared_charset("<meta charset=\"ISO-8859-1\">"), "iso-8859-1");
  EXPECT_EQ(declared_charset("<meta http-equiv=Content-Type content='text/html; charset=windows-1252'>"),
            "windows-1252");
  EXPECT_EQ(declared_charset("<meta charset = utf-8 >"), "utf-8");
  EXPECT_EQ(declared_charset("<p>no charset here</p>"), "");
  EXPECT_EQ(declared_charset("<p>charset without a value</p>"), "");
  EXPECT_EQ(declared_charset(std::string(1100, ' ') + "<meta charset=latin1>"), "");  // too late
}

TEST(HtmlCharset, Windows1252Labels) {
  EXPECT_TRUE(is_windows_1252("latin1"));
  EXPECT_TRUE(is_windows_1252("us-ascii"));
  EXPECT_TRUE(is_windows_1252("windows-1252"));
  EXPECT_FALSE(is_windows_1252("utf-8"));
  EXPECT_FALSE(is_windows_1252("iso-8859-2"));
}

TEST(HtmlCharset, Transcoding) {
  EXPECT_EQ(windows_1252_to_utf8("\xA3" "5m, \x80" "3, caf\xE9 \x93q\x94 \x81"),
            "\xC2\xA3" "5m, \xE2\x82\xAC" "3, caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xC2\x81");
}

TEST(HtmlCharset, DeclaredLatin1PageIsTranscodedWithoutWarning) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<meta charset=iso-8859-1><p>Costs of \xA3" "5m</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Costs of \xC2\xA3" "5m\n");
  EXPECT_TRUE(seen.empty());
}

TEST(HtmlCharset, Utf8PageDeclaredLatin1StaysUtf8) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<meta charset=iso-8859-1><p>\xC2\xA3" "5m</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "\xC2\xA3" "5m\n");
  EXPECT_TRUE(seen.empty());
}

TEST(HtmlCharset, UndeclaredLegacyPageIsDetected) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<p>Costs of \xA3" "5m</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Costs of \xC2\xA3" "5m\n");
  EXPECT_EQ(seen, std::vector<std::string>{"p.html: read as windows-1252"});
}

TEST(HtmlCharset, UndeclaredMostlyUtf8PageIsRepaired) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<p>Caf\xC3\xA9 \xA3" "5m</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Caf\xC3\xA9 \xEF\xBF\xBD" "5m\n");
  EXPECT_EQ(seen, std::vector<std::string>{
                      "p.html: invalid UTF-8 at byte 9 (1 sequence replaced with U+FFFD)"});
}

TEST(HtmlCharset, DeclaredCharsetBeatsTheGuess) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<meta charset=shift_jis><p>\x89\xAD\x89\x7E</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "億円\n");
  EXPECT_TRUE(seen.empty());
}

TEST(HtmlCharset, DeclaredUtf16IsIgnored) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<meta charset=utf-16><p>Costs of \xA3" "5m</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); });
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "Costs of \xC2\xA3" "5m\n");
  EXPECT_EQ(seen, std::vector<std::string>{"p.html: read as windows-1252"});
}

TEST(HtmlCharset, GivenEncodingBeatsTheDeclaredOne) {
  std::vector<std::string> seen;
  auto doc = read_html_document("<meta charset=shift_jis><p>\xA4" "5</p>", "p.html",
                                [&](const Diagnostic& d) { seen.push_back(d.message); }, "iso-8859-15");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->text, "\xE2\x82\xAC" "5\n");
  EXPECT_TRUE(seen.empty());
}

}  // namespace
}  // namespace factsheet::read
