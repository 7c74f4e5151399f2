#include "write/xlsx_cell_value.hpp"
#include "write/xlsx_sheet.hpp"

#include <gtest/gtest.h>

namespace factsheet::write {
namespace {

Claim claim(Kind kind, Value value, std::optional<std::string> unit = std::nullopt) {
  Claim c;
  c.kind = kind;
  c.value = std::move(value);
  c.unit = std::move(unit);
  return c;
}

NumberCell cell(const Claim& c, Bound b = Bound::value) {
  auto got = number_cell(c, b);
  EXPECT_TRUE(got.has_value());
  return got.value_or(NumberCell{});
}

TEST(NumberFormat, MoneyShowsItsCurrency) {
  EXPECT_EQ(cell(claim(Kind::money, 41e9, "USD")), (NumberCell{41e9, "\"US$\"#,##0"}));
  EXPECT_EQ(cell(claim(Kind::money, 600e6, "GBP")).format, "\"£\"#,##0");
  EXPECT_EQ(cell(claim(Kind::money, 48e6, "EUR")).format, "\"€\"#,##0");
  EXPECT_EQ(cell(claim(Kind::money, 1.5e12, "KZT")).format, "\"KZT \"#,##0");
  EXPECT_EQ(cell(claim(Kind::money, 3.5, "USD")).format, "\"US$\"#,##0.00");
  EXPECT_EQ(cell(claim(Kind::money, 15e6, "USD/aircraft")).format, "\"US$\"#,##0");
  EXPECT_EQ(cell(claim(Kind::money, 5.0, "dollar")).format, "#,##0");  // no code: no prefix
}

TEST(NumberFormat, SharesAreFractionsShownAsPercent) {
  EXPECT_EQ(cell(claim(Kind::percent, 14.0, "%")), (NumberCell{0.14, "0.0%"}));
  EXPECT_EQ(cell(claim(Kind::percent, 61.3, "%")).format, "0.0%");
  EXPECT_EQ(cell(claim(Kind::percent, 0.25, "%")).format, "0.00%");
  EXPECT_EQ(cell(claim(Kind::percent, 5.0, "%/year")).format, "0.0%");
  // Percentage points are a difference, not a share: kept as points.
  EXPECT_EQ(cell(claim(Kind::percent, 2.5, "pp")), (NumberCell{2.5, "0.0\" pp\""}));

  Claim ratio = claim(Kind::ratio, 0.5778, "project");
  ratio.part = 26;
  ratio.whole = 45;
  NumberCell r = cell(ratio);
  EXPECT_DOUBLE_EQ(r.number, 26.0 / 45.0);  // exact, not the rounded JSON value
  EXPECT_EQ(r.format, "0.0%");
}

TEST(NumberFormat, CountsMeasuresYearsOrdinals) {
  EXPECT_EQ(cell(claim(Kind::count, 10000.0, "student")).format, "#,##0");
  EXPECT_EQ(cell(claim(Kind::measure, 42.2, "km")).format, "#,##0.0");
  EXPECT_EQ(cell(claim(Kind::measure, 1.125, "t")).format, "#,##0.000");
  EXPECT_EQ(cell(claim(Kind::year, 2023.0)).format, "0");  // not "2,023"
  EXPECT_EQ(cell(claim(Kind::ordinal, 75.0)).format, "0");
  EXPECT_EQ(grouped_format(5), "#,##0");
  EXPECT_EQ(decimals_needed(0.1 + 0.2, 4), 1);
}

TEST(NumberFormat, RangesUseLowAndHigh) {
  Claim c = claim(Kind::percent, std::monostate{}, "%");
  c.low = 5.0;
  c.high = 6.0;
  EXPECT_FALSE(number_cell(c, Bound::value));
  EXPECT_EQ(cell(c, Bound::low), (NumberCell{0.05, "0.0%"}));
  EXPECT_EQ(cell(c, Bound::high), (NumberCell{0.06, "0.0%"}));
}

TEST(DateCell, DatesWithAYearAreSerials) {
  EXPECT_EQ(date_cell("2023-05-20"), (NumberCell{45066, "d mmm yyyy"}));
  EXPECT_EQ(date_cell("2023-05"), (NumberCell{45047, "mmm yyyy"}));
  EXPECT_EQ(date_cell("1900-03-01"), (NumberCell{61, "d mmm yyyy"}));
  EXPECT_EQ(date_cell("10:30"), (NumberCell{0.4375, "hh:mm"}));
  EXPECT_EQ(date_cell("07:15:30"), (NumberCell{(7 * 3600 + 15 * 60 + 30) / 86400.0, "hh:mm:ss"}));
  EXPECT_EQ(cell(claim(Kind::date, std::string("2024-05-20"))).format, "d mmm yyyy");
}

TEST(DateCell, EverythingElseStaysText) {
  for (const char* s : {"--05-20", "--05-20/--05-21", "2023", "2023-13-01", "2023-02-30", "1899-12-31",
                        "1900-02-28", "24:00", "9:30", "2023-5-1", "May 2023", ""})
    EXPECT_FALSE(date_cell(s)) << s;
  EXPECT_FALSE(number_cell(claim(Kind::date, std::string("--05-20")), Bound::value));
}

}  // namespace
}  // namespace factsheet::write

namespace factsheet::write {
namespace {

// The width a number takes as its format shows it, which sizes its column.
TEST(ShownWidth, CountsDigitsSeparatorsDecimalsAndLiterals) {
  EXPECT_EQ(shown_width(1234567, "#,##0"), 9u);                // 1,234,567
  EXPECT_EQ(shown_width(1234567, "0"), 7u);
  EXPECT_EQ(shown_width(0.125, "0.0%"), 5u);                   // 12.5%
  EXPECT_EQ(shown_width(2.5, "0.00"), 4u);                     // 2.50
  EXPECT_EQ(shown_width(-3.25, "0.0"), 4u);                    // -3.2
  EXPECT_EQ(shown_width(41e9, "\"US$\"#,##0"), 17u);           // US$41,000,000,000
  EXPECT_EQ(shown_width(45000, "yyyy-mm-dd"), 11u);
  EXPECT_EQ(shown_width(1e300, "0"), 301u);                    // the longest doubles too
}

}  // namespace
}  // namespace factsheet::write
