// The currency lexicon: rows generated from CLDR and ISO 4217 (currencies_cldr.tsv) merged
// with the hand rows of currencies.tsv, which come first.
#include <gtest/gtest.h>

#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet {
namespace {

// The code of the longest currency phrase at the start of `text`, or "<none>".
std::string code_at(const Lexicon& lex, std::string_view text) {
  auto m = lex.currencies().longest(text, 0);
  return m ? lex.currency(m->id).code : std::string("<none>");
}

// The embedded grammars with currencies.tsv (and, when given, currencies_cldr.tsv) replaced.
std::vector<std::pair<std::string, std::string>> with_currencies(const std::string& hand,
                                                                 const std::string* generated = nullptr) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::files()) {
    if (f.name == "currencies_cldr.tsv" && !generated) continue;  // from_files adds the embedded copy
    std::string content(f.content);
    if (f.name == "currencies.tsv") content = hand;
    if (f.name == "currencies_cldr.tsv") content = *generated;
    files.emplace_back(std::string(f.name), content);
  }
  return files;
}

const char* kHeader = "surface\tcode\tname\tnewsquant\tposition\tattached\tcase\tfactor\treason\n";

TEST(CurrencyLexicon, NamesAndPluralsComeFromCldr) {
  auto lex = Lexicon::embedded();
  EXPECT_EQ(code_at(*lex, "Kuwaiti dinars"), "KWD");
  EXPECT_EQ(code_at(*lex, "kuwaiti Dinar"), "KWD");
  EXPECT_EQ(code_at(*lex, "Malaysian ringgits"), "MYR");
  EXPECT_EQ(code_at(*lex, "turkish lira"), "TRY");
  EXPECT_EQ(code_at(*lex, "Costa Rican colones"), "<none>");  // CLDR's plural is "colóns"
  EXPECT_EQ(code_at(*lex, "Costa Rican colóns"), "CRC");
  // Historic currencies: CLDR names them, ISO 4217's current list does not.
  EXPECT_EQ(code_at(*lex, "dutch guilders"), "NLG");
  EXPECT_EQ(code_at(*lex, "Spanish pesetas"), "ESP");
  ASSERT_NE(lex->currency_by_code("LAK"), nullptr);
  EXPECT_EQ(lex->currency_by_code("LAK")->name, "Laotian kip");
  EXPECT_EQ(lex->unit_name("GEL"), "Georgian lari");
}

TEST(CurrencyLexicon, SymbolsOfEveryEnglishLocale) {
  auto lex = Lexicon::embedded();
  EXPECT_EQ(code_at(*lex, "CA$"), "CAD");   // en.xml
  EXPECT_EQ(code_at(*lex, "MX$"), "MXN");
  EXPECT_EQ(code_at(*lex, "₡"), "CRC");     // root.xml, narrow
  EXPECT_EQ(code_at(*lex, "₾"), "GEL");
  EXPECT_EQ(code_at(*lex, "₭"), "LAK");
  EXPECT_EQ(code_at(*lex, "Ksh"), "KES");   // en_KE
  // A symbol many currencies share goes to the one en.xml and root.xml give it.
  EXPECT_EQ(code_at(*lex, "$"), "USD");
  EXPECT_EQ(code_at(*lex, "¥"), "JPY");
  EXPECT_EQ(code_at(*lex, "£"), "GBP");
  EXPECT_EQ(code_at(*lex, "₩"), "KRW");
  // Tokenised, lower-cased wire copy.
  EXPECT_EQ(code_at(*lex, "hk $"), "HKD");
  EXPECT_EQ(code_at(*lex, "cad$"), "CAD");
  EXPECT_EQ(code_at(*lex, "usd$"), "USD");
  // One letter and a spaced sign is an article: "A $2bn".
  EXPECT_EQ(code_at(*lex, "A $"), "<none>");
}

