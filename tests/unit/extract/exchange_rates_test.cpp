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

// A money claim over `written` in `text` in `unit`, after link_exchange_rates.
Claim linked(const std::string& text, const std::string& written, const std::string& unit,
             const std::string& name = "US dollar") {
  Claim c;
  c.start = text.find(written);
  EXPECT_NE(c.start, std::string::npos) << written;
  c.end = c.start + written.size();
  c.text = written;
  c.kind = Kind::money;
  c.unit = unit;
  c.unit_name = name;
  std::vector<Claim> claims{c};
  link_exchange_rates(Sentence{text, 0, text.size()}, lexicon(), claims);
  return claims[0];
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
