#include "extract/sentence_links.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace factsheet::extract {
namespace {

const Lexicon& lexicon() {
  static const auto lex = Lexicon::embedded();
  return *lex;
}

// A claim over the first occurrence of `written` at or after `from` in `text`.
Claim at(const std::string& text, const std::string& written, Kind kind, double value,
         std::optional<std::string> unit = std::nullopt, std::size_t from = 0) {
  Claim c;
  c.start = text.find(written, from);
  EXPECT_NE(c.start, std::string::npos) << written;
  c.end = c.start + written.size();
  c.text = written;
  c.kind = kind;
  c.value = value;
  c.unit = unit;
  c.unit_name = unit;
  return c;
}

Claim year_at(const std::string& text, const std::string& written) {
  Claim c = at(text, written, Kind::year, std::stod(written));
  return c;
}

void link(const std::string& text, std::vector<Claim>& claims) {
  Sentence s{text, 0, text.size()};
  link_sentence_figures(s, lexicon(), claims, 0);
}

TEST(SentenceLinks, FromToAcrossWordsThatPlaceTheFirstEndIsOneSpan) {
  std::string text = "Quotes ran from $36,040 late last night to $34,935 this morning.";
  std::vector<Claim> claims = {at(text, "$36,040", Kind::money, 36040, "USD"),
                               at(text, "$34,935", Kind::money, 34935, "USD")};
  link(text, claims);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_TRUE(claims[0].is_range());
  EXPECT_EQ(std::get<double>(claims[0].low), 36040);
  EXPECT_EQ(std::get<double>(claims[0].high), 34935);
  EXPECT_EQ(claims[0].text, "$36,040 late last night to $34,935");
}

TEST(SentenceLinks, AfterAChangeVerbFromToIsTheLevelLeftAndTheLevelReached) {
  std::string text = "The price fell from $36,040 late last night to $34,935 this morning.";
  std::vector<Claim> claims = {at(text, "$36,040", Kind::money, 36040, "USD"),
                               at(text, "$34,935", Kind::money, 34935, "USD")};
  link(text, claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].text, "$36,040");
  EXPECT_EQ(claims[1].text, "$34,935");
  EXPECT_FALSE(claims[0].is_range());
  // A bare level reached takes the unit of the level left, and a bare level left that of
  // the level reached ("grew from 12 to 27 member states").
  std::string grew = "The union grew from 12 to 27 member states last year.";
  claims = {at(grew, "12", Kind::count, 12), at(grew, "27 member states", Kind::count, 27, "state")};
  link(grew, claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].unit, "state");
  // The range the grammar read as one ("rose from 5 to 6 million") splits at its "to".
  std::string rose = "Output rose from 5 to 6 million tonnes.";
  Claim range = at(rose, "5 to 6 million tonnes", Kind::measure, 0, "t");
  range.value = std::monostate{};
  range.low = 5e6;
  range.high = 6e6;
  claims = {range};
  link(rose, claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[0].text, "5");
  EXPECT_EQ(std::get<double>(claims[0].value), 5e6);
  EXPECT_EQ(claims[1].text, "6 million tonnes");
  EXPECT_EQ(std::get<double>(claims[1].value), 6e6);
  EXPECT_EQ(claims[1].unit, "t");
}

TEST(SentenceLinks, FromToNeverSpansAnotherFigure) {
  std::string text = "Bitcoin fell from $36,040 at 10.45pm to $34,935 at 5am.";
  std::vector<Claim> claims = {at(text, "$36,040", Kind::money, 36040, "USD"), at(text, "10.45pm", Kind::time, 0),
                               at(text, "$34,935", Kind::money, 34935, "USD"), at(text, "5am", Kind::time, 0)};
  link(text, claims);
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_FALSE(claims[0].is_range());
  // A bare second end still takes the first end's unit.
  std::string mpg = "Mileage rose from 20 miles per gallon in 2008 to 29 in 2020.";
  claims = {at(mpg, "20 miles per gallon", Kind::measure, 20, "mpg"), year_at(mpg, "2008"),
            at(mpg, "29", Kind::count, 29), year_at(mpg, "2020")};
  link(mpg, claims);
  ASSERT_EQ(claims.size(), 4u);
  EXPECT_EQ(claims[2].unit, "mpg");
}

