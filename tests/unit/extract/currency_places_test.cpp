// A currency noun several countries share ("pesos", "kroner", "dinars") is read as the currency
// of the country its sentence, or else its article's headline, names; a sign ("£") only by its
// sentence.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/extractor.hpp"
#include "support/extracted_claims.hpp"

namespace factsheet {
namespace {

using factsheet::testing::claim_with;
using factsheet::testing::claims_of;

struct Case {
  const char* text;
  const char* figure;
  Kind kind;
  const char* unit;
};

void expect_reading(const Case& c) {
  auto claims = claims_of(c.text);
  const Claim* hit = claim_with(claims, c.figure);
  ASSERT_TRUE(hit) << c.text;
  EXPECT_EQ(hit->kind, c.kind) << c.text;
  EXPECT_EQ(hit->unit, c.unit) << c.text;
}

TEST(CurrencyPlaces, ANounTakesTheCurrencyOfTheCountryItsSentenceNames) {
  expect_reading({"The water company in Argentina must invest 400m pesos.\n", "400m pesos", Kind::money, "ARS"});
  expect_reading({"Norway fined the uploader 100,000 kroner.\n", "100,000 kroner", Kind::money, "NOK"});
  // The default currency's country, or two others, leave the default.
  expect_reading({"Mexico and Argentina each spent 5m pesos.\n", "5m pesos", Kind::money, "MXN"});
  expect_reading({"Colombia and Argentina each spent 5m pesos.\n", "5m pesos", Kind::money, "MXN"});
  // Control: no country named, the default.
  expect_reading({"The firm agreed to invest 242m pesos.\n", "242m pesos", Kind::money, "MXN"});
}

TEST(CurrencyPlaces, ANounTakesTheCurrencyOfTheCountryItsHeadlineNames) {
  expect_reading({"Argentina water firm must invest more\n\nThe firm agreed to invest 242m pesos.\n", "242m pesos",
                  Kind::money, "ARS"});
  expect_reading({"Sri Lanka banks count tsunami losses\n\nThe bank has 5bn rupees set aside for loans.\n",
                  "5bn rupees", Kind::money, "LKR"});
  // A rate keeps its period.
  expect_reading({"Argentina water firm must invest more\n\nThe firm will invest 400m pesos a year.\n",
                  "400m pesos a year", Kind::money, "ARS/year"});
  // The sentence decides first: it names Mexico, the headline Argentina.
  expect_reading({"Argentina and its neighbours\n\nIn Mexico the plan costs 9m pesos.\n", "9m pesos", Kind::money,
                  "MXN"});
  // Control: a country named only further down the article leaves the default.
  expect_reading({"Water firm must invest more\n\nThe firm agreed to invest 242m pesos.\nIt works in Argentina.\n",
                  "242m pesos", Kind::money, "MXN"});
}

TEST(CurrencyPlaces, ASignIsReadByItsSentenceOnly) {
  // "£" under a headline about Egypt is sterling unless the sentence itself says otherwise.
  expect_reading({"Egypt gas field sold\n\nThe deal is worth £13.8m to the explorer.\n", "£13.8m", Kind::money, "GBP"});
  // Control: the same kind of sign is read by a country its own sentence names.
  expect_reading({"China's central bank added ¥500bn to the market.\n", "¥500bn", Kind::money, "CNY"});
}

TEST(CurrencyPlaces, ANounWithoutADefaultIsMoneyOnlyWhereAPlaceNamesItsCurrency) {
  expect_reading({"Algeria raises gas prices\n\nButane now costs 200 dinars a canister.\n", "200 dinars", Kind::money,
                  "DZD"});
  expect_reading({"In Algeria butane now costs 200 dinars a canister.\n", "200 dinars", Kind::money, "DZD"});
  // Without a country the dinar is none in particular: a counted noun, as before.
  expect_reading({"Butane now costs 200 dinars a canister.\n", "200 dinars", Kind::count, "dinar"});
}

}  // namespace
}  // namespace factsheet
