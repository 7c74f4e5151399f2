// The first pass over a long text gives the same plan however its bytes are cut into
// blocks (a pipe gives them in any sizes), and the plan is the whole reading's choice:
// UTF-8 as it is or repaired, decoded from UTF-16 or a legacy encoding, or whole.
#include "read/text_scan.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "read/encoding_evidence.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

using Way = TextPlan::Way;

TextPlan plan_in_blocks(const std::string& text, std::size_t block, const std::string& encoding = "") {
  TextScanner scanner(encoding);
  for (std::size_t at = 0; at < text.size(); at += block)
    if (!scanner.add(std::string_view(text).substr(at, block))) break;
  return scanner.finish();
}

void expect_same_plan(const TextPlan& got, const TextPlan& want) {
  EXPECT_EQ(got.way, want.way);
  EXPECT_EQ(got.utf8.bom, want.utf8.bom);
  EXPECT_EQ(got.utf8.replaced, want.utf8.replaced);
  EXPECT_EQ(got.utf8.first_invalid, want.utf8.first_invalid);
  EXPECT_EQ(got.encoding, want.encoding);
  EXPECT_EQ(got.skip, want.skip);
  EXPECT_EQ(got.announce, want.announce);
}

TextPlan expect_same_in_any_blocks(const std::string& text, const std::string& encoding = "") {
  TextPlan whole = plan_in_blocks(text, text.size() + 1, encoding);
  for (std::size_t block : {1, 2, 3, 4, 5, 7, 64}) {
    SCOPED_TRACE("blocks of " + std::to_string(block));
    expect_same_plan(plan_in_blocks(text, block, encoding), whole);
  }
  return whole;
}

TEST(TextScan, ValidTextIsReadAsItIs) {
  TextPlan plan = expect_same_in_any_blocks("Caf\xC3\xA9 sales rose 4% to \xE2\x82\xAC" "5 million \xF0\x9F\x93\x88.\n");
  EXPECT_EQ(plan.way, Way::utf8);
  EXPECT_EQ(plan.utf8.bom, 0u);
  EXPECT_EQ(plan.utf8.replaced, 0u);
}

TEST(TextScan, ABomIsFoundWhateverTheFirstBlock) {
  TextPlan plan = expect_same_in_any_blocks("\xEF\xBB\xBF" "Caf\xC3\xA9 prices \xE9 rose.");
  EXPECT_EQ(plan.way, Way::utf8);
  EXPECT_EQ(plan.utf8.bom, 3u);
  EXPECT_EQ(plan.utf8.replaced, 1u);
  EXPECT_EQ(plan.utf8.first_invalid, 16u);
}

TEST(TextScan, BadBytesAmongGoodSequencesAreRepaired) {
  TextPlan plan = expect_same_in_any_blocks("A \xC3\xA9 B \xE2\x82\xAC C \xE9 D \xC3\xA9 E \xE2\x82");
  EXPECT_EQ(plan.way, Way::utf8);
  EXPECT_EQ(plan.utf8.replaced, 2u);
  EXPECT_EQ(plan.utf8.first_invalid, 13u);
}

TEST(TextScan, ALegacyEncodingIsDecodedAsTheWholeReadingWould) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Les caf\xE9s de Z\xFCrich ont vendu 4% de plus, " + std::to_string(i) + " \x80.\n";
  TextPlan plan = expect_same_in_any_blocks(text);
  EXPECT_EQ(plan.way, Way::decode);
  EXPECT_TRUE(plan.announce);
  EXPECT_EQ(plan.skip, 0u);
  EXPECT_EQ(plan.encoding, choose_encoding(text));
  EXPECT_EQ(plan.encoding, "windows-1252");
}

TEST(TextScan, Utf16IsDecodedAfterItsBom) {
  for (auto [text, encoding] : {std::pair<std::string, std::string>{std::string("\xFF\xFEh\0i\0", 6), "utf-16le"},
                                {std::string("\xFE\xFF\0h\0i", 6), "utf-16be"},
                                {"\xFF\xFE", "utf-16le"}}) {
    SCOPED_TRACE(encoding);
    TextPlan plan = expect_same_in_any_blocks(text);
    EXPECT_EQ(plan.way, Way::decode);
    EXPECT_EQ(plan.encoding, encoding);
    EXPECT_EQ(plan.skip, 2u);
    EXPECT_TRUE(plan.announce);
  }
}

