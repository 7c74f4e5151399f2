#include "write/xlsx_limits.hpp"

#include <gtest/gtest.h>

namespace factsheet::write {
namespace {

TEST(CellText, OrdinaryTextIsUnchanged) {
  EXPECT_EQ(cell_text("=cmd|' /C calc'!A0"), "=cmd|' /C calc'!A0");
  EXPECT_EQ(cell_text("€ 5 “x”\ttab\nline"), "€ 5 “x”\ttab\nline");
  EXPECT_EQ(cell_text(""), "");
  EXPECT_FALSE(cell_text_is_cut("short"));
}

TEST(CellText, RepairsWhatExcelWouldMisread) {
  EXPECT_EQ(cell_text("a\xFF" "b"), "a\xEF\xBF\xBD" "b");             // invalid byte
  EXPECT_EQ(cell_text("a\xE2\x82"), "a\xEF\xBF\xBD\xEF\xBF\xBD");    // cut sequence
  EXPECT_EQ(cell_text("\xEF\xBF\xBF"), "\xEF\xBF\xBD");              // U+FFFF
  EXPECT_EQ(cell_text("id_x0041_z"), "id_x005F_x0041_z");             // would read as "idAz"
  EXPECT_EQ(cell_text("_x12_ and _xZZZZ_"), "_x12_ and _xZZZZ_");
}

TEST(CellText, OnlyCharactersXmlAllows) {
  // XML 1.0 has no C0 controls but tab, newline and carriage return: the others would
  // make a part of the workbook that no reader opens.
  std::string all, expected;
  for (int c = 1; c < 0x20; ++c) {
    all += static_cast<char>(c);
    expected += c == '\t' || c == '\n' || c == '\r' ? std::string(1, static_cast<char>(c)) : "\xEF\xBF\xBD";
  }
  EXPECT_EQ(cell_text("a" + all + "b"), "a" + expected + "b");
  EXPECT_EQ(cell_text(std::string("nul\0here", 8)), "nul\xEF\xBF\xBDhere");
  EXPECT_EQ(cell_text("\xEF\xBF\xBE"), "\xEF\xBF\xBD");          // U+FFFE
  EXPECT_EQ(cell_text("\xED\xA0\xBD\xED\xB8\x80"),               // a surrogate pair in CESU-8
            "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
  EXPECT_EQ(cell_text("del \x7f and C1 \xC2\x85 stay"), "del \x7f and C1 \xC2\x85 stay");
}

TEST(XmlText, TheCellRepairsWithoutEscapesOrLimit) {
  EXPECT_EQ(xml_text("Largest (\x02US\x0b\xFF)\t\n"), "Largest (\xEF\xBF\xBDUS\xEF\xBF\xBD\xEF\xBF\xBD)\t\n");
  EXPECT_EQ(xml_text("id_x0041_z"), "id_x0041_z");
  EXPECT_EQ(xml_text(std::string(40000, 'a')).size(), 40000u);
  EXPECT_EQ(xml_text("\xEF\xBF\xBF\xEF\xBF\xBD"), "\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST(CellText, LongTextIsCutWithTheMarker) {
  std::size_t marker = display_length(kCutMarker);
  std::size_t limit = marker + 10;
  std::string text(limit, 'x');
  EXPECT_EQ(cell_text(text, limit), text);  // exactly at the limit: kept
  text += 'y';
  std::string cut = cell_text(text, limit);
  EXPECT_TRUE(cell_text_is_cut(text, limit));
  EXPECT_EQ(cut, std::string(10, 'x') + std::string(kCutMarker));
  EXPECT_EQ(display_length(cut), limit);
}

TEST(CellText, CutsOnCharacterBoundariesCountingUtf16) {
  std::size_t marker = display_length(kCutMarker);
  // "😀" is two UTF-16 units: four of them fill 8 of the 9 units left, the fifth does not fit.
  std::string smileys;
  for (int i = 0; i < 40; ++i) smileys += "\xF0\x9F\x98\x80";
  std::string cut = cell_text(smileys, marker + 9);
  std::string four;
  for (int i = 0; i < 4; ++i) four += "\xF0\x9F\x98\x80";
  EXPECT_EQ(cut, four + std::string(kCutMarker));
}

TEST(CellText, TheRealLimit) {
  std::string text(kMaxCellChars + 5, 'a');
  std::string cut = cell_text(text);
  EXPECT_EQ(display_length(cut), kMaxCellChars);
  EXPECT_EQ(cut.substr(cut.size() - kCutMarker.size()), kCutMarker);
}

TEST(SheetName, SeriesAndExcelRules) {
  EXPECT_EQ(sheet_name("Figures", 1), "Figures");
  EXPECT_EQ(sheet_name("Figures", 2), "Figures (2)");
  EXPECT_EQ(sheet_name("Figures", 12), "Figures (12)");
  EXPECT_EQ(sheet_name("A very long sheet name that goes on and on", 1).size(), kMaxSheetName);
  std::string long_series = sheet_name("A very long sheet name that goes on and on", 3);
  EXPECT_EQ(long_series.size(), kMaxSheetName);
  EXPECT_EQ(long_series.substr(long_series.size() - 4), " (3)");
  EXPECT_EQ(sheet_name("a/b[c]:d*e?f\\g", 1), "a_b_c__d_e_f_g");
  EXPECT_EQ(sheet_name("'quoted'", 1), "_quoted_");
  EXPECT_EQ(sheet_name("", 1), "Sheet");
  EXPECT_EQ(sheet_name("tab\tnl\ncr\r\x01\x0b\xFF\xEF\xBF\xBE", 1), "tab_nl_cr_____");
}

TEST(CellReference, QuotesTheSheetAndNamesTheColumn) {
  EXPECT_EQ(cell_reference("Sources", 4), "'Sources'!A5");
  EXPECT_EQ(cell_reference("Figures (2)", 0, 27), "'Figures (2)'!AB1");
  EXPECT_EQ(cell_reference("it's", 9, 25), "'it''s'!Z10");
}

TEST(CellName, ColumnsPastZAndRowsAreOneBased) {
  EXPECT_EQ(cell_name(0, 0), "A1");
  EXPECT_EQ(cell_name(1, 22), "W2");
  EXPECT_EQ(cell_name(9, 25), "Z10");
  EXPECT_EQ(cell_name(0, 26), "AA1");
  EXPECT_EQ(cell_name(0, 701), "ZZ1");
  EXPECT_EQ(cell_name(1048575, 16383), "XFD1048576");
}

}  // namespace
}  // namespace factsheet::write
