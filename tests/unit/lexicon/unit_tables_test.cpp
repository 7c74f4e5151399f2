// The unit tables generated from UDUNITS-2: prefixed forms, the deny list, SI conversion.
#include <gtest/gtest.h>

#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet {
namespace {

const Lexicon& lex() { return *Lexicon::embedded(); }

// The unit a surface reads as at the start of `text`, or "<none>".
std::string unit_at(std::string_view text) {
  auto m = lex().units().longest(text, 0);
  if (!m || m->length != text.size()) return "<none>";
  return lex().unit(m->id).symbol;
}

TEST(UnitTables, PrefixedFormsFromUdunits) {
  EXPECT_EQ(unit_at("kPa"), "kPa");
  EXPECT_EQ(unit_at("MHz"), "MHz");
  EXPECT_EQ(unit_at("mGy"), "mGy");
  EXPECT_EQ(unit_at("TeV"), "TeV");
  EXPECT_EQ(unit_at("\xC2\xB5g"), "\xCE\xBCg");  // micro sign and Greek mu: one symbol
  EXPECT_EQ(unit_at("\xCE\xBCg"), "\xCE\xBCg");
  EXPECT_EQ(unit_at("hectolitres"), "hL");
  EXPECT_EQ(unit_at("hectoliters"), "hL");
  EXPECT_EQ(unit_at("picometer"), "pm");
  EXPECT_EQ(unit_at("decilitre"), "dL");
  EXPECT_EQ(unit_at("kilotonnes"), "kt");
  EXPECT_EQ(unit_at("cl"), "cL");
  EXPECT_EQ(unit_at("dm"), "dm");
}

TEST(UnitTables, PrefixedSymbolsKeepTheirCase) {
  EXPECT_EQ(unit_at("kpa"), "<none>");
  EXPECT_EQ(unit_at("MPA"), "<none>");
  EXPECT_EQ(unit_at("Pa"), "Pa");
  EXPECT_EQ(unit_at("pa"), "<none>");
}

TEST(UnitTables, DeniedAndAcronymShapedSurfacesAreLeftOut) {
  for (const char* s : {"in", "pm", "am", "as", "cd", "at", "TV", "EV", "MA", "gray", "tesla", "are", "bars"})
    EXPECT_EQ(unit_at(s), "<none>") << s;
}

TEST(UnitTables, HandTableWinsOverGenerated) {
  EXPECT_EQ(unit_at("ms"), "ms");   // millisecond, not a generated millisiemens "mS"
  EXPECT_EQ(unit_at("mm"), "mm");   // never megametre
  EXPECT_EQ(unit_at("oz"), "oz");   // the avoirdupois ounce of units.tsv
  EXPECT_EQ(lex().unit_by_symbol("km")->name, "kilometre");
}

void expect_si(std::string_view symbol, double value, double si, std::string_view unit) {
  auto c = lex().si_conversion(symbol);
  ASSERT_TRUE(c) << symbol;
  // UDUNITS-2 defines some units to 7 digits (the avoirdupois ounce as 2.834952e-2 kg)
  EXPECT_NEAR(value * c->factor + c->offset, si, 1e-7 * std::max(1.0, std::abs(si))) << symbol;
  EXPECT_EQ(c->unit, unit) << symbol;
}

TEST(UnitTables, ConvertsToSi) {
  expect_si("mi", 5, 8046.72, "m");
  expect_si("t", 3.5e6, 3.5e9, "kg");
  expect_si("mph", 60, 26.8224, "m/s");
  expect_si("°F", 98.6, 310.15, "K");
  expect_si("°C", 100, 373.15, "K");
  expect_si("h", 2, 7200, "s");
  expect_si("year", 1, 31556925.9747, "s");
  expect_si("hL", 3, 0.3, "m³");
  expect_si("oz", 1, 0.028349523125, "kg");
  expect_si("kWh", 1, 3.6e6, "J");
  expect_si("GB", 1, 8e9, "bit");
  expect_si("lb·ft", 1, 1.3558179483314, "N·m");
  expect_si("bbl/d", 1, 0.158987294928 / 86400, "m³/s");
}

TEST(UnitTables, RatesOfTwoUnitsConvertAsTheirQuotient) {
  expect_si("km/min", 1, 1000.0 / 60, "m/s");
  EXPECT_FALSE(lex().si_conversion("USD/bbl"));
  EXPECT_FALSE(lex().si_conversion("%"));
  EXPECT_FALSE(lex().si_conversion("dB"));
  EXPECT_FALSE(lex().si_conversion("student"));
}

TEST(UnitTables, MalformedTablesNameFileAndLine) {
  auto message = [](const std::string& name, const std::string& content) -> std::string {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : embedded::files())
      files.emplace_back(std::string(f.name), f.name == name ? content : std::string(f.content));
    try {
      Lexicon::from_files(files, "dir");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_NE(message("udunits_si.tsv", "symbol\tfactor\toffset\tsi_unit\nkm\tx\t0\tm\n").find("dir/udunits_si.tsv:2"),
            std::string::npos);
  EXPECT_NE(message("udunits_units.tsv", "surface\tsymbol\tname\tdimension\tcase\tudunits\nkPa\tkPa\tkilopascal\tpressure\tupper\tkilopascal\n")
                .find("case must be exact or any"),
            std::string::npos);
  EXPECT_NE(message("unit_deny.tsv", "surface\n").find("unit_deny.tsv"), std::string::npos);
}

}  // namespace
}  // namespace factsheet
