#include "context/attribution.hpp"

#include <gtest/gtest.h>

#include "context/person_names.hpp"
#include "helpers.hpp"

namespace factsheet::context {
namespace {

using testing::lexicon;

std::optional<std::string> attribution(const std::string& sentence) {
  TaggedSentence s(sentence, 0, sentence.size(), lexicon(), {});
  return find_attribution(s, lexicon());
}

TEST(Attribution, AccordingTo) {
  EXPECT_EQ(attribution("According to Chinese statistics, bilateral trade reached 41 billion US dollars last year."),
            "Chinese statistics");
  EXPECT_EQ(attribution("Leaders will meet in July, according to the Russian Interfax news agency."),
            "Russian Interfax news agency");
}

TEST(Attribution, ReportingVerbAfterOrBeforeTheSource) {
  EXPECT_EQ(attribution("China is keen to increase imports, Wang said."), "Wang");
  EXPECT_EQ(attribution("This set a clear goal for relations, said Wang."), "Wang");
  EXPECT_EQ(attribution("Kazakhstan is making every effort, President Kassym-Jomart Tokayev said at a May 21 meeting "
                        "with SCO Foreign Ministers, reported Akorda."),
            "Akorda");
  EXPECT_EQ(attribution("Wang said that the two sides agreed to focus on cooperation."), "Wang");
  EXPECT_EQ(attribution("The two leaders met on May 20, reported the Akorda press service."), "Akorda press service");
}

TEST(Attribution, NullWhenUnstatedOrAPronoun) {
  EXPECT_FALSE(attribution("Bilateral trade reached 41 billion US dollars last year."));
  EXPECT_FALSE(attribution("China is keen to increase imports, he said."));
  EXPECT_FALSE(attribution("He noted that both sides spoke highly of the outcomes."));
}

TEST(PersonNames, SurnameResolvesToTheFullNameWrittenEarlier) {
  std::string text =
      "Chinese Foreign Minister Wang Yi met Russian Foreign Minister Sergei Lavrov and President Vladimir "
      "Putin\xE2\x80\x99s envoy. Later, Wang said trade rose. Lavrov agreed.";
  NameIndex names(text, 0, text.size(), lexicon());
  EXPECT_EQ(names.full_name("Wang", text.size()), "Wang Yi");
  EXPECT_EQ(names.full_name("Lavrov", text.size()), "Sergei Lavrov");
  EXPECT_EQ(names.full_name("Putin", text.size()), "Vladimir Putin");
  EXPECT_FALSE(names.full_name("Wang", 10));  // not written yet at offset 10
  EXPECT_FALSE(names.full_name("Chinese", text.size()));
  EXPECT_FALSE(names.full_name("Minister", text.size()));
}

}  // namespace
}  // namespace factsheet::context
