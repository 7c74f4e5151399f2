#include "read/pdf_lines.hpp"

#include <gtest/gtest.h>

namespace factsheet::read {
namespace {

TEST(PdfLines, HyphenationBetweenLowerCaseLettersIsUndone) {
  EXPECT_EQ(reflow_pdf_page("The report recom-\nmended more spending.\n"),
            "The report recommended more spending.\n");
  EXPECT_EQ(reflow_pdf_page("re\xE2\x80\x90\nview\n"), "review\n");  // U+2010 hyphen
  EXPECT_EQ(reflow_pdf_page("mil\xC2\xAD\nlion\n"), "million\n");      // soft hyphen
}

TEST(PdfLines, HyphenAfterDigitOrCapitalStays) {
  EXPECT_EQ(reflow_pdf_page("a 5-\nyear plan\n"), "a 5-year plan\n");
  EXPECT_EQ(reflow_pdf_page("COVID-\n19 cases\n"), "COVID-19 cases\n");
  EXPECT_EQ(reflow_pdf_page("2019-\n2020\n"), "2019-2020\n");
}

TEST(PdfLines, DashAfterASpaceIsNoHyphenation) {
  EXPECT_EQ(reflow_pdf_page("Exports -\nImports\n"), "Exports -\nImports\n");
}

TEST(PdfLines, BrokenSentenceLinesAreJoined) {
  EXPECT_EQ(reflow_pdf_page("Exports rose 5% to\n41 billion dollars in\nthe year to March.\n"),
            "Exports rose 5% to 41 billion dollars in the year to March.\n");
}

TEST(PdfLines, SentenceGoingOnAfterALowerCaseWordOrComma) {
  EXPECT_EQ(reflow_pdf_page("rising 20% to 16 billion\nUS dollars.\n"),
            "rising 20% to 16 billion US dollars.\n");
  EXPECT_EQ(reflow_pdf_page("Exports, rising\n16% to 87 billion.\n"), "Exports, rising 16% to 87 billion.\n");
  EXPECT_EQ(reflow_pdf_page("growth of 3% in\nMay and later.\n"), "growth of 3% in May and later.\n");
  EXPECT_EQ(reflow_pdf_page("Paris,\nLondon and Rome.\n"), "Paris, London and Rome.\n");
}

TEST(PdfLines, SentenceEndHeadingsAndFiguresKeepTheBreak) {
  EXPECT_EQ(reflow_pdf_page("Prices rose.\nthen fell\n"), "Prices rose.\nthen fell\n");
  EXPECT_EQ(reflow_pdf_page("He said \"no.\"\nand left\n"), "He said \"no.\"\nand left\n");
  EXPECT_EQ(reflow_pdf_page("Table 3\nExports 41\nImports 38\n"), "Table 3\nExports 41\nImports 38\n");
  EXPECT_EQ(reflow_pdf_page("1. Outlook\nThe ministry expects more.\n"),
            "1. Outlook\nThe ministry expects more.\n");
  // A column of figures: "12" + "500" must not become one number.
  EXPECT_EQ(reflow_pdf_page("2023\n12\n500\n"), "2023\n12\n500\n");
  EXPECT_EQ(reflow_pdf_page("Figures include:\nExports\nImports\n"),
            "Figures include:\nExports\nImports\n");
}

TEST(PdfLines, ListItemsStayOnTheirOwnLines) {
  EXPECT_EQ(reflow_pdf_page("Spending went to\n\xE2\x80\xA2 roads\n- bridges\n"),
            "Spending went to\n\xE2\x80\xA2 roads\n- bridges\n");
}

TEST(PdfLines, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(reflow_pdf_page("First ends without a stop\n\nsecond starts lower\n\n\n"),
            "First ends without a stop\nsecond starts lower\n");
}

TEST(PdfLines, LinesAreTrimmedAndBreaksUnified) {
  EXPECT_EQ(reflow_pdf_page("  One  \r\n\tTwo.\rThree\f"), "One\nTwo.\nThree\n");
}

TEST(PdfLines, LigaturesBecomeLetters) {
  EXPECT_EQ(reflow_pdf_page("\xEF\xAC\x81nal e\xEF\xAC\x83" "cient \xEF\xAC\x82ow\n"),
            "final efficient flow\n");
}

TEST(PdfLines, NonAsciiLowerCaseContinues) {
  EXPECT_EQ(reflow_pdf_page("in the\n\xC3\xA9tude\n"), "in the \xC3\xA9tude\n");
}

TEST(PdfLines, EmptyPage) {
  EXPECT_EQ(reflow_pdf_page(""), "");
  EXPECT_EQ(reflow_pdf_page("\n\n \f"), "");
}

}  // namespace
}  // namespace factsheet::read
