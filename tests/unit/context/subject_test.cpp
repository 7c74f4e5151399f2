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
  EXPECT_EQ(subject("Revenue in the quarter rose to $7.36 billion.", {{"$7.36 billion", Kind::money}}),
            "Revenue in the quarter");
  EXPECT_EQ(subject("The aircraft is 72.7 metres long.", {{"72.7 metres", Kind::measure}}), "aircraft");
}

TEST(Subject, NullForDatesYearsAndBareFigures) {
  EXPECT_FALSE(subject("The meeting was held on May 20.", {{"May 20", Kind::date}}));
  EXPECT_FALSE(subject("In 2022, the two countries upgraded relations.", {{"2022", Kind::year}}));
  EXPECT_FALSE(subject("It was 5.", {{"5", Kind::count}}));
}

}  // namespace
}  // namespace factsheet::context
