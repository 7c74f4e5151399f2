#include "lexicon/lexicon.hpp"

#include <gtest/gtest.h>

#include "lexicon/embedded.hpp"

namespace factsheet {
namespace {

std::string longest(const PhraseTable& t, std::string_view text, std::size_t pos = 0) {
  auto m = t.longest(text, pos);
  return m ? std::string(text.substr(pos, m->length)) : std::string("<none>");
}

TEST(PhraseTable, LongestMatchFoldsCaseAndSpaces) {
  PhraseTable t;
  ASSERT_TRUE(t.add("more than", 1));
  ASSERT_TRUE(t.add("more", 2));
  EXPECT_EQ(longest(t, "More  than 180"), "More  than");
  EXPECT_EQ(longest(t, "more\xC2\xA0than 5"), "more\xC2\xA0than");  // NBSP
  EXPECT_EQ(longest(t, "moreover"), "<none>");  // word boundary
  EXPECT_EQ(longest(t, "more, than"), "more");
}

TEST(PhraseTable, ExactCaseEntries) {
  PhraseTable t;
  ASSERT_TRUE(t.add("May", 5, /*exact_case=*/true));
  EXPECT_EQ(longest(t, "May 20"), "May");
  EXPECT_EQ(longest(t, "may rise"), "<none>");
  EXPECT_FALSE(t.add("May", 6, true));  // duplicate
  EXPECT_TRUE(t.add("may", 7));          // a case-folded entry may coexist
}

TEST(PhraseTable, ExactCaseOutranksFolded) {
  PhraseTable t;
  ASSERT_TRUE(t.add("nm", 1));
  ASSERT_TRUE(t.add("Nm", 2, /*exact_case=*/true));
  EXPECT_EQ(t.longest("450 Nm", 4)->id, 2u);
  EXPECT_EQ(t.longest("7 nm", 2)->id, 1u);
  EXPECT_EQ(t.longest("7 NM", 2)->id, 1u);
}

TEST(PhraseTable, SymbolsNeedNoBoundary) {
  PhraseTable t;
  ASSERT_TRUE(t.add("US$", 1, true));
  ASSERT_TRUE(t.add("$", 2));
  EXPECT_EQ(longest(t, "US$4.7 billion"), "US$");
  EXPECT_EQ(longest(t, "$5"), "$");
}

TEST(PhraseTable, EndingAt) {
  PhraseTable t;
  ASSERT_TRUE(t.add("more than", 1));
  ASSERT_TRUE(t.add("than", 2));
  ASSERT_TRUE(t.add("up to", 3));
  std::string_view s = "with more than 180 events";
  auto m = t.ending_at(s, 15);
  ASSERT_TRUE(m);
  EXPECT_EQ(m->first, 5u);
  EXPECT_EQ(m->second.id, 1u);
  std::string_view s2 = "(up to 5";
  auto m2 = t.ending_at(s2, 7);
  ASSERT_TRUE(m2);
  EXPECT_EQ(m2->first, 1u);
  EXPECT_FALSE(t.ending_at("nothing 5", 8));
}

TEST(Lexicon, EmbeddedLoads) {
  auto lex = Lexicon::embedded();
  ASSERT_TRUE(lex);
  EXPECT_GT(lex->number_words().size(), 40u);
  EXPECT_GT(lex->currencies().size(), 50u);
  EXPECT_GT(lex->units().size(), 100u);
  auto m = lex->currencies().longest("U.S. dollars in trade", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(lex->currency(m->id).code, "USD");
  EXPECT_EQ(m->length, 12u);
}

TEST(Lexicon, UnitNames) {
  auto lex = Lexicon::embedded();
  EXPECT_EQ(lex->unit_name("USD"), "US dollar");
  EXPECT_EQ(lex->unit_name("km"), "kilometre");
  EXPECT_EQ(lex->unit_name("%"), "percent");
  EXPECT_FALSE(lex->unit_name("student"));
  EXPECT_EQ(lex->newsquant_unit("USD"), "dollar");
  EXPECT_EQ(lex->newsquant_unit("%"), "percentage");
  EXPECT_EQ(lex->newsquant_unit("JPY"), "japanese yen");
  EXPECT_EQ(lex->newsquant_unit("USD/bbl"), "dollar per barrel");
  EXPECT_EQ(lex->newsquant_unit("student"), "student");
}

TEST(Lexicon, ChangeWordsKeepEveryRole) {
  auto lex = Lexicon::embedded();
  auto m = lex->changes().longest("increase", 0);
  ASSERT_TRUE(m);
  EXPECT_EQ(lex->change(m->id).as_verb, Change::up);
  EXPECT_EQ(lex->change(m->id).as_noun, Change::up);
}

TEST(Lexicon, MalformedFilesNameFileAndLine) {
  std::vector<std::pair<std::string, std::string>> files = {
      {"numbers.tsv", "# c\nword\tvalue\tclass\none\t1\tdigit\ntwo\tx\tdigit\n"}};
  try {
    Lexicon::from_files(files, "dir");
    FAIL() << "expected LexiconError";
  } catch (const LexiconError& e) {
    EXPECT_EQ(std::string(e.what()), "dir/numbers.tsv:4: expected a number, got 'x'");
  }
  // The table's own checks name the file and line too.
  auto error_of = [](const std::string& content) {
    try {
      Lexicon::from_files({{"numbers.tsv", content}}, "dir");
    } catch (const LexiconError& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  EXPECT_EQ(error_of("word\tvalue\n"), "dir/numbers.tsv:1: header must be 'word\\tvalue\\tclass'");
  EXPECT_EQ(error_of("word\tvalue\tclass\n\none\t1\n"), "dir/numbers.tsv:3: expected 3 columns, got 2");
  EXPECT_EQ(error_of("# c\nword\tvalue\tclass\n\t1\tdigit\n"), "dir/numbers.tsv:3: empty first column");
  EXPECT_THROW(Lexicon::from_directory("/nonexistent/grammars"), LexiconError);
}

TEST(Lexicon, UnitSensesFollowTheirCueWords) {
  auto lex = Lexicon::embedded();
  const Unit* farad = lex->unit_sense("F", "The charge stored in the Capacitor was 2.5 F.");
  ASSERT_NE(farad, nullptr);
  EXPECT_EQ(farad->symbol, "F");
  EXPECT_EQ(lex->unit_sense("F", "It was 75 F in the shade."), nullptr);
  EXPECT_EQ(lex->unit_sense("km", "a capacitor 5 km away"), nullptr);  // no second sense
  auto with_senses = [](const std::string& content) {
    std::vector<std::pair<std::string, std::string>> files;
    for (const auto& f : embedded::files())
      files.emplace_back(std::string(f.name), f.name == "unit_senses.tsv" ? content : std::string(f.content));
    return files;
  };
  auto message = [&](const std::string& content) -> std::string {
    try {
      Lexicon::from_files(with_senses(content), "dir");
    } catch (const LexiconError& e) {
      return e.what();
    }
    return "no error";
  };
  EXPECT_NE(message("surface\tsymbol\tcues\nF\tXYZ\tcapacitor\n").find("dir/unit_senses.tsv:2: unknown unit symbol"),
            std::string::npos);
  EXPECT_NE(message("surface\tsymbol\tcues\nF\tF\t \n").find("no cue words"), std::string::npos);
}

TEST(Lexicon, AScaleNamesAUnitOfLengthTheTablesKnow) {
  auto lex = Lexicon::embedded();
  auto m = lex->scales().longest("5m", 1), k = lex->scales().longest("5K", 1), bn = lex->scales().longest("5bn", 1);
  ASSERT_TRUE(m && k && bn);
  EXPECT_EQ(lex->scale(m->id).length_unit, "m");
  EXPECT_EQ(lex->scale(k->id).length_unit, "km");
  EXPECT_TRUE(lex->scale(bn->id).length_unit.empty());
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& f : embedded::files()) {
    std::string content(f.content);
    if (f.name == "scales.tsv") content += "zz\t1000\tyes\tno\tany\tfurlongs\tno\n";
    files.emplace_back(std::string(f.name), content);
  }
  std::string what = "no error";
  try {
    Lexicon::from_files(files, "dir");
  } catch (const LexiconError& e) {
    what = e.what();
  }
  EXPECT_NE(what.find("dir/scales.tsv:"), std::string::npos) << what;
  EXPECT_NE(what.find("unit symbol, got 'furlongs'"), std::string::npos) << what;
}

TEST(Lexicon, WordFactsAgreeWithTheTables) {
  auto lex = Lexicon::embedded();
  const WordFacts* rose = lex->word_facts("rose");
  ASSERT_NE(rose, nullptr);
  EXPECT_TRUE(rose->change_verb);
  EXPECT_TRUE(lex->word_facts("the")->roles.has(SyntaxRole::determiner));
  EXPECT_EQ(lex->word_facts("the")->word_class, WordClass::function);
  EXPECT_TRUE(lex->word_facts("january")->month);
  EXPECT_TRUE(lex->word_facts("mw")->unit_or_currency);  // exact-case "MW": the caller checks
  EXPECT_TRUE(lex->word_facts("twenty")->number_word);
  EXPECT_FALSE(lex->word_facts("a")->number_word);  // the article is not a number word here
  EXPECT_TRUE(lex->word_facts("said")->reporting);
  EXPECT_EQ(lex->word_facts("zebra"), nullptr);
}

TEST(Lexicon, MissingFileIsNamed) {
  try {
    Lexicon::from_files({}, "dir");
    FAIL();
  } catch (const LexiconError& e) {
    EXPECT_NE(std::string(e.what()).find("numbers.tsv"), std::string::npos);
  }
}

TEST(Lexicon, DirectoryMatchesEmbedded) {
  auto dir = Lexicon::from_directory(FACTSHEET_SOURCE_DIR "/grammars");
  auto emb = Lexicon::embedded();
  EXPECT_EQ(dir->units().size(), emb->units().size());
  EXPECT_EQ(dir->currencies().size(), emb->currencies().size());
}

}  // namespace
}  // namespace factsheet