TEST(SentenceLinks, FromToStopsAtAClauseBreakOrAVerb) {
  std::string comma = "Sales rose from $5 million, a record, to $7 million.";
  std::vector<Claim> claims = {at(comma, "$5 million", Kind::money, 5e6, "USD"),
                               at(comma, "$7 million", Kind::money, 7e6, "USD")};
  link(comma, claims);
  EXPECT_EQ(claims.size(), 2u);
  std::string verb = "It grew from 5% in Paris and fell to 3%.";
  claims = {at(verb, "5%", Kind::percent, 5, "%"), at(verb, "3%", Kind::percent, 3, "%")};
  link(verb, claims);
  EXPECT_EQ(claims.size(), 2u);
}

TEST(SentenceLinks, FromToLendsItsUnitToABareEnd) {
  std::string text = "Economy stood from 21 mpg combined to 23 for the base model.";
  std::vector<Claim> claims = {at(text, "21 mpg", Kind::measure, 21, "mpg"), at(text, "23", Kind::count, 23)};
  link(text, claims);
  ASSERT_EQ(claims.size(), 1u);
  EXPECT_EQ(claims[0].unit, "mpg");
  EXPECT_EQ(std::get<double>(claims[0].high), 23);
  // After a change verb the two stay levels, the second in the first one's unit.
  std::string climbed = "Economy climbed from 21 mpg combined to 23 for the base model.";
  claims = {at(climbed, "21 mpg", Kind::measure, 21, "mpg"), at(climbed, "23", Kind::count, 23)};
  link(climbed, claims);
  ASSERT_EQ(claims.size(), 2u);
  EXPECT_EQ(claims[1].unit, "mpg");
  EXPECT_EQ(claims[1].kind, Kind::measure);
}

TEST(SentenceLinks, AQualifiedSecondEndStaysItsOwnFigure) {
  std::string text = "Its share rose from 62% in 2003 to more than 68% by 2004.";
  Claim high = at(text, "more than 68%", Kind::percent, 68, "%");
  high.qualifier = Qualifier::gt;
  std::vector<Claim> claims = {at(text, "62%", Kind::percent, 62, "%"), year_at(text, "2003"), high,
                               year_at(text, "2004")};
  link(text, claims);
  EXPECT_EQ(claims.size(), 4u);
}

TEST(SentenceLinks, ABareNumberCountsTheNounOfTheSentencesOnlyCountOfItsSize) {
  std::string text = "Amicus has 1.2 million members and the TGWU has 800,000.";
  std::vector<Claim> claims = {at(text, "1.2 million members", Kind::count, 1.2e6, "member"),
                               at(text, "800,000", Kind::count, 8e5)};
  link(text, claims);
  EXPECT_EQ(claims[1].unit, "member");
  // Before the counted figure too.
  std::string before = "Texas had 2,483,805 while Florida came second with 1,385,710 lightning strikes.";
  claims = {at(before, "2,483,805", Kind::count, 2483805), at(before, "1,385,710 lightning strikes", Kind::count, 1385710, "strike")};
  link(before, claims);
  EXPECT_EQ(claims[0].unit, "strike");
  // Not of another size, not beside two counted figures, not a rank or a list mark.
  std::string far = "Sales of 400 cars were reported, against 90 last year.";
  claims = {at(far, "400 cars", Kind::count, 400, "car"), at(far, "90", Kind::count, 90)};
  link(far, claims);
  EXPECT_FALSE(claims[1].unit);
  std::string two = "It sold 40 cars and 30 vans; 35 went abroad.";
  claims = {at(two, "40 cars", Kind::count, 40, "car"), at(two, "30 vans", Kind::count, 30, "van"), at(two, "35", Kind::count, 35)};
  link(two, claims);
  EXPECT_FALSE(claims[2].unit);
  std::string rank = "Stephen Fry rose nine places to 15 this year.";
  claims = {at(rank, "nine places", Kind::count, 9, "place"), at(rank, "15", Kind::count, 15)};
  link(rank, claims);
  EXPECT_FALSE(claims[1].unit);
  std::string mark = "It misses two crucial facts: 1) they act.";
  claims = {at(mark, "two crucial facts", Kind::count, 2, "fact"), at(mark, "1", Kind::count, 1)};
  link(mark, claims);
  EXPECT_FALSE(claims[1].unit);
}

