#include <gtest/gtest.h>

#include "audit/subject_words.hpp"
#include "audit/time_match.hpp"
#include "helpers.hpp"

namespace factsheet::audit {
namespace {

using testing::rules;

std::vector<std::string> words(std::string_view subject, std::string_view unit = "") {
  return subject_words(subject, unit, *rules());
}

TEST(TimesFit, UnknownFitsAnyKnownMustAgree) {
  EXPECT_TRUE(times_fit("", "2023"));
  EXPECT_TRUE(times_fit("2023", ""));
  EXPECT_TRUE(times_fit("2023", "2023"));
  EXPECT_TRUE(times_fit("2023", "2023-05"));
  EXPECT_TRUE(times_fit("2023-05-20", "2023"));
  EXPECT_FALSE(times_fit("2023", "2022"));
  EXPECT_FALSE(times_fit("2023-05", "2023-06"));
  EXPECT_FALSE(times_fit("2023", "20234"));
  EXPECT_TRUE(times_fit("2024-05", "2024-05-17/2024-05-19"));
  EXPECT_FALSE(times_fit("--05-20", "2024-05-20"));
}

TEST(SubjectWords, ContentWordsLemmatised) {
  EXPECT_EQ(words("bilateral trade"), (std::vector<std::string>{"bilateral", "trad"}));
  EXPECT_EQ(words("The total trade"), (std::vector<std::string>{"trad"}));
  EXPECT_EQ(words("Kazakhstan's exports to China"), (std::vector<std::string>{"china", "export", "kazakhstan"}));
  EXPECT_EQ(words("China\xE2\x80\x99s exports"), (std::vector<std::string>{"china", "export"}));
  // The counted noun is the unit, compared already; verb forms meet.
  EXPECT_EQ(words("capacity cooperation projects completed", "project"),
            (std::vector<std::string>{"capacity", "complet", "cooperation"}));
  EXPECT_EQ(words("projects completing", "project"), words("completed projects", "project"));
  EXPECT_TRUE(words("projects", "project").empty());
  EXPECT_EQ(words("large-scale events hosted by Kazakhstan", "event"),
            (std::vector<std::string>{"host", "kazakhstan", "larg", "scal"}));
}

TEST(SubjectWords, JaccardOfSortedIds) {
  std::vector<std::uint32_t> a{1, 2}, b{2}, c{3, 4}, d{1, 2, 3, 4};
  EXPECT_DOUBLE_EQ(jaccard(a, b), 0.5);
  EXPECT_DOUBLE_EQ(jaccard(a, c), 0.0);
  EXPECT_DOUBLE_EQ(jaccard(a, d), 0.5);
  EXPECT_DOUBLE_EQ(jaccard({}, {}), 0.0);
}

}  // namespace
}  // namespace factsheet::audit
