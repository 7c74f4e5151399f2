#include "lexicon/context_vocabulary.hpp"

#include <gtest/gtest.h>

#include "lexicon/embedded.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet {
namespace {

TEST(ContextVocabulary, EmbeddedTablesLoad) {
  const ContextVocabulary& v = Lexicon::embedded()->context();
  auto src = v.sources().longest("Xinhua News Agency", 0);
  ASSERT_TRUE(src);
  EXPECT_EQ(v.source_name(src->id), "Xinhua");
  EXPECT_FALSE(v.sources().longest("ap", 0));  // acronyms match only as written
  auto rel = v.relative_times().longest("last year", 0);
  ASSERT_TRUE(rel);
  EXPECT_EQ(v.relative_time(rel->id).unit, TimeUnit::year);
  EXPECT_EQ(v.relative_time(rel->id).offset, -1);
  auto cue = v.attribution_cues().longest("according to", 0);
  ASSERT_TRUE(cue);
  EXPECT_EQ(v.cue(cue->id), CuePosition::before);
  EXPECT_TRUE(v.has_role("that", SyntaxRole::determiner));
  EXPECT_TRUE(v.has_role("that", SyntaxRole::relative));
  EXPECT_TRUE(v.has_role("Minister", SyntaxRole::title));
  EXPECT_FALSE(v.has_role("trade", SyntaxRole::verb));
  EXPECT_EQ(v.roles("trade"), 0);
}

// The readers' closed words are syntax.tsv roles: a job role does not make a word
// closed-class for the chunker, and an edited table changes what a reader keys on.
TEST(ContextVocabulary, JobRolesAreData) {
  const ContextVocabulary& v = Lexicon::embedded()->context();
  EXPECT_TRUE(v.has_role("GMT", SyntaxRole::clock));
  EXPECT_TRUE(v.has_role("minus", SyntaxRole::negative));
  EXPECT_TRUE(v.has_role("per", SyntaxRole::rate));
  EXPECT_TRUE(v.has_role("per", SyntaxRole::preposition));
  EXPECT_TRUE(v.has_role("an", SyntaxRole::indefinite));
  EXPECT_FALSE(v.has_role("the", SyntaxRole::indefinite));
  EXPECT_TRUE(v.has_role("fourth", SyntaxRole::ordinal));
  EXPECT_TRUE(v.has_role("Between", SyntaxRole::range_between));
  EXPECT_TRUE(v.has_role("scores", SyntaxRole::of_magnitude));
  EXPECT_FALSE(v.has_role("thousands", SyntaxRole::of_magnitude));
  EXPECT_NE(v.roles("gmt"), 0u);
  EXPECT_EQ(v.roles("gmt") & kChunkerRoles, 0u);
  EXPECT_EQ(v.roles("per") & kChunkerRoles, role_bit(SyntaxRole::preposition));

  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::files())
    files.emplace_back(std::string(f.name), f.name == "syntax.tsv" ? "word\trole\nzulu\tclock\n" : std::string(f.content));
  auto edited = Lexicon::from_files(files, "dir");
  EXPECT_TRUE(edited->context().has_role("Zulu", SyntaxRole::clock));
  EXPECT_FALSE(edited->context().has_role("gmt", SyntaxRole::clock));
}

std::vector<std::pair<std::string, std::string>> embedded_with(const std::string& name, const std::string& content) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::files())
    files.emplace_back(std::string(f.name), f.name == name ? content : std::string(f.content));
  return files;
}

TEST(ContextVocabulary, BadRowsNameFileAndLine) {
  auto message = [](const std::string& name, const std::string& content) -> std::string {
    try {
      Lexicon::from_files(embedded_with(name, content), "dir");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_NE(message("time_words.tsv", "phrase\tunit\toffset\nlast week\tweek\t-1\n").find("dir/time_words.tsv:2"),
            std::string::npos);
  EXPECT_NE(message("attribution.tsv", "cue\tposition\nsaid\tafter\n").find("position must be before or verb"),
            std::string::npos);
  EXPECT_NE(message("syntax.tsv", "word\trole\nthe\tdeterminer\nthe\tdeterminer\n").find("duplicate entry"),
            std::string::npos);
  EXPECT_NE(message("syntax.tsv", "word\trole\nper\trates\n").find("unknown role 'rates'"), std::string::npos);
  EXPECT_NE(message("sources.tsv", "name\tsource\tcase\nAP\tAP\tupper\n").find("case must be exact or any"),
            std::string::npos);
}

}  // namespace
}  // namespace factsheet
