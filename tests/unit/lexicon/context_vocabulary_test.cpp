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
  EXPECT_FALSE(v.roles("trade").any());
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
  EXPECT_TRUE(v.roles("gmt").any());
  EXPECT_FALSE((v.roles("gmt") & kChunkerRoles).any());
  EXPECT_TRUE((v.roles("per") & kChunkerRoles) == role_bit(SyntaxRole::preposition));

  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::files())
    files.emplace_back(std::string(f.name), f.name == "syntax.tsv" ? "word\trole\nzulu\tclock\n" : std::string(f.content));
  auto edited = Lexicon::from_files(files, "dir");
  EXPECT_TRUE(edited->context().has_role("Zulu", SyntaxRole::clock));
  EXPECT_FALSE(edited->context().has_role("gmt", SyntaxRole::clock));
}

// A plain lower-case word is answered from a hash index of the tables' one-word entries,
// any other form by walking the phrase table: both give the same roles and word class for
// every entry, a word in no table gets none, and a word with a space or a capital (or
// Unicode spaces) still finds its phrase.
TEST(ContextVocabulary, OneWordIndexAnswersAsThePhraseTable) {
  auto lex = Lexicon::embedded();
  const ContextVocabulary& v = lex->context();
  auto capitalised = [](std::string w) {
    w[0] = static_cast<char>(w[0] >= 'a' && w[0] <= 'z' ? w[0] - 'a' + 'A' : w[0]);
    return w;
  };
  std::size_t one_word = 0;
  for (const std::string& p : v.role_words().phrases()) {
    if (p.find(' ') != std::string::npos) continue;
    ++one_word;
    EXPECT_TRUE(v.roles(p).any()) << p;
    EXPECT_TRUE(v.roles(p) == v.roles(capitalised(p))) << p;
  }
  for (const std::string& p : lex->words().phrases()) {
    if (p.find(' ') != std::string::npos) continue;
    ++one_word;
    EXPECT_TRUE(lex->classify_word(p).has_value()) << p;
    EXPECT_EQ(lex->classify_word(p), lex->classify_word(capitalised(p))) << p;
  }
  EXPECT_GT(one_word, 500U);
  EXPECT_FALSE(v.roles("zzyzx").any());
  EXPECT_FALSE(lex->classify_word("zzyzx").has_value());
  EXPECT_FALSE(v.roles("").any());
  EXPECT_TRUE(v.roles("The").has(SyntaxRole::definite));
  EXPECT_TRUE(v.roles("the").has(SyntaxRole::definite));
  EXPECT_FALSE(v.roles("the ").any());  // a whole word only
  EXPECT_FALSE(v.roles("thee").any());
}

// RoleBits holds every role apart, past the 64th too; the chunker's roles are the first twelve.
TEST(ContextVocabulary, RoleBitsHoldEveryRoleApart) {
  for (std::size_t i = 0; i < kSyntaxRoleCount; ++i) {
    auto r = static_cast<SyntaxRole>(i);
    RoleBits one = role_bit(r);
    EXPECT_TRUE(one.has(r));
    for (std::size_t j = 0; j < kSyntaxRoleCount; ++j) {
      if (j == i) continue;
      EXPECT_FALSE(one.has(static_cast<SyntaxRole>(j))) << i << " " << j;
    }
    EXPECT_FALSE((~one).has(r));
    EXPECT_EQ(kChunkerRoles.has(r), i <= static_cast<std::size_t>(SyntaxRole::subordinator));
  }
  RoleBits two = role_bit(SyntaxRole::determiner) | role_bit(SyntaxRole::of_magnitude);
  EXPECT_TRUE(two.has(SyntaxRole::of_magnitude));
  EXPECT_TRUE((two & kChunkerRoles) == role_bit(SyntaxRole::determiner));
  EXPECT_FALSE(RoleBits().any());
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
