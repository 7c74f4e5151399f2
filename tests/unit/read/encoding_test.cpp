// Legacy encodings: detection, transcoding, the mixed-UTF-8 repair and the
// warnings (read/encoding.hpp, read/text_decode.hpp).
#include "read/encoding.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

struct Decoded {
  std::optional<std::string> text;
  std::vector<std::string> warnings;
  std::vector<std::string> errors;
};

Decoded decode(const std::string& bytes, const std::string& encoding = {}) {
  Decoded d;
  DecodeOptions options;
  options.encoding = encoding;
  d.text = decode_text(bytes, "in.txt", options, [&](const Diagnostic& diag) {
    (diag.severity == Severity::warning ? d.warnings : d.errors).push_back(diag.message);
  });
  return d;
}

using Strings = std::vector<std::string>;

TEST(Encoding, Windows1252PoundIsDetected) {
  Decoded d = decode("Profits rose to \xA3" "155m last year.\n");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "Profits rose to \xC2\xA3" "155m last year.\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as windows-1252"});
}

TEST(Encoding, Windows1252CurlyQuotesAndDashAreDetected) {
  Decoded d = decode("The firm said \x93profits\x94 rose \x96 to \xA3" "155m.\n");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "The firm said \xE2\x80\x9Cprofits\xE2\x80\x9D rose \xE2\x80\x93 to \xC2\xA3" "155m.\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as windows-1252"});
}

TEST(Encoding, LegacyLineAfterMuchAsciiIsDetected) {
  // The detector reads only lines with non-ASCII bytes, wherever they are.
  std::string text;
  while (text.size() < 200000) text += "Shares closed 2% higher on Friday in quiet trading.\n";
  Decoded d = decode(text + "Profits rose to \xA3" "155m.\n");
  ASSERT_TRUE(d.text);
  EXPECT_TRUE(d.text->ends_with("Profits rose to \xC2\xA3" "155m.\n"));
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as windows-1252"});
}

TEST(Encoding, Iso885915EuroIsDetected) {
  // 0xA4 is the euro sign in ISO-8859-15 and a bare currency sign in ISO-8859-1.
  Decoded d = decode("Der Preis f\xFCr \xD6l stieg um 5 \xA4 auf 100 \xA4 pro Tonne.\n");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "Der Preis f\xC3\xBCr \xC3\x96l stieg um 5 \xE2\x82\xAC auf 100 \xE2\x82\xAC pro Tonne.\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as iso-8859-15"});
}

TEST(Encoding, Iso885915EuroWithTheEncodingGiven) {
  Decoded d = decode("Costs: 5 \xA4.\n", "iso-8859-15");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "Costs: 5 \xE2\x82\xAC.\n");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(Encoding, Utf16LittleEndianWithBom) {
  // "£5m\n" in UTF-16LE after the BOM FF FE.
  Decoded d = decode(std::string("\xFF\xFE\xA3\x00" "5\x00m\x00\n\x00", 10));
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "\xC2\xA3" "5m\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as utf-16le"});
  EXPECT_TRUE(d.errors.empty());
}

TEST(Encoding, Utf16BigEndianWithBom) {
  Decoded d = decode(std::string("\xFE\xFF\x00" "5\x20\xAC", 6));
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "5\xE2\x82\xAC");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as utf-16be"});
}

TEST(Encoding, AnUndecodableUtf16UnitIsReplacedWhole) {
  // "5%", a lone low surrogate (DC00), "7%": the unit is skipped whole, so "7%" still reads
  // (skipping one byte of it misaligned all that followed).
  for (auto [bytes, name] : {std::pair<std::string, std::string>{std::string("\xFF\xFE" "5\x00%\x00\x00\xDC" "7\x00%\x00", 12),
                                                                 "utf-16le"},
                             {std::string("\xFE\xFF\x00" "5\x00%\xDC\x00\x00" "7\x00%", 12), "utf-16be"}}) {
    SCOPED_TRACE(name);
    Decoded d = decode(bytes);
    ASSERT_TRUE(d.text);
    EXPECT_EQ(*d.text, "5%\xEF\xBF\xBD" "7%");
    EXPECT_EQ(d.warnings, (Strings{"in.txt: read as " + name,
                                   "in.txt: invalid " + name + " at byte 6 (2 bytes replaced with U+FFFD)"}));
  }
  // The same through the Transcoder one byte at a time, and for UTF-32.
  Transcoder t("UTF-16LE");
  std::string out, in("5\x00\x00\xDC" "7\x00", 6);
  for (char c : in) t.feed(std::string_view(&c, 1), false, out);
  t.feed({}, true, out);
  EXPECT_EQ(out, "5\xEF\xBF\xBD" "7");
  EXPECT_EQ(t.replaced(), 2u);
  Transcoded wide = transcode_to_utf8(std::string("5\0\0\0\x00\xD8\0\0" "7\0\0\0", 12), "utf-32le");
  EXPECT_EQ(wide.text, "5\xEF\xBF\xBD" "7");
  EXPECT_EQ(wide.replaced, 4u);
}