TEST(CurrencyLexicon, CodesInCapitalsOrLowerCase) {
  auto lex = Lexicon::embedded();
  EXPECT_EQ(code_at(*lex, "USD"), "USD");
  EXPECT_EQ(code_at(*lex, "usd"), "USD");
  EXPECT_EQ(code_at(*lex, "Usd"), "<none>");
  EXPECT_EQ(code_at(*lex, "BGN"), "BGN");
  // An English word in lower case is no code; a function word is none at all.
  EXPECT_EQ(code_at(*lex, "CAD"), "CAD");
  EXPECT_EQ(code_at(*lex, "cad"), "<none>");
  EXPECT_EQ(code_at(*lex, "top"), "<none>");
  EXPECT_EQ(code_at(*lex, "ALL"), "<none>");
  // ISO's X codes from 955 up are metals, bond units and test codes.
  EXPECT_EQ(lex->currency_by_code("XAU"), nullptr);
  EXPECT_NE(lex->currency_by_code("XAF"), nullptr);
}

TEST(CurrencyLexicon, HandRowsComeFirstAndNameTheirCurrency) {
  auto lex = Lexicon::embedded();
  EXPECT_EQ(code_at(*lex, "C$"), "CAD");   // CLDR: the Nicaraguan córdoba
  EXPECT_EQ(code_at(*lex, "Rs"), "INR");   // CLDR: several rupees
  EXPECT_EQ(code_at(*lex, "₿"), "BTC");    // not ISO 4217
  // The hand rows name GBP for every surface, the CLDR ones too.
  auto m = lex->currencies().longest("£", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(lex->currency(m->id).name, "pound sterling");
  EXPECT_EQ(lex->newsquant_unit("GBP"), "pound sterling");
  // A minor unit converts to its major unit.
  auto paise = lex->currencies().longest("paise", 0);
  ASSERT_TRUE(paise);
  EXPECT_EQ(lex->currency(paise->id).code, "INR");
  EXPECT_DOUBLE_EQ(lex->currency(paise->id).factor, 0.01);
}

TEST(CurrencyLexicon, SharedSymbolsKnowTheirCountries) {
  auto lex = Lexicon::embedded();
  auto has = [&](std::string_view symbol, std::string_view code, std::string_view place) {
    const auto* places = lex->currency_places(symbol);
    if (!places) return false;
    for (const auto& p : *places)
      if (p.code == code && p.place == place) return true;
    return false;
  };
  EXPECT_TRUE(has("¥", "CNY", "China"));
  EXPECT_TRUE(has("¥", "JPY", "Japan"));
  EXPECT_TRUE(has("kr", "SEK", "Sweden"));
  EXPECT_TRUE(has("£", "GBP", "UK"));
  EXPECT_EQ(lex->currency_places("$"), nullptr);  // the US dollar wherever the story is
  EXPECT_EQ(lex->currency_places("€"), nullptr);  // one currency only
}

TEST(CurrencyLexicon, AHandRowOverridesAGeneratedSurface) {
  std::string hand = std::string(kHeader) + "$\tCAD\tCanadian dollar\tcanadian dollar\tprefix\tyes\tany\t1\ttest\n";
  auto lex = Lexicon::from_files(with_currencies(hand), "dir");
  EXPECT_EQ(code_at(*lex, "$"), "CAD");
  EXPECT_EQ(code_at(*lex, "Kuwaiti dinars"), "KWD");  // the generated rows are still there
  // Generated rows of a code the hand rows name take that name.
  auto m = lex->currencies().longest("CA$", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(lex->currency(m->id).newsquant, "canadian dollar");
}

TEST(CurrencyLexicon, MalformedRowsNameFileAndLine) {
  auto message = [](const std::vector<std::pair<std::string, std::string>>& files) -> std::string {
    try {
      Lexicon::from_files(files, "dir");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "no error";
  };
  std::string hand = std::string(kHeader) + "x$\tXXA\tx\tx\tbefore\tyes\tany\t1\ttest\n";
  EXPECT_EQ(message(with_currencies(hand)), "dir/currencies.tsv:2: position must be prefix, suffix or both");
  std::string old_header = "surface\tcode\tname\tnewsquant\tposition\tattached\tcase\tfactor\n";
  EXPECT_NE(message(with_currencies(old_header)).find("dir/currencies.tsv"), std::string::npos);
  std::string generated =
      "surface\tcode\tname\tnewsquant\tposition\tattached\tcase\tfactor\nq$\tQQQ\tq\tq\tboth\tmaybe\tany\t1\n";
  EXPECT_NE(message(with_currencies(std::string(kHeader), &generated)).find("dir/currencies_cldr.tsv:2"),
            std::string::npos);
}

}  // namespace
}  // namespace factsheet
