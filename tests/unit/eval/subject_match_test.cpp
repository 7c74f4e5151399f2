#include "eval/subject_match.hpp"

#include <gtest/gtest.h>

namespace factsheet::eval {
namespace {

TEST(SubjectMatch, ContentWordsAreNormalized) {
  EXPECT_EQ(subject_words("China-Kazakhstan bilateral trade last year"),
            (std::vector<std::string>{"china-kazakhstan", "bilateral", "trade", "last", "year"}));
  EXPECT_EQ(subject_words("heads of state: China and Kazakhstan (set the trade target)"),
            (std::vector<std::string>{"head", "state", "china", "kazakhstan", "set", "trade", "target"}));
  EXPECT_EQ(subject_words("Kazakhstan\xE2\x80\x99s universities"), (std::vector<std::string>{"kazakhstan", "universitie"}));
  EXPECT_EQ(subject_words("\xE2\x80\x9Cthree forces\xE2\x80\x9D: terrorism, separatism"),
            (std::vector<std::string>{"three", "force", "terrorism", "separatism"}));
  EXPECT_EQ(subject_words("the of and"), (std::vector<std::string>{}));
  EXPECT_EQ(subject_words("status bus analysis"), (std::vector<std::string>{"status", "bus", "analysis"}));
}

TEST(SubjectMatch, PartialSharesAWordCompleteHoldsAll) {
  std::optional<std::string> gold = "Kazakh students studying in China";
  EXPECT_TRUE(subjects_agree_partial(gold, std::string("Kazakh students")));
  EXPECT_FALSE(subjects_agree_complete(gold, std::string("Kazakh students")));
  EXPECT_TRUE(subjects_agree_complete(gold, std::string("the Kazakh students who are studying in China")));
  EXPECT_FALSE(subjects_agree_partial(gold, std::string("universities")));
  EXPECT_TRUE(subjects_agree_partial(std::string("sides: China and Kazakhstan"), std::string("sides")));
}

TEST(SubjectMatch, NullsAgreeOnlyWithNulls) {
  EXPECT_TRUE(subjects_agree_partial(std::nullopt, std::nullopt));
  EXPECT_TRUE(subjects_agree_complete(std::nullopt, std::nullopt));
  EXPECT_FALSE(subjects_agree_partial(std::nullopt, std::string("trade")));
  EXPECT_FALSE(subjects_agree_partial(std::string("trade"), std::nullopt));
  EXPECT_FALSE(subjects_agree_complete(std::string("the"), std::string("the")));
}

}  // namespace
}  // namespace factsheet::eval