TEST(TextScan, NulBytesAreReadWhole) {
  EXPECT_EQ(expect_same_in_any_blocks(std::string("ab\0cd", 5)).way, Way::whole);
  EXPECT_EQ(expect_same_in_any_blocks(std::string("\0", 1)).way, Way::whole);
  // With an encoding given, a UTF-16 BOM decides nothing.
  EXPECT_EQ(expect_same_in_any_blocks(std::string("\xFF\xFEh\0i\0", 6), "utf-8").way, Way::whole);
}

TEST(TextScan, AnEncodingGivenIsDecodedWithoutAPass) {
  TextScanner scanner("iso-8859-15");
  EXPECT_FALSE(scanner.needed());
  TextPlan plan = scanner.finish();
  EXPECT_EQ(plan.way, Way::decode);
  EXPECT_EQ(plan.encoding, "iso-8859-15");
  EXPECT_FALSE(plan.announce);
  EXPECT_EQ(plan.skip, 0u);
}

TEST(TextScan, Utf8GivenRepairsWithoutGuessing) {
  TextPlan plan = expect_same_in_any_blocks("Caf\xE9 in Z\xFCrich", "UTF-8");
  EXPECT_EQ(plan.way, Way::utf8);
  EXPECT_EQ(plan.utf8.replaced, 2u);
  EXPECT_EQ(plan.utf8.first_invalid, 3u);
}

TEST(TextScan, ShortTexts) {
  for (std::string text : {"", "a", "ab", "\xEF\xBB", "\xC3", "\xEF\xBB\xBF"}) {
    SCOPED_TRACE(text);
    expect_same_in_any_blocks(text);
  }
  TextPlan bom = plan_in_blocks("\xEF\xBB\xBF", 1);
  EXPECT_EQ(bom.way, Way::utf8);
  EXPECT_EQ(bom.utf8.bom, 3u);
}

// The detector's sample as the whole reading took it, line by line.
std::string reference_sample(std::string_view bytes) {
  std::string sample;
  for (std::size_t start = 0; start < bytes.size() && sample.size() < 65536;) {
    std::size_t stop = bytes.find('\n', start);
    if (stop == std::string_view::npos) stop = bytes.size();
    std::string_view line = bytes.substr(start, stop - start);
    start = stop + 1;
    std::size_t high = 0;
    while (high < line.size() && static_cast<unsigned char>(line[high]) < 0x80) ++high;
    if (high == line.size()) continue;
    sample += line.substr(high > 256 ? high - 256 : 0, 4096);
    sample += '\n';
  }
  return sample;
}

TEST(EncodingEvidence, TheSampleInBlocksIsTheWholeTextsSample) {
  // Lines short and long (past 4 KB), with the first non-ASCII byte early and late (past
  // 256 bytes), and enough of them to fill the sample.
  std::mt19937 random(7);
  std::string text;
  while (text.size() < 400000) {
    std::size_t length = random() % 3 == 0 ? random() % 9000 : random() % 120;
    std::size_t high_at = random() % 2 == 0 ? length : random() % (length + 1);
    for (std::size_t i = 0; i < length; ++i)
      text += i == high_at || (i > high_at && random() % 50 == 0) ? static_cast<char>(0x80 + random() % 128)
                                                                  : static_cast<char>('a' + random() % 26);
    if (random() % 10 != 0) text += '\n';
  }
  std::string want = reference_sample(text);
  ASSERT_GE(want.size(), 65536u);
  for (std::size_t block : {1, 3, 100, 4096, 65536, 1000000}) {
    SCOPED_TRACE(block);
    EncodingEvidence e;
    for (std::size_t at = 0; at < text.size(); at += block) e.add(std::string_view(text).substr(at, block));
    e.finish();
    EXPECT_TRUE(e.sample() == want) << e.sample().size() << " bytes against " << want.size();
    EXPECT_EQ(e.high_bytes(), evidence_of(text).high_bytes());
  }
  // A text that does not fill it, ending without a line break.
  std::string small = text.substr(0, 30000);
  EXPECT_TRUE(evidence_of(small).sample() == reference_sample(small));
}

}  // namespace
}  // namespace factsheet::read
