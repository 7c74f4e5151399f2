#include "eval/newsquant_adapter.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace factsheet::eval {
namespace {

NewsQuantUnits fake_units() {
  return {[](std::string_view unit) -> std::string {
            if (unit == "USD") return "dollar";
            if (unit == "%") return "percentage";
            return std::string(unit);
          },
          [](std::string_view text) -> std::optional<MinorUnit> {
            if (text.find("cents") != std::string_view::npos) return MinorUnit{"cent", 0.01};
            return std::nullopt;
          },
          [](std::string_view word) { return word == "two" || word == "seven" || word == "million"; },
          [](std::string_view unit, std::string_view text) -> std::string {
            if (unit == "lb·ft" && text.find("lb-ft") != std::string_view::npos) return "foot pound-force";
            return "";
          },
          nullptr, nullptr, nullptr, nullptr};
}

Claim make(Kind kind, Value value, std::optional<std::string> unit = std::nullopt) {
  Claim c;
  c.kind = kind;
  c.value = std::move(value);
  c.unit = std::move(unit);
  return c;
}

TEST(NewsQuantAdapter, DropsKindsNewsQuantDoesNotAnnotate) {
  for (Kind k : {Kind::year, Kind::date, Kind::time, Kind::ordinal, Kind::other}) {
    EXPECT_FALSE(newsquant_scores(k));
    EXPECT_FALSE(to_newsquant(make(k, 5.0), fake_units()).has_value());
  }
  for (Kind k : {Kind::money, Kind::percent, Kind::count, Kind::measure, Kind::ratio, Kind::duration, Kind::age})
    EXPECT_TRUE(newsquant_scores(k));
}

TEST(NewsQuantAdapter, PartitiveMentionIsScoredAsACountOfOne) {
  Claim c = make(Kind::other, 1.0, "hotel");
  c.text = "one";
  auto p = to_newsquant(c, fake_units());
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->value.low, 1.0);
  EXPECT_EQ(p->normalized_unit, "hotel");
  // A name with no noun ("one-China") stays out.
  Claim name = make(Kind::other, 1.0);
  name.text = "one-China";
  EXPECT_FALSE(to_newsquant(name, fake_units()).has_value());
}

TEST(NewsQuantAdapter, ASuperlativeWholeNamesThePartitive) {
  NewsQuantUnits units = fake_units();
  units.superlative = [](std::string_view w) -> std::string {
    if (w == "best") return "good";
    if (w == "tallest") return "tall";
    return "";
  };
  Claim c = make(Kind::other, 1.0, "tower");
  c.text = "one";
  c.subject = "tallest steel towers";
  auto p = to_newsquant(c, units);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->normalized_unit, "tall steel tower");
  EXPECT_TRUE(p->concepts.empty());  // the whole is the unit, not a concept
  // "most" marks the superlative of a longer adjective.
  c.subject = "most remarkable towers";
  EXPECT_EQ(to_newsquant(c, units)->normalized_unit, "remarkable tower");
  // A whole without a superlative keeps its noun and gives the concept.
  c.subject = "old towers";
  p = to_newsquant(c, units);
  EXPECT_EQ(p->normalized_unit, "tower");
  EXPECT_FALSE(p->concepts.empty());
  // A lone superlative with no noun after it is not a phrase; counts are left alone.
  EXPECT_EQ(superlative_phrase("best", "tower", units), "");
  Claim count = make(Kind::count, 2.0, "tower");
  count.text = "two towers";
  count.subject = "best towers";
  EXPECT_EQ(to_newsquant(count, units)->normalized_unit, "tower");
}