TEST(SentenceLinks, ABareSubjectOfAParallelClauseCountsTheNounOfTheCountedSubject) {
  std::string text = "At the ministry 20,000 jobs are to go, 450 will be lost at the agency and 300 are to move.";
  std::vector<Claim> claims = {at(text, "20,000 jobs", Kind::count, 2e4, "job"), at(text, "450", Kind::count, 450),
                               at(text, "300", Kind::count, 300)};
  link(text, claims);
  EXPECT_EQ(claims[1].unit, "job");  // 44 times smaller: the clauses, not the size, tell
  EXPECT_EQ(claims[2].unit, "job");
  // Not when the counted figure is no verb's subject, nor when the bare number is none.
  std::string object = "The firm cut 20,000 jobs last year, and 450 will follow.";
  claims = {at(object, "20,000 jobs", Kind::count, 2e4, "job"), at(object, "450", Kind::count, 450)};
  link(object, claims);
  EXPECT_FALSE(claims[1].unit);
  std::string no_verb = "Some 20,000 jobs are to go, against 450 last year.";
  claims = {at(no_verb, "20,000 jobs", Kind::count, 2e4, "job"), at(no_verb, "450", Kind::count, 450)};
  link(no_verb, claims);
  EXPECT_FALSE(claims[1].unit);
}

TEST(SentenceLinks, ParallelPrepositionLendsTheUnit) {
  std::string text = "The DAX increased by 2 percent but the Nasdaq decreased by 1.";
  std::vector<Claim> claims = {at(text, "2 percent", Kind::percent, 2, "%"), at(text, "1", Kind::count, 1, {}, 40)};
  link(text, claims);
  EXPECT_EQ(claims[1].kind, Kind::percent);
  EXPECT_EQ(claims[1].unit, "%");
}

TEST(SentenceLinks, ParallelFiguresMustBeOfOneMagnitude) {
  std::string text = "Shares rose by 2 percent and the index fell by 300.";
  std::vector<Claim> claims = {at(text, "2 percent", Kind::percent, 2, "%"), at(text, "300", Kind::count, 300)};
  link(text, claims);
  EXPECT_FALSE(claims[1].unit);
}

TEST(SentenceLinks, PartOfAWholeInTheWholesUnit) {
  std::string text = "He has raised 280 million of the 1.5 billion shekels he needs.";
  std::vector<Claim> claims = {at(text, "280 million", Kind::count, 280e6),
                               at(text, "1.5 billion shekels", Kind::money, 1.5e9, "ILS")};
  link(text, claims);
  EXPECT_EQ(claims[0].kind, Kind::money);
  EXPECT_EQ(claims[0].unit, "ILS");
  std::string games = "The team has won 12 of its last 15 games.";
  claims = {at(games, "12", Kind::count, 12), at(games, "15 games", Kind::count, 15, "game")};
  link(games, claims);
  EXPECT_EQ(claims[0].unit, "game");
}

TEST(SentenceLinks, PeriodPairsShareTheUnit) {
  std::string text = "A 1.4 percent return in 2018 and 2.1 last year pleased investors.";
  std::vector<Claim> claims = {at(text, "1.4 percent", Kind::percent, 1.4, "%"), year_at(text, "2018"),
                               at(text, "2.1", Kind::count, 2.1)};
  link(text, claims);
  EXPECT_EQ(claims[2].unit, "%");
}

