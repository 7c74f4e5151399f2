#include "text/chars.hpp"

#include <gtest/gtest.h>

#include <cctype>
#include <clocale>

namespace factsheet::text {
namespace {

// Every byte is classed as the C locale classes it, except that bytes of UTF-8
// multi-byte characters are never letters or digits.
TEST(Chars, AgreeWithTheCLocaleOnEveryByte) {
  ASSERT_NE(std::setlocale(LC_CTYPE, "C"), nullptr);
  for (int b = 0; b < 256; ++b) {
    char c = static_cast<char>(b);
    bool ascii = b < 0x80;
    EXPECT_EQ(is_upper(c), ascii && std::isupper(b) != 0) << b;
    EXPECT_EQ(is_lower(c), ascii && std::islower(b) != 0) << b;
    EXPECT_EQ(is_alpha(c), ascii && std::isalpha(b) != 0) << b;
    EXPECT_EQ(is_digit(c), ascii && std::isdigit(b) != 0) << b;
    EXPECT_EQ(is_alnum(c), ascii && std::isalnum(b) != 0) << b;
    EXPECT_EQ(to_lower(c), ascii ? static_cast<char>(std::tolower(b)) : c) << b;
  }
}

TEST(Chars, Utf8ContinuationBytes) {
  // "é" is C3 A9, "€" E2 82 AC: only the bytes after the first continue a character.
  std::string_view euro = "\xE2\x82\xAC";
  EXPECT_FALSE(is_utf8_continuation(euro[0]));
  EXPECT_TRUE(is_utf8_continuation(euro[1]));
  EXPECT_TRUE(is_utf8_continuation(euro[2]));
  EXPECT_FALSE(is_utf8_continuation('\xC3'));
  EXPECT_TRUE(is_utf8_continuation('\xA9'));
  EXPECT_FALSE(is_utf8_continuation('a'));
  int continuation = 0;
  for (int b = 0; b < 256; ++b) continuation += is_utf8_continuation(static_cast<char>(b));
  EXPECT_EQ(continuation, 64);  // 0x80..0xBF
}

TEST(Chars, LettersDigitsAndApostrophes) {
  EXPECT_EQ(letter_length("a", 0), 1u);
  EXPECT_EQ(letter_length("Z", 0), 1u);
  EXPECT_EQ(letter_length("7", 0), 0u);
  EXPECT_EQ(letter_length("-", 0), 0u);
  EXPECT_EQ(letter_length("\xC3\xA9", 0), 2u);      // é (Latin-1)
  EXPECT_EQ(letter_length("\xCE\xB1", 0), 2u);      // α (Greek)
  EXPECT_EQ(letter_length("\xD0\x96", 0), 2u);      // Ж (Cyrillic)
  EXPECT_EQ(letter_length("\xC2\xA3", 0), 0u);      // £ is a symbol
  EXPECT_EQ(letter_length("\xE2\x82\xAC", 0), 0u);  // € too
  EXPECT_EQ(letter_length("\xC3", 0), 0u);          // a lead byte cut off
  EXPECT_TRUE(has_digit("Q4"));
  EXPECT_FALSE(has_digit("four"));
  EXPECT_EQ(apostrophe_length("'s", 0), 1u);
  EXPECT_EQ(apostrophe_length("\xE2\x80\x99s", 0), 3u);  // ’
  EXPECT_TRUE(right_quote_at("x\xE2\x80\x99", 1));
  EXPECT_EQ(apostrophe_length("\xE2\x80\x9C", 0), 0u);  // “ is no apostrophe
}

TEST(Chars, Possessives) {
  EXPECT_EQ(possessive_length("Kazakhstan's"), 2u);
  EXPECT_EQ(possessive_length("China\xE2\x80\x99s"), 4u);
  EXPECT_EQ(possessive_length("sales"), 0u);
  EXPECT_EQ(without_possessive("Kazakhstan's"), "Kazakhstan");
  EXPECT_EQ(without_possessive("China\xE2\x80\x99s"), "China");
  EXPECT_EQ(without_possessive("Sony'"), "Sony");
  EXPECT_EQ(without_possessive("students\xE2\x80\x99"), "students");
  EXPECT_EQ(without_possessive("'s"), "'s");  // only the ending: kept
  EXPECT_EQ(without_possessive("sales"), "sales");
}

}  // namespace
}  // namespace factsheet::text
