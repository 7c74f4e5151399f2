// Audit scenarios on a real article: BBC business/073.txt ("German growth goes into
// reverse"), read in place from the shared corpus at test time (skipped when missing),
// and mutated one way per test: a figure changed, the file copied, a sentence reworded,
// the entity or period swapped. Run them with `ctest -R AuditScenarios`.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::audit_texts;

const char* const kArticle = FACTSHEET_SHARED_DIR "/corpus/bbc/business/073.txt";
const char* const kFigure = "Germany's economy shrank 0.2% in the last three months of 2004";

std::string article() {
  std::ifstream in(kArticle, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  std::size_t at = text.find(from);
  if (at != std::string::npos) text.replace(at, from.size(), to);
  return text;
}

class AuditScenarios : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kArticle)) GTEST_SKIP() << kArticle << " is missing";
    text_ = article();
    ASSERT_NE(text_.find(kFigure), std::string::npos);
  }
  // Whether a finding of `status` holds a figure whose text is `figure` in each document.
  static bool has(const testing::Run& run, Status status, const std::string& figure_a, const std::string& figure_b) {
    for (const Finding* f : run.with(status)) {
      std::vector<std::string> texts = run.texts(*f);
      bool a = false, b = false;
      for (const std::string& t : texts) {
        a = a || t == figure_a;
        b = b || t == figure_b;
      }
      if (a && b) return true;
    }
    return false;
  }
  std::string text_;
};

TEST_F(AuditScenarios, CopyIsRepeatedNeverCorroborated) {
  auto run = audit_texts({{"a.txt", text_}, {"b.txt", text_}});
  EXPECT_TRUE(run.with(Status::corroborated).empty());
  EXPECT_TRUE(run.with(Status::conflict).empty());
  EXPECT_TRUE(has(run, Status::repeated, "0.2%", "0.2%"));
}

TEST_F(AuditScenarios, ChangedFigureInACopyIsAConflict) {
  auto run = audit_texts({{"a.txt", text_}, {"b.txt", replaced(text_, "shrank 0.2%", "shrank 0.5%")}});
  EXPECT_TRUE(has(run, Status::conflict, "0.2%", "0.5%"));
  for (const Finding* f : run.with(Status::conflict))
    EXPECT_NE(f->explanation.find("Germany"), std::string::npos) << f->explanation;  // names the frame
}

TEST_F(AuditScenarios, IndependentRewordingCorroborates) {
  auto run = audit_texts({{"a.txt", text_},
                          {"b.txt", "Statistics office data released in Wiesbaden on Friday showed that Germany's "
                                    "economy shrank 0.2% in the last three months of 2004.\n"}});
  EXPECT_TRUE(has(run, Status::corroborated, "0.2%", "0.2%"));
  EXPECT_TRUE(run.with(Status::conflict).empty());
}

TEST_F(AuditScenarios, AnotherEntityIsAnotherFact) {
  auto run = audit_texts({{"a.txt", text_},
                          {"b.txt", "France's economy shrank 0.5% in the last three months of 2004, official "
                                    "figures in Paris showed.\n"}});
  EXPECT_FALSE(has(run, Status::conflict, "0.2%", "0.5%"));
  auto same = audit_texts({{"a.txt", text_},
                           {"b.txt", "France's economy shrank 0.2% in the last three months of 2004, official "
                                     "figures in Paris showed.\n"}});
  EXPECT_FALSE(has(same, Status::corroborated, "0.2%", "0.2%"));
}

TEST_F(AuditScenarios, AnotherPeriodIsAnotherFact) {
  auto run = audit_texts({{"a.txt", text_},
                          {"b.txt", "Official figures in Wiesbaden showed Germany's economy shrank 0.5% in the "
                                    "last three months of 2003.\n"}});
  EXPECT_FALSE(has(run, Status::conflict, "0.2%", "0.5%"));
}

TEST_F(AuditScenarios, PartIsNotTheWhole) {
  auto run = audit_texts({{"a.txt", text_},
                          {"b.txt", "Official figures showed German manufacturing output shrank 1.5% in the last "
                                    "three months of 2004.\n"}});
  EXPECT_FALSE(has(run, Status::conflict, "0.2%", "1.5%"));
}

TEST_F(AuditScenarios, WithinOneArticleTheSameFrameTwice) {
  std::string twice = text_ + "\nA revision later showed Germany's economy shrank 0.4% in the last three months of 2004.\n";
  auto run = audit_texts({{"a.txt", twice}});
  EXPECT_TRUE(has(run, Status::conflict, "0.2%", "0.4%"));
  // Two figures of one article with different frames are no conflict.
  auto fine = audit_texts({{"a.txt", text_}});
  EXPECT_TRUE(fine.with(Status::conflict).empty());
}

TEST_F(AuditScenarios, RoundingIsTheSameFigure) {
  auto run = audit_texts({{"a.txt", text_},
                          {"b.txt", "Statistics office data released in Wiesbaden on Friday showed that Germany's "
                                    "economy shrank 0.21% in the last three months of 2004.\n"}});
  EXPECT_TRUE(has(run, Status::corroborated, "0.2%", "0.21%"));
  EXPECT_TRUE(run.with(Status::conflict).empty());
}

TEST_F(AuditScenarios, ArithmeticWrongAndRight) {
  auto wrong = audit_texts({{"a.txt", text_ + "\nOf the 45 firms, 30 were optimistic and 20 were gloomy.\n"}});
  EXPECT_EQ(wrong.with(Status::arithmetic).size(), 1u);
  auto right = audit_texts({{"a.txt", text_ + "\nOf the 45 firms, 30 were optimistic and 15 were gloomy.\n"}});
  EXPECT_TRUE(right.with(Status::arithmetic).empty());
}

}  // namespace
}  // namespace factsheet::audit