TEST(SentenceLinks, EarlierLevelsAfterFromTakeTheUnit) {
  std::string to_from = "The time to sell rose to 81 days from 53 in the summer.";
  std::vector<Claim> claims = {at(to_from, "81 days", Kind::duration, 81, "day"), at(to_from, "53", Kind::count, 53)};
  link(to_from, claims);
  EXPECT_EQ(claims[1].kind, Kind::duration);
  std::string up_from = "Nearly 2m people visited, up from 1.5m in 2022.";
  claims = {at(up_from, "Nearly 2m people", Kind::count, 2e6, "people"), at(up_from, "1.5m", Kind::count, 1.5e6),
            year_at(up_from, "2022")};
  link(up_from, claims);
  EXPECT_EQ(claims[1].unit, "people");
}

TEST(SentenceLinks, LevelAfterAChangeInPointsButNotInRank) {
  std::string points = "The FTSE 100 closed 45 points lower at 7,600.";
  Claim change = at(points, "45 points", Kind::count, 45, "point");
  change.change = Change::down;
  std::vector<Claim> claims = {change, at(points, "7,600", Kind::count, 7600)};
  link(points, claims);
  EXPECT_EQ(claims[1].unit, "point");
  std::string rank = "Fry climbed nine places to 15 in the list.";
  Claim places = at(rank, "nine places", Kind::count, 9, "place");
  places.change = Change::up;
  claims = {places, at(rank, "15", Kind::count, 15)};
  link(rank, claims);
  EXPECT_FALSE(claims[1].unit);
}

TEST(SentenceLinks, AScaleNamesTheUnit) {
  std::string text = "The quake measured 7.8 on the Richter scale.";
  std::vector<Claim> claims = {at(text, "7.8", Kind::count, 7.8)};
  link(text, claims);
  EXPECT_EQ(claims[0].kind, Kind::measure);
  EXPECT_EQ(claims[0].unit, "ML");
}

TEST(SentenceLinks, AGappedListItemKeepsTheDirection) {
  std::string text = "Ross was down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%.";
  Claim first = at(text, "2.3%", Kind::percent, 2.3, "%");
  first.change = Change::down;
  std::vector<Claim> claims = {first, at(text, "2.6%", Kind::percent, 2.6, "%")};
  link(text, claims);
  EXPECT_EQ(claims[1].change, Change::down);
  std::string verb = "Ross was down 2.3%, while sales grew by 2.6%.";
  first = at(verb, "2.3%", Kind::percent, 2.3, "%");
  first.change = Change::down;
  claims = {first, at(verb, "2.6%", Kind::percent, 2.6, "%")};
  link(verb, claims);
  EXPECT_EQ(claims[1].change, Change::none);
}

TEST(SentenceLinks, AFigureBeforeOfWhichCountsItsAntecedent) {
  // The counted figure before it.
  std::string records = "She has set 10 world records in the pole vault, three of which came at home.";
  Claim three = at(records, "three", Kind::other, 3);
  std::vector<Claim> claims = {at(records, "10 world records", Kind::count, 10, "record"), three};
  link(records, claims);
  EXPECT_EQ(claims[1].kind, Kind::count);
  EXPECT_EQ(claims[1].unit, "record");
  // Else the plural noun right before the comma; a share stays a share.
  std::string songs = "Violence is among the topics of his songs, half of which he wrote with Chambers.";
  Claim half = at(songs, "half", Kind::ratio, 0.5);
  half.part = 1;
  half.whole = 2;
  claims = {half};
  link(songs, claims);
  EXPECT_EQ(claims[0].kind, Kind::ratio);
  EXPECT_EQ(claims[0].unit, "song");
  // A unit before the comma is no antecedent, nor is a figure that counts nothing.
  std::string years = "Few were charged over the past 15 years, five of whom were convicted.";
  claims = {at(years, "15 years", Kind::duration, 15, "year"), at(years, "five", Kind::other, 5)};
  link(years, claims);
  EXPECT_EQ(claims[1].kind, Kind::other);
  EXPECT_FALSE(claims[1].unit);
  // Not without the relative pronoun: "five of the" is another construction.
  std::string plain = "He has 10 cars, five of the blue ones.";
  claims = {at(plain, "10 cars", Kind::count, 10, "car"), at(plain, "five", Kind::other, 5)};
  link(plain, claims);
  EXPECT_FALSE(claims[1].unit);
}

}  // namespace
}  // namespace factsheet::extract