TEST(NewsQuantAdapter, FactorsAreCountsOfTimesAndOneWordMultiplesStayOut) {
  Claim factor = make(Kind::ratio, 12.0);
  factor.part = 12;
  factor.whole = 1;
  factor.text = "12 times";
  auto p = to_newsquant(factor, fake_units());
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->value.low, 12.0);
  EXPECT_EQ(p->normalized_unit, "count");
  factor.text = "twice";
  factor.value = 2.0;
  EXPECT_FALSE(to_newsquant(factor, fake_units()).has_value());
  Claim occasions = make(Kind::count, 2.0, "time");
  occasions.text = "twice";
  EXPECT_FALSE(to_newsquant(occasions, fake_units()).has_value());
  // A share is still a percentage of its noun.
  Claim share = make(Kind::ratio, 0.5, "staff");
  share.part = 1;
  share.whole = 2;
  share.text = "half of the staff";
  ASSERT_TRUE(to_newsquant(share, fake_units()).has_value());
}

TEST(NewsQuantAdapter, AHyphenatedDurationModifyingANounStaysOut) {
  auto duration_in = [](const std::string& text, const std::string& figure) {
    Claim c = make(Kind::duration, 2.0, "month");
    c.start = text.find(figure);
    c.end = c.start + figure.size();
    c.text = figure;
    return to_newsquant(c, fake_units(), text);
  };
  EXPECT_FALSE(duration_in("They signed a two-month contract with the state.", "two-month").has_value());
  EXPECT_FALSE(duration_in("It comes with a two-month $7000 award.", "two-month").has_value());
  // Set off by a comma, or not hyphenated, it is a quantity of its own.
  EXPECT_TRUE(duration_in("After a two-month, 1.8 billion-mile trip it arrived.", "two-month").has_value());
  EXPECT_TRUE(duration_in("They signed for two months last year.", "two months").has_value());
}

TEST(NewsQuantAdapter, CountedNounsKeepTheirPremodifiers) {
  Claim c = make(Kind::count, 7.0, "country");
  c.text = "seven European countries";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "european country");
  c.text = "about 9.3 million shipping containers";
  c.unit = "container";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "shipping container");
  c.text = "4.3M digital and physical sales";
  c.unit = "sale";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "digital physical sale");
  c.text = "two heads of state";
  c.unit = "head of state";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "head of state");
  c.text = "6.5 times";
  c.unit = "time";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "count");
  // A model number inside the phrase is a modifier, the figure's own number is not.
  c.text = "two new 737 Max jets";
  c.unit = "jet";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "new 737 max jet");
  c.text = "about 300 Boeing jets";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "boeing jet");
}

TEST(NewsQuantAdapter, JoinersAndSuperlativeMarkersAreGrammarRoles) {
  Claim c = make(Kind::count, 4.3e6, "sale");
  c.text = "4.3M digital and physical sales";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "digital physical sale");  // embedded roles
  NewsQuantUnits no_roles = fake_units();
  no_roles.role = [](std::string_view, SyntaxRole) { return false; };
  EXPECT_EQ(to_newsquant(c, no_roles)->normalized_unit, "digital and physical sale");
  no_roles.superlative = [](std::string_view) { return std::string(); };
  EXPECT_EQ(superlative_phrase("most popular models", "model", no_roles), "");
  NewsQuantUnits with_roles = no_roles;
  with_roles.role = [](std::string_view w, SyntaxRole r) { return w == "most" && r == SyntaxRole::superlative; };
  EXPECT_EQ(superlative_phrase("most popular models", "model", with_roles), "popular model");
}

TEST(NewsQuantAdapter, SharesOfAWholeArePercentagesOfIt) {
  Claim r = make(Kind::ratio, 0.3333, "population");
  r.text = "A third of the Britian population";
  EXPECT_EQ(to_newsquant(r, fake_units())->normalized_unit, "% britian population");
  r.text = "two out of seven Germans";
  r.unit = "german";
  EXPECT_EQ(to_newsquant(r, fake_units())->normalized_unit, "% german");
  r.text = "almost half";
  r.unit.reset();
  EXPECT_EQ(to_newsquant(r, fake_units())->normalized_unit, "% -");
}

