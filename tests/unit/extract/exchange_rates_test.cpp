#include "extract/exchange_rates.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factsheet::extract {
namespace {

const Lexicon& lexicon() {
  static const auto lex = Lexicon::embedded();
  return *lex;
}

// `c` placed over `written` in `text`, after link_exchange_rates.
Claim linked_claim(const std::string& text, const std::string& written, Claim c) {
  c.start = text.find(written);
  EXPECT_NE(c.start, std::string::npos) << written;
  c.end = c.start + written.size();
  c.text = written;
  std::vector<Claim> claims{c};
  link_exchange_rates(Sentence{text, 0, text.size()}, lexicon(), claims);
  return claims[0];
}

// A money claim over `written` in `unit`.
Claim linked(const std::string& text, const std::string& written, const std::string& unit,
             const std::string& name = "US dollar") {
  Claim c;
  c.kind = Kind::money;
  c.unit = unit;
  c.unit_name = name;
  return linked_claim(text, written, c);
}

std::string rate_unit(const std::string& text, const std::string& written, const std::string& code) {
  return linked(text, written, code).unit.value_or("");
}

TEST(ExchangeRates, AmountThenBaseCurrency) {
  EXPECT_EQ(rate_unit("The dollar fell to $1.29 to the euro.", "$1.29", "USD"), "USD/EUR");
  EXPECT_EQ(rate_unit("It traded about $1.20 against the euro.", "$1.20", "USD"), "USD/EUR");
  EXPECT_EQ(rate_unit("It was at $1.3652 versus the euro on Friday.", "$1.3652", "USD"), "USD/EUR");
  EXPECT_EQ(rate_unit("Sterling hit $1.88 to the pound.", "$1.88", "USD"), "USD/GBP");
}

TEST(ExchangeRates, TheRateAndItsName) {
  Claim c = linked("The dollar was buying 104.76 yen.", "104.76 yen", "JPY", "Japanese yen");
  EXPECT_EQ(c.unit, "JPY/USD");
  EXPECT_EQ(c.unit_name, "Japanese yen per US dollar");
}

TEST(ExchangeRates, BaseCurrencyThenVerbOfBuying) {
  EXPECT_EQ(rate_unit("One dollar bought 102.55 yen.", "102.55 yen", "JPY"), "JPY/USD");
  EXPECT_EQ(rate_unit("They want a euro that buys $1.30.", "$1.30", "USD"), "USD/EUR");
  EXPECT_EQ(rate_unit("The pound now buys $1.90.", "$1.90", "USD"), "USD/GBP");
  EXPECT_EQ(rate_unit("The euro was worth $1.32 on Monday.", "$1.32", "USD"), "USD/EUR");
}

TEST(ExchangeRates, AgainstTheBaseThenTheLevel) {
  EXPECT_EQ(rate_unit("The yen rose 0.7% against the dollar to 104.53 yen.", "104.53 yen", "JPY"), "JPY/USD");
}

// A bare number over `written`.
Claim linked_number(const std::string& text, const std::string& written) {
  Claim c;
  c.kind = Kind::count;
  c.value = 8.3;
  return linked_claim(text, written, c);
}

TEST(ExchangeRates, NumberQuotedAgainstABaseIsThePriceOfTheCurrencyNamedBefore) {
  Claim c = linked_number("The peg keeping the yuan around 8.30 to the dollar is blamed.", "around 8.30");
  EXPECT_EQ(c.kind, Kind::money);
  EXPECT_EQ(c.unit, "CNY/USD");
  EXPECT_EQ(c.unit_name, "Chinese yuan per US dollar");
  // Over commas and words between, and a base named in two words.
  EXPECT_EQ(linked_number("The yen, meanwhile, had strengthened to 102.975 against the dollar.", "102.975").unit,
            "JPY/USD");
  EXPECT_EQ(linked_number("The rand ended at 6.1 to the US dollar.", "6.1").unit, "ZAR/USD");
  // No other currency named before: no rate can be read.
  Claim bare = linked_number("It was pegged at 8.28 to the US dollar.", "8.28");
  EXPECT_EQ(bare.kind, Kind::count);
  EXPECT_FALSE(bare.unit);
  // The currency named before is the base itself.
  EXPECT_EQ(linked_number("The dollar was at 8.3 to the dollar.", "8.3").kind, Kind::count);
  // A count of something is not a price: "8 places" keeps its noun.
  std::string text = "The yuan fell to 8 places to the dollar.";
  Claim places;
  places.start = text.find('8');
  places.end = places.start + 1;
  places.kind = Kind::count;
  places.value = 8.0;
  places.unit = "place";
  std::vector<Claim> claims{places};
  link_exchange_rates(Sentence{text, 0, text.size()}, lexicon(), claims);
  EXPECT_EQ(claims[0].kind, Kind::count);
}

TEST(ExchangeRates, OtherAmountsStayMoney) {
  // The amount is in the currency named: a price of it in itself is no rate.
  EXPECT_EQ(rate_unit("The dollar was trading at $1.36 late on Friday.", "$1.36", "USD"), "USD");
  // The currency word premodifies a noun: "the euro zone" is a place.
  EXPECT_EQ(rate_unit("Germany paid $2bn to the euro zone budget.", "$2bn", "USD"), "USD");
  // No currency after the link word.
  EXPECT_EQ(rate_unit("It sold for $5 to the investor.", "$5", "USD"), "USD");
  // A currency named without a determiner is not the base of a quote.
  EXPECT_EQ(rate_unit("It paid dollars bought $5 in fees.", "$5", "USD"), "USD");
  // A rate already has its divisor.
  EXPECT_EQ(rate_unit("It earned $5 a share to the euro.", "$5", "USD/share"), "USD/share");
}

}  // namespace
}  // namespace factsheet::extract
