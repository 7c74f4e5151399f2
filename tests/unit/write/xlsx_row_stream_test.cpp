#include "write/xlsx_row_stream.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <stdexcept>
#include <string>

#include "write/xlsx_splice.hpp"

namespace factsheet::write {
namespace {

std::string inflate_flushed(const std::string& compressed) {
  std::string stream = compressed + deflate_end();
  z_stream z{};
  EXPECT_EQ(inflateInit2(&z, -MAX_WBITS), Z_OK);
  std::string out(stream.size() * 20 + 1024, '\0');
  z.next_in = reinterpret_cast<Bytef*>(stream.data());
  z.avail_in = static_cast<uInt>(stream.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&z, Z_FINISH), Z_STREAM_END);
  out.resize(out.size() - z.avail_out);
  inflateEnd(&z);
  return out;
}

std::string rows_xml(StreamedRows& rows) {
  rows.finish();
  std::string compressed;
  rows.copy_compressed([&](std::string_view b) { compressed += b; });
  return inflate_flushed(compressed);
}

TEST(StreamedRows, CellsAsLibxlsxwriterWritesThemInConstantMemoryMode) {
  StreamedRows rows("", 1);
  rows.height(1, 30);
  rows.text(1, 0, "1000 tonnes", 3);
  rows.number(1, 1, 1000, 4);
  rows.number(1, 8, 1e6, 5);
  rows.text(1, 16, "Sales <rose> & \"fell\"", 6);
  rows.text(2, 0, " padded", 3);
  rows.number(2, 1, 0.05, 0);
  EXPECT_EQ(rows_xml(rows),
            "<row r=\"2\" ht=\"30\" customHeight=\"1\">"
            "<c r=\"A2\" s=\"3\" t=\"inlineStr\"><is><t>1000 tonnes</t></is></c>"
            "<c r=\"B2\" s=\"4\"><v>1000</v></c>"
            "<c r=\"I2\" s=\"5\"><v>1000000</v></c>"
            "<c r=\"Q2\" s=\"6\" t=\"inlineStr\"><is><t>Sales &lt;rose&gt; &amp; \"fell\"</t></is></c></row>"
            "<row r=\"3\"><c r=\"A3\" s=\"3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> padded</t></is></c>"
            "<c r=\"B3\"><v>0.05</v></c></row>");
  EXPECT_EQ(rows.last_row(), 2u);
  EXPECT_EQ(rows.sum().size, rows_xml(rows).size());
}

TEST(StreamedRows, NumbersReadBackExactly) {
  StreamedRows rows("", 0);
  const double values[] = {0.1 + 0.2, 1e-9, 123456789012345678.0, -2.5e300, 41e9, 0};
  for (std::uint32_t i = 0; i < std::size(values); ++i) rows.number(i + 1, 0, values[i], 0);
  std::string xml = rows_xml(rows);
  std::size_t at = 0;
  for (double v : values) {
    at = xml.find("<v>", at) + 3;
    std::string shown = xml.substr(at, xml.find("</v>", at) - at);
    EXPECT_EQ(std::stod(shown), v) << shown;
  }
  EXPECT_NE(xml.find("<v>0.30000000000000004</v>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<v>41000000000</v>"), std::string::npos) << xml;
  EXPECT_NE(xml.find("<v>1e-09</v>"), std::string::npos) << xml;
}

TEST(StreamedRows, RowsMustIncreaseAndComeAfterTheSheetsOwn) {
  StreamedRows rows("", 0);
  rows.rows_after(0);
  EXPECT_THROW(rows.text(0, 0, "over the header", 0), std::logic_error);
  rows.text(5, 0, "x", 0);
  EXPECT_THROW(rows.text(4, 0, "y", 0), std::logic_error);
}

TEST(StreamedRows, HyperlinksInTheOrderWritten) {
  StreamedRows rows("", 0);
  EXPECT_EQ(rows.hyperlinks_xml(), "");
  rows.link(1, 17, "'Sources'!A2", "Go to \"it\"");
  rows.link(2, 17, "'A&B'!A3", "");
  EXPECT_EQ(rows.hyperlinks_xml(),
            "<hyperlinks><hyperlink ref=\"R2\" location=\"'Sources'!A2\" tooltip=\"Go to &quot;it&quot;\" "
            "display=\"'Sources'!A2\"/><hyperlink ref=\"R3\" location=\"'A&amp;B'!A3\" display=\"'A&amp;B'!A3\"/>"
            "</hyperlinks>");
}

TEST(SplitSheetXml, RowsGoBeforeTheEndOfSheetDataAndTheDimensionGrows) {
  std::string xml =
      "<worksheet><dimension ref=\"A1:W1\"/><sheetData><row r=\"1\"><c r=\"A1\"/></row></sheetData>"
      "<autoFilter ref=\"A1:W9\"/><pageMargins left=\"0.7\"/><pageSetup/></worksheet>";
  SheetXmlParts parts = split_sheet_xml(xml, 8, "<hyperlinks/>");
  EXPECT_EQ(parts.head, "<worksheet><dimension ref=\"A1:W9\"/><sheetData><row r=\"1\"><c r=\"A1\"/></row>");
  EXPECT_EQ(parts.tail, "</sheetData><autoFilter ref=\"A1:W9\"/><hyperlinks/><pageMargins left=\"0.7\"/><pageSetup/></worksheet>");

  // No rows streamed: the sheet as it was.
  parts = split_sheet_xml(xml, std::nullopt, "");
  EXPECT_EQ(parts.head + parts.tail, xml);
}

TEST(SplitSheetXml, AnEmptySheetDataAndASingleCellDimension) {
  std::string xml = "<worksheet><dimension ref=\"A1\"/><sheetData/><printOptions/><pageMargins/></worksheet>";
  SheetXmlParts parts = split_sheet_xml(xml, 4, "<hyperlinks/>");
  EXPECT_EQ(parts.head, "<worksheet><dimension ref=\"A1:A5\"/><sheetData>");
  EXPECT_EQ(parts.tail, "</sheetData><hyperlinks/><printOptions/><pageMargins/></worksheet>");
  EXPECT_THROW(split_sheet_xml("<worksheet/>", 1, ""), std::runtime_error);
}

}  // namespace
}  // namespace factsheet::write