TEST(NewsQuantAdapter, MeasureUnitsTakeTheNameOfTheirWrittenForm) {
  Claim c = make(Kind::measure, 295.0, "lb·ft");
  c.text = "295 lb-ft";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "foot pound-force");
  c.text = "275 pound-feet";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "lb·ft");
}

TEST(NewsQuantAdapter, AgesUseAgeNames) {
  Claim c = make(Kind::age, 50.0, "year");
  c.unit_name = "year of age";
  c.text = "50 year-old";
  EXPECT_EQ(to_newsquant(c, fake_units())->normalized_unit, "year of age");
}

TEST(NewsQuantAdapter, ValuesUnitsAndRanges) {
  auto p = to_newsquant(make(Kind::money, 5e6, "USD"), fake_units());
  ASSERT_TRUE(p);
  EXPECT_FALSE(p->value.range);
  EXPECT_DOUBLE_EQ(p->value.low, 5e6);
  EXPECT_EQ(p->normalized_unit, "dollar");

  Claim range = make(Kind::percent, std::monostate{}, "%");
  range.low = 3.0;
  range.high = 4.0;
  p = to_newsquant(range, fake_units());
  EXPECT_TRUE(p->value.range);
  EXPECT_DOUBLE_EQ(p->value.low, 3);
  EXPECT_DOUBLE_EQ(p->value.high, 4);
  EXPECT_EQ(p->normalized_unit, "percentage");

  EXPECT_EQ(to_newsquant(make(Kind::count, 7.0), fake_units())->normalized_unit, "-");
  EXPECT_EQ(to_newsquant(make(Kind::count, 7.0, ""), fake_units())->normalized_unit, "-");
  EXPECT_EQ(to_newsquant(make(Kind::count, 7.0, "employee"), fake_units())->normalized_unit, "employee");
}

TEST(NewsQuantAdapter, RatiosBecomePartOverWhole) {
  Claim r = make(Kind::ratio, 0.5778, "project");
  r.part = 1;
  r.whole = 4;
  EXPECT_DOUBLE_EQ(to_newsquant(r, fake_units())->value.low, 0.25);
  r.part.reset();
  r.whole.reset();
  EXPECT_DOUBLE_EQ(to_newsquant(r, fake_units())->value.low, 0.5778);
}

TEST(NewsQuantAdapter, AMissingValueStillCountsButMatchesNothing) {
  auto p = to_newsquant(make(Kind::count, std::monostate{}), fake_units());
  ASSERT_TRUE(p);
  EXPECT_TRUE(std::isnan(p->value.low));
}

TEST(NewsQuantAdapter, ChangeFromQualifierAndDirection) {
  EXPECT_EQ(newsquant_change(Qualifier::eq, Change::none), "=");
  EXPECT_EQ(newsquant_change(Qualifier::approx, Change::none), "~");
  EXPECT_EQ(newsquant_change(Qualifier::gt, Change::none), ">");
  EXPECT_EQ(newsquant_change(Qualifier::ge, Change::none), ">");
  EXPECT_EQ(newsquant_change(Qualifier::lt, Change::none), "<");
  EXPECT_EQ(newsquant_change(Qualifier::le, Change::none), "<");
  EXPECT_EQ(newsquant_change(Qualifier::eq, Change::up), "up");
  EXPECT_EQ(newsquant_change(Qualifier::eq, Change::down), "down");
  // A bound or an approximation outranks the direction.
  EXPECT_EQ(newsquant_change(Qualifier::approx, Change::up), "~");
  EXPECT_EQ(newsquant_change(Qualifier::gt, Change::down), ">");

  Claim c = make(Kind::percent, 2.1, "%");
  c.change = Change::down;
  EXPECT_EQ(to_newsquant(c, fake_units())->change, "down");
}

