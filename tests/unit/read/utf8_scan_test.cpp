// The first pass over a long text gives the same answer however its bytes are cut into
// blocks (a pipe gives them in any sizes), and refuses what must be read whole.
#include "read/utf8_scan.hpp"

#include <gtest/gtest.h>

#include <optional>
#include <string>

namespace factsheet::read {
namespace {

std::optional<Utf8Scan> scan_in_blocks(const std::string& text, std::size_t block) {
  Utf8Scanner scanner;
  for (std::size_t at = 0; at < text.size(); at += block)
    if (!scanner.add(std::string_view(text).substr(at, block))) return std::nullopt;
  return scanner.finish();
}

void expect_same_in_any_blocks(const std::string& text) {
  std::optional<Utf8Scan> whole = scan_in_blocks(text, text.size() + 1);
  for (std::size_t block : {1, 2, 3, 4, 5, 7, 64}) {
    SCOPED_TRACE("blocks of " + std::to_string(block));
    std::optional<Utf8Scan> got = scan_in_blocks(text, block);
    ASSERT_EQ(got.has_value(), whole.has_value());
    if (!got) continue;
    EXPECT_EQ(got->bom, whole->bom);
    EXPECT_EQ(got->replaced, whole->replaced);
    EXPECT_EQ(got->first_invalid, whole->first_invalid);
  }
}

TEST(Utf8Scan, ValidTextNeedsNoRepair) {
  std::string text = "Caf\xC3\xA9 sales rose 4% to \xE2\x82\xAC" "5 million \xF0\x9F\x93\x88.\n";
  auto scan = scan_in_blocks(text, 3);
  ASSERT_TRUE(scan);
  EXPECT_EQ(scan->bom, 0u);
  EXPECT_EQ(scan->replaced, 0u);
  expect_same_in_any_blocks(text);
}

TEST(Utf8Scan, ABomIsFoundWhateverTheFirstBlock) {
  std::string text = "\xEF\xBB\xBF" "Caf\xC3\xA9 prices \xE9 rose.";
  auto scan = scan_in_blocks(text, 1);
  ASSERT_TRUE(scan);
  EXPECT_EQ(scan->bom, 3u);
  EXPECT_EQ(scan->replaced, 1u);
  EXPECT_EQ(scan->first_invalid, 16u);
  expect_same_in_any_blocks(text);
}

TEST(Utf8Scan, BadBytesAmongGoodSequencesAreRepaired) {
  std::string text = "A \xC3\xA9 B \xE2\x82\xAC C \xE9 D \xC3\xA9 E \xE2\x82";
  auto scan = scan_in_blocks(text, 2);
  ASSERT_TRUE(scan);
  EXPECT_EQ(scan->replaced, 2u);
  EXPECT_EQ(scan->first_invalid, 13u);
  expect_same_in_any_blocks(text);
}

TEST(Utf8Scan, ALegacyEncodingIsReadWhole) {
  EXPECT_FALSE(scan_in_blocks("Caf\xE9 in Z\xFCrich", 1));
  expect_same_in_any_blocks("Caf\xE9 in Z\xFCrich");
}

TEST(Utf8Scan, NulBytesAndUtf16AreReadWhole) {
  EXPECT_FALSE(scan_in_blocks(std::string("ab\0cd", 5), 1));
  EXPECT_FALSE(scan_in_blocks("\xFF\xFEh\0i\0", 1));
  EXPECT_FALSE(scan_in_blocks("\xFE\xFF\0h\0i", 4));
  EXPECT_FALSE(scan_in_blocks("\xFF\xFE", 1));  // a BOM alone
}

TEST(Utf8Scan, ShortTexts) {
  for (std::string text : {"", "a", "ab", "\xEF\xBB", "\xC3", "\xEF\xBB\xBF"}) {
    SCOPED_TRACE(text);
    expect_same_in_any_blocks(text);
  }
  auto cut = scan_in_blocks("\xC3", 1);  // a sequence cut short, no good one: a guess
  EXPECT_FALSE(cut);
  auto bom = scan_in_blocks("\xEF\xBB\xBF", 1);
  ASSERT_TRUE(bom);
  EXPECT_EQ(bom->bom, 3u);
}

}  // namespace
}  // namespace factsheet::read
