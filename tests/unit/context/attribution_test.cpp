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

// Per figure: the source of the clause each figure stands in. `figures` are substrings of
// the sentence, each taken at its first occurrence after the previous one.
std::vector<std::optional<std::string>> per_figure(const std::string& sentence, std::vector<std::string> figures) {
  std::vector<Claim> claims;
  std::size_t from = 0;
  for (const std::string& f : figures) {
    Claim c;
    c.start = sentence.find(f, from);
    c.end = c.start + f.size();
    c.text = f;
    c.kind = Kind::count;
    from = c.end;
    claims.push_back(c);
  }
  std::vector<const Claim*> ptrs;
  for (const Claim& c : claims) ptrs.push_back(&c);
  TaggedSentence s(sentence, 0, sentence.size(), lexicon(), ptrs);
  return find_attributions(s, lexicon(), claims.size());
}

using Sources = std::vector<std::optional<std::string>>;

TEST(Attribution, ACommonNounSourceWithItsDeterminer) {
  EXPECT_EQ(per_figure("Exports rose 12% last year, the ministry said.", {"12%"}), (Sources{"ministry"}));
  EXPECT_EQ(per_figure("Sales rose 11%, the Treasury said.", {"11%"}), (Sources{"Treasury"}));
  EXPECT_EQ(per_figure("The company said sales rose 5%.", {"5%"}), (Sources{"company"}));
  EXPECT_EQ(per_figure("Its biggest rival said profits fell by a third.", {"a third"}), (Sources{"biggest rival"}));
}

TEST(Attribution, EachFigureTakesTheSourceOfItsClause) {
  EXPECT_EQ(per_figure("About 1,500 people attended, police said, while organisers put the figure at 4,000.",
                       {"1,500 people", "4,000"}),
            (Sources{"police", "organisers"}));
  EXPECT_EQ(per_figure("Police said 1,500 people attended, but organisers said 4,000 came.",
                       {"1,500 people", "4,000"}),
            (Sources{"Police", "organisers"}));
  // A closing source covers the figures before it; after it the speaker goes on, unless
  // another source takes over.
  EXPECT_EQ(per_figure("Exports rose 5%, the ministry said, and imports fell 2%.", {"5%", "2%"}),
            (Sources{"ministry", "ministry"}));
  EXPECT_EQ(per_figure("Google said it made a profit of $52m, up 10%.", {"$52m", "10%"}), (Sources{"Google", "Google"}));
  // The outermost source wins where two cover one figure.
  EXPECT_EQ(per_figure("Wang said that exports rose 5%, the ministry reported.", {"5%"}), (Sources{"ministry"}));
  EXPECT_EQ(per_figure("According to the census, 300 homes were sold and 40 were let.", {"300 homes", "40"}),
            (Sources{"census", "census"}));
  // A pronoun names no one, for its own clause only.
  EXPECT_EQ(per_figure("Sales rose 5%, he said, while analysts put the figure at 7%.", {"5%", "7%"}),
            (Sources{std::nullopt, "analysts"}));
  EXPECT_EQ(per_figure("In a filing, Nortel said it had made $434m.", {"$434m"}), (Sources{"Nortel"}));
  // A figure before the only source, in a phrase that opens the sentence.
  EXPECT_EQ(per_figure("Unveiling the 418bn-rand budget, Mr Manuel said growth was 3.2%.", {"418bn-rand", "3.2%"}),
            (Sources{"Mr Manuel", "Mr Manuel"}));
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

// Names found wherever the capitals stand: after long lower-case runs, beside words with a
// capital inside ("iPhone", "über-Boss"), with two-byte letters, at the very start and end.
TEST(NameIndex, NamesAmongOtherCapitalsAndLetters) {
  std::string text =
      "Anna Lee said the \xC3\xBC" "ber-Boss Hans M\xC3\xBCller and the iPhone maker Tim Cook met "
      "Zo\xC3\xAB Ball, then a long while without any capitals at all passed before Jean-Paul Agon";
  NameIndex names(text, 0, text.size(), lexicon());
  EXPECT_EQ(names.full_name("Lee", text.size()), "Anna Lee");
  EXPECT_EQ(names.full_name("Hans", text.size()), "Hans M\xC3\xBCller");
  EXPECT_EQ(names.full_name("Cook", text.size()), "Tim Cook");
  EXPECT_EQ(names.full_name("Ball", text.size()), "Zo\xC3\xAB Ball");
  EXPECT_EQ(names.full_name("Agon", text.size()), "Jean-Paul Agon");
  EXPECT_FALSE(names.full_name("Boss", text.size()));    // inside a word that is not capitalised
  EXPECT_FALSE(names.full_name("Phone", text.size()));
  // The same names read from a place inside the text: a scan may begin between words.
  NameIndex later(text, text.find("Tim"), text.size(), lexicon());
  EXPECT_EQ(later.full_name("Cook", text.size()), "Tim Cook");
  EXPECT_FALSE(later.full_name("Lee", text.size()));
}

}  // namespace
}  // namespace factsheet::context