TEST(NewsQuantAdapter, ADirectionNamedAfterTheFigureIsNotAChange) {
  Claim c = make(Kind::percent, 3.0, "%");
  c.change = Change::down;
  NewsQuantUnits units = fake_units();
  // Without the document text or the function, the claim's direction is kept.
  EXPECT_EQ(to_newsquant(c, units, "a 3% drop")->change, "down");
  units.direction_after = [](const Claim& claim, std::string_view text) {
    return text.substr(claim.end).starts_with(" drop");
  };
  c.start = 2;
  c.end = 4;
  EXPECT_EQ(to_newsquant(c, units)->change, "down");
  EXPECT_EQ(to_newsquant(c, units, "a 3% drop")->change, "=");
  EXPECT_EQ(to_newsquant(c, units, "a 3% fall")->change, "down");
  // A figure stressed as exact is "=": "fell by just 3%".
  units.direction_after = nullptr;
  units.exact_before = [](const Claim& claim, std::string_view text) {
    return text.substr(0, claim.start).ends_with("just ");
  };
  c.start = 13;
  c.end = 15;
  EXPECT_EQ(to_newsquant(c, units, "fell by just 3%")->change, "=");
  EXPECT_EQ(to_newsquant(c, units, "fell by over 3%")->change, "down");
  // A qualifier still shows: "a nearly 3% drop".
  c.qualifier = Qualifier::approx;
  EXPECT_EQ(to_newsquant(c, units, "a 3% drop")->change, "~");
}

TEST(NewsQuantAdapter, AFigureAVerbAveragesIsApproximate) {
  auto change_in = [](const std::string& text, const std::string& figure, Qualifier q = Qualifier::eq) {
    Claim c = make(Kind::count, 7.3, "point");
    c.start = text.find(figure);
    c.end = c.start + figure.size();
    c.text = figure;
    c.qualifier = q;
    return to_newsquant(c, fake_units(), text)->change;
  };
  EXPECT_EQ(change_in("He has averaged 7.3 points this season.", "7.3 points"), "~");
  EXPECT_EQ(change_in("He entered the game averaging 15.9 degrees.", "15.9 degrees"), "~");
  // The noun leaves it exact; a written bound stays.
  EXPECT_EQ(change_in("Homes stay an average of 70 days.", "70 days"), "=");
  EXPECT_EQ(change_in("He averaged more than 7 points.", "more than 7 points", Qualifier::gt), ">");
  EXPECT_TRUE(averaged_before("it averages 12", 12));
  EXPECT_FALSE(averaged_before("the average 12", 12));
  EXPECT_FALSE(averaged_before("12", 0));
}

TEST(NewsQuantAdapter, MinorCurrencyUnitsKeepTheWrittenNumber) {
  Claim c = make(Kind::money, 0.5, "USD");
  c.text = "50 cents";
  auto p = to_newsquant(c, fake_units());
  EXPECT_NEAR(p->value.low, 50, 1e-9);
  EXPECT_EQ(p->normalized_unit, "cent");

  Claim per_share = make(Kind::money, 0.63, "USD/share");
  per_share.text = "63 cents per share";
  p = to_newsquant(per_share, fake_units());
  EXPECT_NEAR(p->value.low, 63, 1e-9);
  EXPECT_EQ(p->normalized_unit, "cent per share");

  Claim count = make(Kind::count, 3.0, "cent");
  count.text = "3 cents";  // only money is converted
  EXPECT_DOUBLE_EQ(to_newsquant(count, fake_units())->value.low, 3);
}

TEST(NewsQuantAdapter, ConceptsFromTheSubject) {
  Claim c = make(Kind::money, 41e9, "USD");
  c.subject = "China-Kazakhstan trade, Astana";
  c.text = "41 billion US dollars";
  auto p = to_newsquant(c, fake_units());
  EXPECT_EQ(p->concepts, (std::vector<std::string>{"china-kazakhstan", "trade", "astana"}));
  EXPECT_EQ(p->source, "41 billion US dollars");
  EXPECT_TRUE(to_newsquant(make(Kind::count, 1.0), fake_units())->concepts.empty());
}

