#include "write/figure_phrase.hpp"

#include <gtest/gtest.h>

namespace factsheet::write {
namespace {

FigureFields fig(Kind kind, std::optional<double> value, std::string unit = "", std::string unit_name = "") {
  FigureFields f;
  f.kind = kind;
  f.value = value;
  f.unit = std::move(unit);
  f.unit_name = std::move(unit_name);
  return f;
}

FigureFields range(Kind kind, double low, double high, std::string unit = "", std::string unit_name = "") {
  FigureFields f = fig(kind, std::nullopt, std::move(unit), std::move(unit_name));
  f.low = low;
  f.high = high;
  return f;
}

TEST(FigurePhrase, TheIssueExamples) {
  EXPECT_EQ(figure_phrase(fig(Kind::money, 41e9, "USD", "US dollar")), "US$41 billion");
  FigureFields ratio = fig(Kind::ratio, 0.5778, "project");
  ratio.part = 26;
  ratio.whole = 45;
  EXPECT_EQ(figure_phrase(ratio), "26 of 45 (57.8%)");
  FigureFields events = fig(Kind::count, 180, "event");
  events.qualifier = Qualifier::gt;
  EXPECT_EQ(figure_phrase(events), "more than 180");
}

TEST(FigurePhrase, Money) {
  EXPECT_EQ(figure_phrase(fig(Kind::money, 7.2e9, "USD")), "US$7.2 billion");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 1.13e9, "USD")), "US$1.13 billion");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 600e6, "GBP")), "£600 million");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 1.5e12, "KZT", "Kazakh tenge")), "KZT 1.5 trillion");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 10e9, "CNY")), "CNY 10 billion");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 250000, "USD")), "US$250,000");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 3.5, "USD")), "US$3.50");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 1234567, "EUR")), "€1,234,567");
  EXPECT_EQ(figure_phrase(range(Kind::money, 10e9, 20e9, "USD")), "US$10–20 billion");
  EXPECT_EQ(figure_phrase(range(Kind::money, 500e6, 1.2e9, "USD")), "US$0.5–1.2 billion");
  FigureFields per = range(Kind::money, 15e6, 20e6, "USD/aircraft", "US dollar per aircraft");
  per.qualifier = Qualifier::approx;
  EXPECT_EQ(figure_phrase(per), "about US$15–20 million per aircraft");
  FigureFields down = fig(Kind::money, 250000, "USD");
  down.change = Change::down;
  EXPECT_EQ(figure_phrase(down), "down US$250,000");
}

TEST(FigurePhrase, PercentAndPoints) {
  FigureFields up = fig(Kind::percent, 14, "%");
  up.change = Change::up;
  EXPECT_EQ(figure_phrase(up), "up 14%");
  EXPECT_EQ(figure_phrase(fig(Kind::percent, 61.3, "%")), "61.3%");
  EXPECT_EQ(figure_phrase(range(Kind::percent, 5, 6, "%/year", "percent per year")), "5–6% per year");
  FigureFields pp = fig(Kind::percent, 2.5, "pp");
  pp.change = Change::down;
  EXPECT_EQ(figure_phrase(pp), "down 2.5 percentage points");
  FigureFields at_most = fig(Kind::percent, 2, "pp");
  at_most.qualifier = Qualifier::le;
  EXPECT_EQ(figure_phrase(at_most), "up to 2 percentage points");
  FigureFields one_in_five = fig(Kind::ratio, 0.2);
  one_in_five.part = 1;
  one_in_five.whole = 5;
  EXPECT_EQ(figure_phrase(one_in_five), "1 of 5 (20%)");
  EXPECT_EQ(figure_phrase(fig(Kind::ratio, 0.25)), "25%");
}