TEST(Encoding, ShiftJisIsDetected) {
  // 日本の経済は100億円です。売上高は前年比5%増加しました。
  const std::string sjis =
      "\x93\xFA\x96\x7B\x82\xCC\x8C\x6F\x8D\xCF\x82\xCD" "100" "\x89\xAD\x89\x7E\x82\xC5\x82\xB7\x81\x42"
      "\x94\x84\x8F\xE3\x8D\x82\x82\xCD\x91\x4F\x94\x4E\x94\xE4" "5%" "\x91\x9D\x89\xC1\x82\xB5\x82\xDC"
      "\x82\xB5\x82\xBD\x81\x42";
  Decoded d = decode(sjis);
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "日本の経済は100億円です。売上高は前年比5%増加しました。");
  EXPECT_EQ(d.warnings, Strings{"in.txt: read as shift_jis"});
}

TEST(Encoding, ShiftJisWithTheEncodingGiven) {
  Decoded d = decode("\x89\xAD\x89\x7E", "shift_jis");  // 億円
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "億円");
  EXPECT_TRUE(d.warnings.empty());
}

TEST(Encoding, MostlyUtf8WithOneBadByteIsRepaired) {
  Decoded d = decode("Caf\xC3\xA9 prices rose \xE2\x80\x9Csharply\xE2\x80\x9D to \xA3" "5.\n");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "Caf\xC3\xA9 prices rose \xE2\x80\x9Csharply\xE2\x80\x9D to \xEF\xBF\xBD" "5.\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: invalid UTF-8 at byte 35 (1 sequence replaced with U+FFFD)"});
}

TEST(Encoding, ValidUtf8IsUntouched) {
  const std::string text = "Trade rose 5% \xE2\x80\x93 \xC2\xA3" "3bn, \xE2\x82\xAC" "2bn, 億円.\n";
  Decoded d = decode(text);
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, text);
  EXPECT_TRUE(d.warnings.empty());
}

TEST(Encoding, Utf8GivenMeansRepair) {
  Decoded d = decode("Profits rose to \xA3" "155m.\n", "utf-8");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "Profits rose to \xEF\xBF\xBD" "155m.\n");
  EXPECT_EQ(d.warnings, Strings{"in.txt: invalid UTF-8 at byte 16 (1 sequence replaced with U+FFFD)"});
}

TEST(Encoding, GivenEncodingWinsOverValidUtf8) {
  Decoded d = decode("\xC2\xA3", "latin1");  // the user said so: two Latin-1 characters
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "\xC3\x82\xC2\xA3");
}

TEST(Encoding, UndecodableBytesOfTheGivenEncodingAreReplaced) {
  Decoded d = decode("ab\xFF" "c", "shift_jis");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "ab\xEF\xBF\xBD" "c");
  EXPECT_EQ(d.warnings, Strings{"in.txt: invalid shift_jis at byte 2 (1 byte replaced with U+FFFD)"});
}

TEST(Encoding, Utf16GivenWithoutBomIsNotBinary) {
  Decoded d = decode(std::string("5\x00%\x00", 4), "utf-16le");
  ASSERT_TRUE(d.text);
  EXPECT_EQ(*d.text, "5%");
  EXPECT_TRUE(d.errors.empty());
}

TEST(Encoding, NulAfterDecodingIsBinary) {
  Decoded d = decode(std::string("a\x00", 2), "latin1");
  EXPECT_FALSE(d.text);
  EXPECT_EQ(d.errors, Strings{"in.txt: binary file (NUL byte at offset 1)"});
}

TEST(Encoding, NamesKnownToIconv) {
  EXPECT_TRUE(encoding_known("windows-1252"));
  EXPECT_TRUE(encoding_known("latin1"));
  EXPECT_TRUE(encoding_known("UTF-16LE"));
  EXPECT_TRUE(encoding_known("shift_jis"));
  EXPECT_FALSE(encoding_known("klingon-8"));
  EXPECT_FALSE(encoding_known(""));
  EXPECT_FALSE(encoding_known("latin1//TRANSLIT"));
  EXPECT_TRUE(is_utf8_name("UTF_8"));
  EXPECT_FALSE(is_utf8_name("utf-16"));
  EXPECT_TRUE(ascii_compatible("windows-1252"));
  EXPECT_TRUE(ascii_compatible("shift_jis"));
  EXPECT_FALSE(ascii_compatible("utf-16le"));
}

}  // namespace
}  // namespace factsheet::read