TEST(NewsQuantAdapter, ConceptsLeaveOutTheFiguresOwnWordsAndClitics) {
  // The counted noun is NewsQuant's unit, never part of its concept.
  Claim count = make(Kind::count, 80e6, "follower");
  count.text = "more than 80 million followers";
  count.subject = "singer followers";
  EXPECT_EQ(to_newsquant(count, fake_units())->concepts, (std::vector<std::string>{"singer"}));
  count.subject = "followers";
  EXPECT_TRUE(to_newsquant(count, fake_units())->concepts.empty());

  Claim money = make(Kind::money, 3e9, "USD");
  money.text = "$3 billion";
  money.subject = "Globex's sales forecast";
  EXPECT_EQ(to_newsquant(money, fake_units())->concepts, (std::vector<std::string>{"globex", "sales", "forecast"}));
}

TEST(NewsQuantAdapter, WorksWithoutUnitFunctions) {
  auto p = to_newsquant(make(Kind::money, 5.0, "USD"), NewsQuantUnits{});
  EXPECT_EQ(p->normalized_unit, "USD");  // the claim's own unit
}

Claim at(std::string_view text, std::string_view span, Kind kind, double value, std::optional<std::string> unit = {}) {
  Claim c = make(kind, value, std::move(unit));
  c.start = text.find(span);
  c.end = c.start + span.size();
  c.text = std::string(span);
  return c;
}

TEST(NewsQuantAdapter, JoinsTheLevelsOfFromToIntoNewsQuantsRange) {
  std::string text = "Horsepower jumped from 240 to 273 and weight fell 5% to 2,000 pounds.";
  std::vector<Claim> claims = {at(text, "240", Kind::count, 240), at(text, "273", Kind::count, 273),
                               at(text, "5%", Kind::percent, 5, "%"), at(text, "2,000 pounds", Kind::measure, 2000, "lb")};
  join_from_to_levels(claims, text, fake_units());
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].text, "240 to 273");
  EXPECT_EQ(std::get<double>(claims[0].low), 240);
  EXPECT_EQ(std::get<double>(claims[0].high), 273);
  EXPECT_TRUE(std::holds_alternative<std::monostate>(claims[0].value));
  // No "from" before the 5%, and the two differ in kind: both stay.
  EXPECT_EQ(claims[1].text, "5%");
  EXPECT_EQ(claims[2].text, "2,000 pounds");
}

TEST(NewsQuantAdapter, ATimeBetweenTheLevelsDoesNotPartThem) {
  std::string text = "Bitcoin fell from $36,040 at 10.45pm to $34,935 at 5am.";
  std::vector<Claim> claims = {at(text, "$36,040", Kind::money, 36040, "USD"), at(text, "10.45pm", Kind::time, 0),
                               at(text, "$34,935", Kind::money, 34935, "USD"), at(text, "5am", Kind::time, 0)};
  join_from_to_levels(claims, text, fake_units());
  ASSERT_EQ(claims.size(), 3u);
  EXPECT_EQ(claims[0].text, "$36,040 at 10.45pm to $34,935");
  EXPECT_EQ(std::get<double>(claims[0].high), 34935);
  EXPECT_EQ(claims[1].text, "10.45pm");
  EXPECT_EQ(claims[2].text, "5am");
}

TEST(NewsQuantAdapter, LevelsOfDifferentUnitsStayApart) {
  std::string text = "It went from 20 mpg to 9 litres.";
  std::vector<Claim> claims = {at(text, "20 mpg", Kind::measure, 20, "mpg"), at(text, "9 litres", Kind::measure, 9, "L")};
  join_from_to_levels(claims, text, fake_units());
  EXPECT_EQ(claims.size(), 2u);
}

}  // namespace
}  // namespace factsheet::eval
