#include "context/number_of.hpp"

#include <gtest/gtest.h>

#include "helpers.hpp"

namespace factsheet::context {
namespace {

using testing::lexicon;

std::optional<std::string> noun(std::string_view subject) { return number_of_noun(subject, lexicon()); }

TEST(NumberOf, ThePluralHeadAfterNumberOf) {
  EXPECT_EQ(noun("number of Japanese films"), "film");
  EXPECT_EQ(noun("The number of mobile users"), "user");
  EXPECT_EQ(noun("the total number of Europeans online"), "european");
  EXPECT_EQ(noun("numbers of camera phones in the UK"), "phone");
  EXPECT_EQ(noun("number of people out of work"), "people");
  // Cue words of other tables are still nouns here ("flight", "specialist").
  EXPECT_EQ(noun("number of flight attendants"), "attendant");
  EXPECT_EQ(noun("number of specialist sport colleges"), "college");
}

TEST(NumberOf, NothingForAnyOtherSubject) {
  EXPECT_EQ(noun("Japanese films"), std::nullopt);
  EXPECT_EQ(noun("a number one hit"), std::nullopt);
  // No plural head before the noun phrase ends: "the number of the beast".
  EXPECT_EQ(noun("number of the beast"), std::nullopt);
  EXPECT_EQ(noun("number of unemployment"), std::nullopt);
  EXPECT_EQ(noun("number"), std::nullopt);
}

std::optional<std::string> head(std::string_view subject) { return plural_subject_noun(subject, lexicon()); }

TEST(PluralSubject, ThePluralHeadOfTheSubject) {
  EXPECT_EQ(head("New loans"), "loan");
  EXPECT_EQ(head("New mortgage loans"), "loan");
  EXPECT_EQ(head("civil servants in Britain"), "servant");
  EXPECT_EQ(head("Subscribers via DSL"), "subscriber");
  EXPECT_EQ(head("the jobless claims"), "claim");
}

TEST(PluralSubject, NothingForAMeasureASingularOrAPhraseGoingOn) {
  // "sales" names an amount (WordNet lists the plural as a measure of its own).
  EXPECT_EQ(head("mobile phone sales"), std::nullopt);
  EXPECT_EQ(head("Japan's population"), std::nullopt);
  EXPECT_EQ(head("the index"), std::nullopt);
  // The plural premodifies another noun, or a verb follows it.
  EXPECT_EQ(head("savings accounts holders said"), std::nullopt);
  EXPECT_EQ(head("it"), std::nullopt);
}

}  // namespace
}  // namespace factsheet::context
