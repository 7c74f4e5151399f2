#include "context/subject.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"

namespace factsheet::context {
namespace {

using testing::claim_at;
using testing::lexicon;

struct Figure {
  std::string text;
  Kind kind;
};

// The subject of the first figure in `sentence`; the other figures are claims too.
std::optional<std::string> subject(const std::string& sentence, const std::vector<Figure>& figures) {
  std::vector<Claim> claims;
  for (const auto& f : figures) claims.push_back(claim_at(sentence, f.text, f.kind));
  std::vector<const Claim*> ptrs;
  for (const auto& c : claims) ptrs.push_back(&c);
  TaggedSentence s(sentence, 0, sentence.size(), lexicon(), ptrs);
  return find_subject(s, 0, ptrs);
}

TEST(Subject, ClauseSubjectOfAMeasureVerb) {
  EXPECT_EQ(subject("According to Chinese statistics, bilateral trade reached 41 billion US dollars last year.",
                    {{"41 billion US dollars", Kind::money}}),
            "bilateral trade");
  EXPECT_EQ(subject("The Dow Jones Industrial Average lost 190 points on Friday.", {{"190 points", Kind::measure}}),
            "Dow Jones Industrial Average");
  EXPECT_EQ(subject("The population is roughly 8 billion people.", {{"roughly 8 billion people", Kind::count}}),
            "population");
  EXPECT_EQ(subject("Exports rose 5% in May.", {{"5%", Kind::percent}}), "Exports");
}

TEST(Subject, TheObjectOfExpectIsTheSubjectOfTheInfinitive) {
  EXPECT_EQ(subject("Homeowners now expect house prices to rise by 1% over the next six months.", {{"1%", Kind::percent}}),
            "house prices");
  EXPECT_EQ(subject("Toshiba expects sales of HD-DVDs to reach 300bn yen by 2010.", {{"300bn yen", Kind::money}}),
            "sales of HD-DVDs");
  EXPECT_EQ(subject("The FSA asked firms to pay up to 350m pounds in compensation.", {{"up to 350m pounds", Kind::money}}),
            "firms");
  // Control: an infinitive of purpose keeps the clause's subject.
  EXPECT_EQ(subject("The airline sold assets to raise $5bn.", {{"$5bn", Kind::money}}), "airline");
}

TEST(Subject, CountedNounWithItsPredicate) {
  EXPECT_EQ(subject("To date, 26 out of the 45 capacity cooperation projects have been completed, in such sectors "
                    "as mining.",
                    {{"26 out of the 45 capacity cooperation projects", Kind::ratio}}),
            "capacity cooperation projects completed");
  EXPECT_EQ(subject("Currently, over 10,000 Kazakh students are studying in China, and others study at home.",
                    {{"over 10,000 Kazakh students", Kind::count}}),
            "Kazakh students studying in China");
  EXPECT_EQ(subject("Three companies filed for bankruptcy.", {{"Three companies", Kind::count}}),
            "companies filed for bankruptcy");
  EXPECT_EQ(subject("The President highlighted that over 20 related documents have been submitted to the Council "
                    "for consideration.",
                    {{"over 20 related documents", Kind::count}}),
            "related documents submitted to the Council");
}

TEST(Subject, CountedObjectReadAsPassive) {
  EXPECT_EQ(subject("Kazakhstan has established five Confucius Institutes.", {{"five Confucius Institutes", Kind::count}}),
            "Confucius Institutes established by Kazakhstan");
  EXPECT_EQ(subject("OHSU has performed more than 700 heart transplants since 1985.",
                    {{"more than 700 heart transplants", Kind::count}, {"1985", Kind::year}}),
            "heart transplants performed by OHSU");
}

TEST(Subject, PossessionKeepsTheCountedPhrase) {
  EXPECT_EQ(subject("China has five institutions offering Kazakh language courses.",
                    {{"five institutions", Kind::count}}),
            "China institutions offering Kazakh language courses");
  EXPECT_EQ(subject("Facebook, which has more than 2.2 billion users.", {{"more than 2.2 billion users", Kind::count}}),
            "Facebook users");
}

TEST(Subject, OfPhrasesAroundTheFigure) {
  EXPECT_EQ(subject("The company generates more than 60 per cent of its revenue from advertising.",
                    {{"more than 60 per cent", Kind::percent}}),
            "revenue");
  EXPECT_EQ(subject("The crime carries a fine of 10.5 million Australian dollars.",
                    {{"10.5 million Australian dollars", Kind::money}}),
            "fine");
}

TEST(Subject, NounTheFigureModifies) {
  EXPECT_EQ(subject("He earned a $700,000 award toward his research.", {{"$700,000", Kind::money}}), "award");
}

TEST(Subject, ConversionsShareTheSubject) {
  EXPECT_EQ(subject("It is the hub for 8 miles (13 kilometers) of new tunnels.",
                    {{"13 kilometers", Kind::measure}, {"8 miles", Kind::measure}}),
            "new tunnels");
  EXPECT_EQ(subject("The MacBook Pro 16 inch is worth exactly $2000.",
                    {{"$2000", Kind::money}, {"16 inch", Kind::measure}}),
            "MacBook Pro");
  // The time adjunct is left to the claim's time.
  EXPECT_EQ(subject("Revenue in the quarter rose to $7.36 billion.", {{"$7.36 billion", Kind::money}}), "Revenue");
  EXPECT_EQ(subject("The aircraft is 72.7 metres long.", {{"72.7 metres", Kind::measure}}), "aircraft");
}

TEST(Subject, ObjectOfTheVerbTheFigureModifies) {
  EXPECT_EQ(subject("The update will extend the battery life by about 20 miles.", {{"about 20 miles", Kind::measure}}),
            "battery life");
  EXPECT_EQ(subject("Globex lowered its sales forecast to $3 billion.", {{"$3 billion", Kind::money}}),
            "sales forecast lowered by Globex");
  // A time or place adjunct between the verb and the figure is passed over.
  EXPECT_EQ(subject("Sales rose 5% in the quarter to $3 billion.", {{"$3 billion", Kind::money}, {"5%", Kind::percent}}),
            "Sales");
}

TEST(Subject, ChangeBesideACommaOrParticle) {
  EXPECT_EQ(subject("The top gainers were Initech, up 12 cents.", {{"12 cents", Kind::money}}), "Initech");
  EXPECT_EQ(subject("Globex shares closed 4.2% higher at 18.50 euros.",
                    {{"18.50 euros", Kind::money}, {"4.2%", Kind::percent}}),
            "Globex shares");
  // After another figure, the change shares its subject.
  EXPECT_EQ(subject("The average rent was $1,200, up 3% from a year earlier.",
                    {{"3%", Kind::percent}, {"$1,200", Kind::money}}),
            "average rent");
  // After a prepositional phrase, it describes the clause's subject.
  EXPECT_EQ(subject("Copper prices have been on a roll, up 14%.", {{"14%", Kind::percent}}), "Copper prices");
}

TEST(Subject, ClauseSubjectOfParticiplesAndAppositions) {
  EXPECT_EQ(subject("The national debt hit a record, having increased by $40 billion.",
                    {{"$40 billion", Kind::money}}),
            "national debt");
  EXPECT_EQ(subject("Gold fell to $1,990, a 3 percent drop.", {{"3 percent", Kind::percent}, {"$1,990", Kind::money}}),
            "Gold");
  EXPECT_EQ(subject("Jones, 54, has retired.", {{"54", Kind::age}}), "Jones");
}

TEST(Subject, PronounsAndPossessives) {
  EXPECT_EQ(subject("The singer has a large fan base, and she has more than 30 million followers.",
                    {{"more than 30 million followers", Kind::count}}),
            "singer followers");
  EXPECT_EQ(subject("The current through it was 2 amperes.", {{"2 amperes", Kind::measure}}), "current through it");
}

TEST(Subject, NeverALoneVerbOrUnit) {
  EXPECT_FALSE(subject("Around 60% agreed.", {{"Around 60%", Kind::percent}}));
  EXPECT_EQ(subject("The contract was up $3.50 US.", {{"$3.50", Kind::money}}), "contract");
}

TEST(Subject, NullForDatesYearsAndBareFigures) {
  EXPECT_FALSE(subject("The meeting was held on May 20.", {{"May 20", Kind::date}}));
  EXPECT_FALSE(subject("In 2022, the two countries upgraded relations.", {{"2022", Kind::year}}));
  EXPECT_FALSE(subject("It was 5.", {{"5", Kind::count}}));
}

TEST(Subject, FigureBeforeAComparative) {
  // The size of a difference belongs to what is compared, not to "more".
  EXPECT_EQ(subject("The museum drew 90,000 visitors, 12% more than in the spring.",
                    {{"12%", Kind::percent}, {"90,000 visitors", Kind::count}}),
            "museum visitors");
  EXPECT_EQ(subject("The rail fare was 8% higher than a year earlier.", {{"8%", Kind::percent}}), "rail fare");
  EXPECT_EQ(subject("That was 9% more than in 2022.", {{"9%", Kind::percent}}), std::nullopt);
  // Positive control: a word after the comparative is what the figure counts.
  EXPECT_EQ(subject("The city will open 40 more libraries.", {{"40 more libraries", Kind::count}}), "libraries");
  EXPECT_EQ(subject("The club hopes to sell millions more shirts.", {{"millions", Kind::count}}), "shirts");
}

TEST(Subject, PronounAgentStandsForTheReportingSubject) {
  EXPECT_EQ(subject("The brewer said it would spend $2bn on new plants.", {{"$2bn", Kind::money}}), "brewer");
  EXPECT_EQ(subject("Acme Foods said it plans to invest 40m euros in its stores.", {{"40m euros", Kind::money}}),
            "Acme Foods");
  // Control: without an antecedent the pronoun names nothing.
  EXPECT_EQ(subject("It would spend $2bn on new plants.", {{"$2bn", Kind::money}}), std::nullopt);
}
TEST(Subject, LevelReachedBelongsToTheClauseSubject) {
  EXPECT_EQ(subject("The trade gap hit an all-time high of $80bn in May.", {{"$80bn", Kind::money}}), "trade gap");
  EXPECT_EQ(subject("The jobless rate fell to a ten-year low of 4.1% last month.", {{"4.1%", Kind::percent}}),
            "jobless rate");
  // Control: another noun before "of" is what the figure measures.
  EXPECT_EQ(subject("The firm paid a fine of $3m in May.", {{"$3m", Kind::money}}), "fine");
}

}  // namespace
}  // namespace factsheet::context