TEST(FigurePhrase, CountsAndMeasures) {
  FigureFields homes = fig(Kind::count, 380000, "home");
  homes.qualifier = Qualifier::approx;
  EXPECT_EQ(figure_phrase(homes), "about 380,000");
  EXPECT_EQ(figure_phrase(fig(Kind::count, 2.4e6, "people")), "2.4 million");
  EXPECT_EQ(figure_phrase(range(Kind::count, 4e6, 5e6, "viewer")), "4–5 million");
  EXPECT_EQ(figure_phrase(range(Kind::count, 1000, 10000)), "1,000–10,000");
  EXPECT_EQ(figure_phrase(fig(Kind::measure, 450, "MW", "megawatt")), "450 MW");
  EXPECT_EQ(figure_phrase(fig(Kind::measure, 1150, "km", "kilometre")), "1,150 km");
  EXPECT_EQ(figure_phrase(fig(Kind::measure, 2.4e6, "t", "tonne")), "2.4 million tonnes");
  EXPECT_EQ(figure_phrase(fig(Kind::measure, -18, "\xC2\xB0" "C", "degree Celsius")), "-18\xC2\xB0" "C");
  EXPECT_EQ(figure_phrase(range(Kind::measure, 125000, 130000, "bbl/d", "barrel per day")), "125,000–130,000 bbl/d");
}

TEST(FigurePhrase, DurationsAndAges) {
  EXPECT_EQ(figure_phrase(fig(Kind::duration, 7, "year", "year")), "7 years");
  EXPECT_EQ(figure_phrase(fig(Kind::duration, 1, "year", "year")), "1 year");
  EXPECT_EQ(figure_phrase(fig(Kind::duration, 2, "h", "hour")), "2 hours");
  FigureFields days = fig(Kind::duration, 90, "day", "day");
  days.qualifier = Qualifier::le;
  EXPECT_EQ(figure_phrase(days), "up to 90 days");
  EXPECT_EQ(figure_phrase(fig(Kind::duration, 3, "century", "century")), "3 centuries");
  EXPECT_EQ(figure_phrase(range(Kind::age, 18, 24, "year", "year of age")), "18–24 years old");
  EXPECT_EQ(figure_phrase(fig(Kind::age, 62, "year", "year of age")), "62 years old");
}

TEST(FigurePhrase, MagnitudesInWords) {
  Claim c;
  c.kind = Kind::count;
  c.text = "thousands of applications";
  c.low = 1000.0;
  c.high = 10000.0;
  c.unit = "application";
  EXPECT_EQ(figure_phrase(FigureFields::of(c)), "thousands");
  c.kind = Kind::money;
  c.text = "tens of millions of dollars";
  c.low = 1e7;
  c.high = 1e8;
  c.unit = "USD";
  c.unit_name = "US dollar";
  EXPECT_EQ(figure_phrase(FigureFields::of(c)), "tens of millions of US dollars");
  c.text = "hundreds of billions of dollars";
  c.low = 1e11;
  c.high = 1e12;
  EXPECT_EQ(figure_phrase(FigureFields::of(c)), "hundreds of billions of US dollars");
  c.text = "10 to 100 million dollars";  // digits: a range as written
  c.low = 1e7;
  c.high = 1e8;
  EXPECT_EQ(figure_phrase(FigureFields::of(c)), "US$10–100 million");
  EXPECT_EQ(figure_phrase(fig(Kind::money, 5, "XYZ1", "gold coin")), "5 gold coins");
  EXPECT_EQ(figure_phrase(fig(Kind::duration, 5, "yr", "year of service")), "5 years of service");
}

TEST(FigurePhrase, Numbers) {
  EXPECT_EQ(grouped_number(10000), "10,000");
  EXPECT_EQ(grouped_number(-1234567.5), "-1,234,567.5");
  EXPECT_EQ(grouped_number(57.777, 1), "57.8");
  EXPECT_EQ(grouped_number(56.99, 1), "57");
  EXPECT_EQ(grouped_number(-0.0001, 2), "0");
  EXPECT_EQ(amount_words(41e9), "41 billion");
  EXPECT_EQ(amount_words(1234567), "1,234,567");
  EXPECT_EQ(amount_words(999999), "999,999");
}

}  // namespace
}  // namespace factsheet::write
