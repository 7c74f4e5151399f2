#include "grammar/grammar.hpp"

#include <gtest/gtest.h>

namespace factsheet::grammar {
namespace {

class GrammarTest : public ::testing::Test {
 protected:
  std::shared_ptr<const Lexicon> lex = Lexicon::embedded();
  Source src(std::string_view s) { return Source{s, *lex}; }

  std::optional<Quantity> quantity(std::string_view s) { return parse_quantity(src(s), 0, s.size()); }
  std::string span(std::string_view s, std::size_t b, std::size_t e) { return std::string(s.substr(b, e - b)); }
  std::string currency(std::string_view, const Quantity& q) {
    return q.currency ? lex->currency(q.currency->id).code : "";
  }
  std::string unit(const Quantity& q) { return q.unit ? lex->unit(q.unit->id).symbol : ""; }
};

TEST_F(GrammarTest, DigitNumerals) {
  struct Case { const char* text; double value; int decimals; const char* span; };
  for (auto c : {Case{"1,234.5 x", 1234.5, 1, "1,234.5"}, Case{"13000 people", 13000, 0, "13000"},
                 Case{"0.6 points", 0.6, 1, "0.6"}, Case{"10,000 students", 10000, 0, "10,000"},
                 Case{"1,2345", 1, 0, "1"}, Case{"3.50", 3.5, 2, "3.50"},
                 // groups set off by no-break, thin or narrow no-break spaces, each group its own
                 Case{"1\xE2\x80\xAF" "234\xE2\x80\xAF" "567.89 was read", 1234567.89, 2,
                      "1\xE2\x80\xAF" "234\xE2\x80\xAF" "567.89"},
                 Case{"12\xC2\xA0" "500 tonnes", 12500, 0, "12\xC2\xA0" "500"}}) {
    std::string_view s = c.text;
    auto n = parse_numeral(src(s), 0, s.size());
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_EQ(n->decimals, c.decimals) << c.text;
    EXPECT_EQ(span(s, n->begin, n->end), c.span) << c.text;
  }
}

// Found by fuzz_extract: the digits of an exponent overflowed an int (undefined
// behaviour; 10^4294967297 wrapped round to 10^1). Out of range, the exponent is not read.
TEST_F(GrammarTest, ExponentsOutOfRangeAreNotRead) {
  std::string wrapped = "9.11 × 10^4294967297 kg";
  std::string long_minus = "9.11 × 10\u2212" + std::string(150, '9') + " kg";
  for (const std::string& s : {wrapped, long_minus}) {
    auto n = parse_numeral(src(s), 0, s.size());
    ASSERT_TRUE(n) << s;
    EXPECT_DOUBLE_EQ(n->value, 9.11) << s;
    EXPECT_EQ(span(s, n->begin, n->end), "9.11") << s;
  }
}

TEST_F(GrammarTest, SpaceGroupsNeedAUnit) {
  std::string_view s = "816 000 t of grain";
  auto q = quantity(s);
  ASSERT_TRUE(q);
  EXPECT_DOUBLE_EQ(q->value(), 816000);
  EXPECT_EQ(unit(*q), "t");
  std::string_view s2 = "gave 20 100 times";
  auto n = parse_numeral(src(s2), 5, s2.size());
  ASSERT_TRUE(n);
  EXPECT_DOUBLE_EQ(n->value, 20);
}

TEST_F(GrammarTest, WordNumerals) {
  struct Case { const char* text; double value; };
  for (auto c : {Case{"Twenty-two resolutions", 22}, Case{"twenty two", 22}, Case{"a dozen", 12},
                 Case{"half a million", 500000}, Case{"one and a half thousand", 1500},
                 Case{"five point three", 5.3}, Case{"three hundred and five", 305},
                 Case{"two million three hundred thousand", 2300000}, Case{"a hundred", 100},
                 Case{"two dozen eggs", 24}, Case{"seven years", 7}, Case{"a quarter of a million", 250000},
                 Case{"one and three quarters", 1.75}, Case{"two and two-thirds", 2 + 2.0 / 3},
                 Case{"twenty and three fifths", 20.6}, Case{"one million and a half", 1500000},
                 Case{"five billion and three quarters", 5.75e9}, Case{"one billion and a half million", 1.0005e9},
                 Case{"half million", 500000}, Case{"a quarter million", 250000},
                 Case{"nine point nought four", 9.04}, Case{"two and fifty-four hundredths", 2.54}}) {
    std::string_view s = c.text;
    auto n = parse_numeral(src(s), 0, s.size());
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
    EXPECT_TRUE(n->words);
  }
  // Two terms joined by "and" are a range's ends, not one sum; a share of a larger scale
  // is no part of the term before it; "fifth" alone names no share of a scale.
  for (auto c : {Case{"one million and two million", 1e6}, Case{"a quarter million and half million", 250000},
                 Case{"two million and a third of", 2e6}}) {
    std::string_view t = c.text;
    auto n = parse_numeral(src(t), 0, t.size());
    ASSERT_TRUE(n) << c.text;
    EXPECT_DOUBLE_EQ(n->value, c.value) << c.text;
  }
  std::string_view fifth = "fifth billion";
  EXPECT_FALSE(parse_numeral(src(fifth), 0, fifth.size()));
  std::string_view s = "someone";
  EXPECT_FALSE(parse_numeral(src(s), 0, s.size()));
  std::string_view s2 = "ones";
  EXPECT_FALSE(parse_numeral(src(s2), 0, s2.size()));
}

TEST_F(GrammarTest, MoneyWithScale) {
  struct Case { const char* text; double value; const char* code; const char* span; };
  for (auto c : {Case{"$7.2 billion in", 7.2e9, "USD", "$7.2 billion"},
                 Case{"£600m was", 6e8, "GBP", "£600m"}, Case{"$1.13bn (", 1.13e9, "USD", "$1.13bn"},
                 Case{"41 billion US dollars last", 41e9, "USD", "41 billion US dollars"},
                 Case{"41 billion U.S. dollars.", 41e9, "USD", "41 billion U.S. dollars"},
                 Case{"RMB 10 billion", 1e10, "CNY", "RMB 10 billion"},
                 Case{"US$4.7 billion", 4.7e9, "USD", "US$4.7 billion"},
                 Case{"USD34.6 million", 34.6e6, "USD", "USD34.6 million"},
                 Case{"20 usd", 20, "USD", "20 usd"}, Case{"€5bn", 5e9, "EUR", "€5bn"},
                 Case{"1.5 trillion tenge", 1.5e12, "KZT", "1.5 trillion tenge"}}) {
    std::string_view s = c.text;
    auto q = quantity(s);
    ASSERT_TRUE(q) << c.text;
    EXPECT_DOUBLE_EQ(q->value(), c.value) << c.text;
    EXPECT_EQ(currency(s, *q), c.code) << c.text;
    EXPECT_EQ(span(s, q->begin, q->end), c.span) << c.text;
  }
}

// "$458 m (£242.7m)": after an amount whose currency stands first, a scale suffix may
// follow a space; without that currency the letter stays a unit or nothing ("400 m" metres).
TEST_F(GrammarTest, ScaleSuffixAfterASpaceFollowsACurrencySign) {
  struct Case { const char* text; double value; const char* span; };
  for (auto c : {Case{"$458 m (", 458e6, "$458 m"}, Case{"€12 k in", 12e3, "€12 k"},
                 Case{"US$ 3 m deal", 3e6, "US$ 3 m"}, Case{"$5 B.", 5e9, "$5 B"}}) {
    std::string_view s = c.text;
    auto q = quantity(s);
    ASSERT_TRUE(q) << c.text;
    EXPECT_DOUBLE_EQ(q->value(), c.value) << c.text;
    EXPECT_EQ(span(s, q->begin, q->end), c.span) << c.text;
  }
  // A letter that starts a word or a name is not a scale: "£5 M&S", "$5 m-long".
  for (const char* t : {"£5 M&S vouchers", "$5 m-long", "$5 ms"}) {
    std::string_view s = t;
    auto q = quantity(s);
    ASSERT_TRUE(q) << t;
    EXPECT_DOUBLE_EQ(q->value(), 5) << t;
  }
  // Without a currency before the number, "m" after a space is metres.
  std::string_view m = "400 m in";
  auto q = quantity(m);
  ASSERT_TRUE(q && q->unit);
  EXPECT_DOUBLE_EQ(q->value(), 400);
}

// "120 MEUR", "MAUD 60", "500 kUSD": a scale letter joined to an ISO code is a currency whose
// factor carries the scale; "Meur" or "KUsd" in other cases are not.
TEST_F(GrammarTest, ScaleLetterOnACurrencyCode) {
  struct Case { const char* text; double factor; const char* code; const char* span; };
  for (auto c : {Case{"120 MEUR in", 1e6, "EUR", "120 MEUR"}, Case{"MAUD 60", 1e6, "AUD", "MAUD 60"},
                 Case{"500 kUSD", 1e3, "USD", "500 kUSD"}}) {
    std::string_view s = c.text;
    auto q = quantity(s);
    ASSERT_TRUE(q && q->currency) << c.text;
    EXPECT_EQ(currency(s, *q), c.code) << c.text;
    EXPECT_DOUBLE_EQ(lex->currency(q->currency->id).factor, c.factor) << c.text;
    EXPECT_EQ(span(s, q->begin, q->end), c.span) << c.text;
  }
  std::string_view s = "120 Meur";
  auto q = quantity(s);
  EXPECT_TRUE(!q || !q->currency);
}

// "3 dozen eggs", "200 dozens": dozen multiplies digits as a scale word does.
TEST_F(GrammarTest, DozenScalesDigits) {
  for (std::string_view s : {std::string_view("3 dozen eggs"), std::string_view("3 dozens")}) {
    auto q = quantity(s);
    ASSERT_TRUE(q) << s;
    EXPECT_DOUBLE_EQ(q->value(), 36) << s;
  }
}

TEST_F(GrammarTest, PercentAndUnits) {
  struct Case { const char* text; double value; const char* unit; const char* span; };
  for (auto c : {Case{"5% of", 5, "%", "5%"}, Case{"5 per cent.", 5, "%", "5 per cent"},
                 Case{"five percent", 5, "%", "five percent"},
                 Case{"3 percentage points", 3, "pp", "3 percentage points"},
                 Case{"120 km away", 120, "km", "120 km"}, Case{"5km", 5, "km", "5km"},
                 Case{"10-year visas", 10, "year", "10-year"}, Case{"seven years ahead", 7, "year", "seven years"},
                 Case{"600,000 barrels per day", 600000, "bbl/d", "600,000 barrels per day"},
                 Case{"45 °C", 45, "°C", "45 °C"}, Case{"300 MW", 300, "MW", "300 MW"}}) {
    std::string_view s = c.text;
    auto q = quantity(s);
    ASSERT_TRUE(q) << c.text;
    EXPECT_DOUBLE_EQ(q->value(), c.value) << c.text;
    EXPECT_EQ(unit(*q), c.unit) << c.text;
    EXPECT_EQ(span(s, q->begin, q->end), c.span) << c.text;
  }
}

TEST_F(GrammarTest, OrdinalsAndPer) {
  std::string_view s = "75th anniversary";
  auto q = quantity(s);
  ASSERT_TRUE(q);
  EXPECT_TRUE(q->ordinal);
  EXPECT_EQ(span(s, q->begin, q->end), "75th");
  std::string_view s2 = "$58.24 per barrel and";
  auto q2 = quantity(s2);
  ASSERT_TRUE(q2);
  ASSERT_TRUE(q2->per_unit);
  EXPECT_EQ(lex->unit(q2->per_unit->id).symbol, "bbl");
  std::string_view s3 = "$5 a share.";
  auto q3 = quantity(s3);
  ASSERT_TRUE(q3);
  ASSERT_TRUE(q3->per_noun_end);
  EXPECT_EQ(span(s3, q3->per_noun_begin, *q3->per_noun_end), "share");
}

TEST_F(GrammarTest, FractionsAndVague) {
  std::string_view s = "two-thirds of";
  auto f = parse_fraction(src(s), 0, s.size());
  ASSERT_TRUE(f);
  EXPECT_EQ(f->numerator, 2);
  EXPECT_EQ(f->denominator, 3);
  EXPECT_FALSE(f->compound);
  EXPECT_EQ(span(s, f->begin, f->denominator_begin), "two-");
  // A denominator of two words: a tens word and an ordinal below ten.
  std::string_view c = "three twenty-firsts of";
  auto cf = parse_fraction(src(c), 0, c.size());
  ASSERT_TRUE(cf);
  EXPECT_EQ(cf->numerator, 3);
  EXPECT_EQ(cf->denominator, 21);
  EXPECT_TRUE(cf->compound);
  EXPECT_EQ(span(c, cf->denominator_begin, cf->end), "twenty-firsts");
  // "-second" is no denominator: "one thirty-second spot" is a spot of thirty seconds.
  std::string_view t = "one thirty-second spot";
  auto tf = parse_fraction(src(t), 0, t.size());
  EXPECT_FALSE(tf && tf->compound);
  std::string_view v = "tens of millions of dollars";
  auto g = parse_vague(src(v), 0, v.size());
  ASSERT_TRUE(g);
  EXPECT_DOUBLE_EQ(g->low, 1e7);
  EXPECT_DOUBLE_EQ(g->high, 1e8);
  EXPECT_EQ(span(v, g->begin, g->end), "tens of millions");
}

TEST_F(GrammarTest, Connectors) {
  std::string_view s = "5 to 6";
  auto c = parse_connector(src(s), 1, s.size());
  ASSERT_TRUE(c);
  EXPECT_EQ(c->first, Connector::to);
  EXPECT_EQ(c->second, 5u);
  std::string_view s2 = "26 out of the 45";
  auto c2 = parse_connector(src(s2), 2, s2.size());
  ASSERT_TRUE(c2);
  EXPECT_EQ(c2->first, Connector::out_of);
  EXPECT_EQ(c2->second, 14u);
  std::string_view s3 = "July 3–4";
  auto c3 = parse_connector(src(s3), 6, s3.size());
  ASSERT_TRUE(c3);
  EXPECT_EQ(c3->first, Connector::dash);
}

TEST_F(GrammarTest, Dates) {
  struct Case { const char* text; int y, m, d, m2, d2; const char* span; };
  for (auto c : {Case{"May 20 in", 0, 5, 20, 0, 0, "May 20"}, Case{"21 May (BelTA)", 0, 5, 21, 0, 0, "21 May"},
                 Case{"May 2023 and", 2023, 5, 0, 0, 0, "May 2023"},
                 Case{"May 17-19", 0, 5, 17, 0, 19, "May 17-19"},
                 Case{"July 3\xE2\x80\x93" "4", 0, 7, 3, 0, 4, "July 3\xE2\x80\x93" "4"},
                 Case{"May 20, 2024,", 2024, 5, 20, 0, 0, "May 20, 2024"},
                 Case{"2017/02/20", 2017, 2, 20, 0, 0, "2017/02/20"},
                 Case{"May 30-June 2", 0, 5, 30, 6, 2, "May 30-June 2"}}) {
    std::string_view s = c.text;
    auto d = parse_date(src(s), 0, s.size());
    ASSERT_TRUE(d) << c.text;
    EXPECT_EQ(d->year, c.y) << c.text;
    EXPECT_EQ(d->month, c.m) << c.text;
    EXPECT_EQ(d->day, c.d) << c.text;
    EXPECT_EQ(d->month2, c.m2) << c.text;
    EXPECT_EQ(d->day2, c.d2) << c.text;
    EXPECT_EQ(span(s, d->begin, d->end), c.span) << c.text;
  }
  std::string_view may = "may 20";
  EXPECT_FALSE(parse_date(src(may), 0, may.size()));
  std::string_view bad = "May 45";
  EXPECT_FALSE(parse_date(src(bad), 0, bad.size()));
}

TEST_F(GrammarTest, Times) {
  struct Case { const char* text; int h, m; const char* span; };
  for (auto c : {Case{"10:30 on", 10, 30, "10:30"}, Case{"3 p.m. local", 15, 0, "3 p.m."},
                 Case{"10.45pm last", 22, 45, "10.45pm"}, Case{"15:00 GMT", 15, 0, "15:00 GMT"}}) {
    std::string_view s = c.text;
    auto t = parse_time(src(s), 0, s.size());
    ASSERT_TRUE(t) << c.text;
    EXPECT_EQ(t->hour, c.h) << c.text;
    EXPECT_EQ(t->minute, c.m) << c.text;
    EXPECT_EQ(span(s, t->begin, t->end), c.span) << c.text;
  }
  std::string_view dec = "10.45 points";
  EXPECT_FALSE(parse_time(src(dec), 0, dec.size()));
}

TEST_F(GrammarTest, NeverReadsPastEnd) {
  std::string_view s = "41 billion US dollars";
  auto q = parse_quantity(src(s), 0, 10);
  ASSERT_TRUE(q);
  EXPECT_EQ(q->end, 10u);
  EXPECT_FALSE(q->currency);
}

}  // namespace
}  // namespace factsheet::grammar
