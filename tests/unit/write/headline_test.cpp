#include <gtest/gtest.h>

#include "write/headline_index.hpp"
#include "write/headline_rules.hpp"
#include "write/source_index.hpp"

namespace factsheet::write {
namespace {

const MinorNouns kNouns = {"side", "country", "head of state", "time", "suggestion"};

Claim count(std::string text, double value, std::string unit) {
  Claim c;
  c.doc = "a.txt";
  c.text = std::move(text);
  c.kind = Kind::count;
  c.value = value;
  c.unit = std::move(unit);
  return c;
}

Claim money(double value, std::optional<std::string> subject = std::nullopt, std::size_t start = 0) {
  Claim c;
  c.doc = "a.txt";
  c.text = "41 billion US dollars";
  c.kind = Kind::money;
  c.value = value;
  c.unit = "USD";
  c.subject = std::move(subject);
  c.start = start;
  return c;
}

TEST(HeadlineRules, MinorDiscourseCounts) {
  EXPECT_TRUE(is_minor_count(count("two sides", 2, "side"), kNouns));
  EXPECT_TRUE(is_minor_count(count("both countries", 2, "country"), kNouns));
  EXPECT_TRUE(is_minor_count(count("two heads of state", 2, "head of state"), kNouns));
  EXPECT_TRUE(is_minor_count(count("twice", 2, "time"), kNouns));
  EXPECT_TRUE(is_minor_count(count("ten countries", 10, "country"), kNouns));
  EXPECT_TRUE(is_minor_count(count("Four suggestions", 4, "Suggestion"), kNouns));
  // Digits, more than ten, or a noun of substance: a fact.
  EXPECT_FALSE(is_minor_count(count("2 sides", 2, "side"), kNouns));
  EXPECT_FALSE(is_minor_count(count("eleven countries", 11, "country"), kNouns));
  EXPECT_FALSE(is_minor_count(count("Twenty-two resolutions", 22, "resolution"), kNouns));
  EXPECT_FALSE(is_minor_count(count("two million people", 2e6, "people"), kNouns));
  EXPECT_FALSE(is_minor_count(count("five institutes", 5, "institute"), kNouns));
  EXPECT_FALSE(is_minor_count(count("two sides", 2, "side"), MinorNouns{}));
  Claim range = count("two or three sides", 0, "side");
  range.value = std::monostate{};
  range.low = 2.0;
  range.high = 3.0;
  EXPECT_FALSE(is_minor_count(range, kNouns));
}

TEST(HeadlineRules, DatesAndRanksAreNotHeadlineFigures) {
  Claim date;
  date.kind = Kind::date;
  date.value = std::string("2024-05-20");
  EXPECT_EQ(headline_verdict(date, kNouns), HeadlineVerdict::not_a_figure);
  for (Kind k : {Kind::year, Kind::time, Kind::ordinal, Kind::other}) {
    Claim c = count("x", 2024, "");
    c.kind = k;
    EXPECT_EQ(headline_verdict(c, kNouns), HeadlineVerdict::not_a_figure);
  }
  EXPECT_EQ(headline_verdict(count("two sides", 2, "side"), kNouns), HeadlineVerdict::minor);
  EXPECT_EQ(headline_verdict(money(41e9), kNouns), HeadlineVerdict::listed);
}

TEST(HeadlineRules, AShareRestatedInBracketsGivesWayToThePercentage) {
  auto share = [](std::string sentence) {
    Claim c;
    c.kind = Kind::ratio;
    c.text = "More than half";
    c.value = 0.5;
    c.part = 1.0;
    c.whole = 2.0;
    c.sentence = std::move(sentence);
    return c;
  };
  EXPECT_EQ(headline_verdict(share("More than half (55%) of the respondents agreed."), kNouns), HeadlineVerdict::restated);
  EXPECT_EQ(headline_verdict(share("More than half (55 per cent) of them agreed."), kNouns), HeadlineVerdict::restated);
  // No percentage right after it: the share is the figure.
  EXPECT_EQ(headline_verdict(share("More than half of the respondents agreed (55%)."), kNouns), HeadlineVerdict::listed);
  EXPECT_EQ(headline_verdict(share("More than half (1,100 people) agreed."), kNouns), HeadlineVerdict::listed);
}

TEST(HeadlineIndex, TheSameFigureStatedTwiceIsOneFactWithTwoSources) {
  HeadlineIndex index(kNouns, 100);
  index.add(money(41e9, std::nullopt, 10), {0, 10}, {0, 1});
  index.add(count("two sides", 2, "side"), {0, 50}, {0, 2});
  index.add(money(41e9, std::nullopt, 900), {1, 900}, {0, 3});
  ASSERT_EQ(index.facts().size(), 1u);
  const HeadlineFact& f = index.facts()[0];
  EXPECT_EQ(f.mentions, 2u);
  ASSERT_EQ(f.places.size(), 2u);
  EXPECT_EQ(f.places[1].source, 1u);
  EXPECT_EQ(f.places[1].offset, 900u);
  EXPECT_EQ(f.first.row, 1u);
  EXPECT_EQ(index.minor(), 1u);
}

TEST(HeadlineIndex, SubjectsSplitFactsOnceKnownAndFillGaps) {
  HeadlineIndex index({}, 100);
  index.add(money(41e9), {0, 0}, {0, 1});                          // subject unknown
  index.add(money(41e9, "Bilateral  trade"), {0, 1}, {0, 2});      // joins, names the fact
  index.add(money(41e9, "the bilateral trade"), {0, 2}, {0, 3});   // the same subject
  index.add(money(41e9, "defence spending"), {0, 3}, {0, 4});      // another fact
  index.add(money(41e9), {0, 4}, {0, 5});                          // unknown: joins the first
  ASSERT_EQ(index.facts().size(), 2u);
  EXPECT_EQ(index.facts()[0].subject, "Bilateral  trade");
  EXPECT_EQ(index.facts()[0].mentions, 4u);
  EXPECT_EQ(index.facts()[1].subject, "defence spending");
  EXPECT_EQ(normalize_subject("  The  Bilateral\ttrade "), "bilateral trade");
}

TEST(HeadlineIndex, QualifierChangeUnitAndTimeKeepFactsApart) {
  HeadlineIndex index({}, 100);
  Claim a = count("180 events", 180, "event");
  Claim more = a;
  more.qualifier = Qualifier::gt;
  Claim other_unit = count("180 people", 180, "people");
  Claim up = a;
  up.change = Change::up;
  Claim y2022 = a, y2023 = a;
  y2022.time = "2022";
  y2023.time = "2023";
  for (const Claim* c : {&a, &more, &other_unit, &up, &y2022, &y2023}) index.add(*c, {0, 0}, {0, 1});
  // `a` has no time, so 2022 joins it; 2023 then disagrees with the fact's 2022.
  EXPECT_EQ(index.facts().size(), 5u);
  EXPECT_EQ(index.facts()[0].time, "2022");
}

TEST(HeadlineIndex, LimitAndPlacesAreBounded) {
  HeadlineIndex index({}, 2);
  for (int i = 0; i < 5; ++i) index.add(money(1e6 * (i + 1)), {0, 0}, {0, 1});
  EXPECT_EQ(index.facts().size(), 2u);
  EXPECT_EQ(index.unlisted(), 3u);
  for (std::size_t i = 0; i < HeadlineIndex::kMaxPlaces + 5; ++i) index.add(money(1e6), {0, i}, {0, 1});
  EXPECT_EQ(index.facts()[0].mentions, HeadlineIndex::kMaxPlaces + 6);
  EXPECT_EQ(index.facts()[0].places.size(), HeadlineIndex::kMaxPlaces);
}

// Facts of every shape: ranges, subjects, times, attributions, texts of many lengths, more
// than one place.
HeadlineIndex varied_facts(std::size_t n) {
  HeadlineIndex index({}, n);
  for (std::size_t i = 0; i < n; ++i) {
    Claim c = money(1e6 * static_cast<double>(i + 1), i % 3 ? std::optional<std::string>("trade " + std::to_string(i % 7)) : std::nullopt,
                    i * 10);
    if (i % 4 == 0) {
      c.value = std::monostate{};
      c.low = static_cast<double>(i);
      c.high = static_cast<double>(i) + 0.5;
    }
    if (i % 5 == 0) c.time = "2023";
    if (i % 6 == 0) c.attribution = std::string(200, 'a');
    c.text += std::string(i % 50, 'x');
    c.qualifier = i % 2 ? Qualifier::approx : Qualifier::eq;
    const auto source = static_cast<std::uint32_t>(i % 11);
    index.add(c, {source, i}, {0, static_cast<std::uint32_t>(i)});
    if (i % 9 == 0) index.add(c, {source + 1, i + 1}, {0, static_cast<std::uint32_t>(i)});  // a second place
  }
  return index;
}

TEST(HeadlineIndex, PackedFactsUnpackAsTheyWereAdded) {
  HeadlineIndex index = varied_facts(2000);
  ASSERT_EQ(index.size(), 2000u);
  const HeadlineFact& f9 = index.facts()[9];
  EXPECT_EQ(f9.places.size(), 2u);
  EXPECT_EQ(f9.mentions, 2u);
  EXPECT_EQ(f9.sources, (std::vector<std::uint32_t>{9, 10}));
  const HeadlineFact& f4 = index.facts()[4];
  EXPECT_TRUE(f4.figure.low.has_value());
  EXPECT_FALSE(f4.figure.value.has_value());
  EXPECT_EQ(f4.figure.high, 4.5);
  EXPECT_EQ(index.facts()[6].attribution, std::string(200, 'a'));  // a size past one byte
  EXPECT_EQ(index.facts()[10].time, "2023");
  EXPECT_EQ(index.facts()[1].subject, "trade 1");
  EXPECT_FALSE(index.facts()[3].subject.has_value());
  EXPECT_EQ(index.facts()[49].text, "41 billion US dollars" + std::string(49, 'x'));
  for (std::uint32_t id = 0; id < index.size(); ++id) ASSERT_EQ(index.fact(id), index.facts()[id]) << id;
}

TEST(HeadlineIndex, EndingTheAddsKeepsTheFactsAndRefusesMore) {
  HeadlineIndex index = varied_facts(500);
  index.mark(7, FactCheck::conflict);
  const std::vector<HeadlineFact> before(index.facts().begin(), index.facts().end());
  index.end_adding();
  ASSERT_EQ(index.size(), before.size());
  for (std::size_t i = 0; i < before.size(); ++i) ASSERT_EQ(index.facts()[i], before[i]) << "fact " << i;
  index.mark(8, FactCheck::vague);  // marks still land
  EXPECT_EQ(index.facts()[8].check, FactCheck::vague);
  EXPECT_EQ(index.facts()[7].check, FactCheck::conflict);
  EXPECT_THROW(index.add(money(1), {0, 0}, {0, 1}), std::logic_error);
}

TEST(HeadlineIndex, FactsAskedForBetweenAddsStayCurrent) {
  HeadlineIndex index({}, 100);
  index.add(money(41e9), {0, 0}, {0, 1});
  ASSERT_EQ(index.facts().size(), 1u);
  index.add(money(5e6), {0, 10}, {0, 2});   // a new fact
  index.add(money(41e9), {1, 20}, {0, 3});  // joins the first, unpacked before
  index.mark(0, FactCheck::corroborated);
  ASSERT_EQ(index.facts().size(), 2u);
  EXPECT_EQ(index.facts()[0].mentions, 2u);
  EXPECT_EQ(index.facts()[0].sources.size(), 2u);
  EXPECT_EQ(index.facts()[0].check, FactCheck::corroborated);
  index.add(money(5e6), {2, 30}, {0, 4});  // joins the second, after it was unpacked
  EXPECT_EQ(index.facts()[1].mentions, 2u);
  index.mark(1, FactCheck::repeated);
  index.mark(1, FactCheck::none);  // a weaker finding changes nothing
  EXPECT_EQ(index.facts()[1].check, FactCheck::repeated);
}

TEST(SourceIndex, OneRowPerDocumentOrArticle) {
  SourceIndex sources;
  Claim c = money(1);
  c.doc = "wire.txt";
  EXPECT_EQ(sources.add(c, {0, 1}), 0u);
  c.article = 2;
  c.title = "Trade up";
  EXPECT_EQ(sources.add(c, {0, 2}), 1u);
  c.source = "Xinhua";
  EXPECT_EQ(sources.add(c, {0, 3}), 1u);
  c.doc = "other.txt";
  EXPECT_EQ(sources.add(c, {0, 4}), 2u);
  ASSERT_EQ(sources.records().size(), 3u);
  const SourceRecord& r = sources.records()[1];
  EXPECT_EQ(r.figures, 2u);
  EXPECT_EQ(r.title, "Trade up");
  EXPECT_EQ(r.source, "Xinhua");  // filled from a later claim
  EXPECT_EQ(r.first.row, 2u);
  EXPECT_EQ(source_label(r), "wire.txt #2");
  EXPECT_EQ(source_label(sources.records()[0]), "wire.txt");
}

}  // namespace
}  // namespace factsheet::write
