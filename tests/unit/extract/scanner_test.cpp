// The candidate scanner: where figures may start, and the spans that hold none. The search
// asks RE2 for the match only and tells the alternative after, so each kind is checked,
// including where two alternatives could start at the same byte.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "scan/scanner.hpp"

namespace factsheet {
namespace {

using Type = Candidate::Type;

struct Found {
  Type type;
  std::string text;
  bool operator==(const Found&) const = default;
};

std::vector<Found> scan(std::string_view text) {
  static const Scanner scanner(*Lexicon::embedded());
  std::vector<Candidate> out;
  scanner.scan(text, 0, text.size(), out);
  std::vector<Found> found;
  for (const Candidate& c : out) found.push_back({c.type, std::string(text.substr(c.begin, c.end - c.begin))});
  return found;
}

TEST(Scanner, TellsExcludedSpansDigitsAndNumberWordsApart) {
  EXPECT_EQ(scan("Sales rose 42% to $7bn."), (std::vector<Found>{{Type::digits, "42"}, {Type::digits, "7"}}));
  EXPECT_EQ(scan("Add \xC2\xBD cup"), (std::vector<Found>{{Type::digits, "\xC2\xBD"}}));
  EXPECT_EQ(scan("a dozen eggs and seven hens"),
            (std::vector<Found>{{Type::words, "a dozen"}, {Type::words, "seven"}}));
  EXPECT_EQ(scan("See www.bbc.co.uk/news2 or http://x.org/1 today"),
            (std::vector<Found>{{Type::excluded, "www.bbc.co.uk/news2"}, {Type::excluded, "http://x.org/1"}}));
}

// An excluded span that starts with digits or a number word is excluded, not a figure: the
// first alternative wins at a byte where several could start.
TEST(Scanner, AnExcludedSpanOutranksTheFigureItStartsWith) {
  EXPECT_EQ(scan("call 650-333-6555 now"), (std::vector<Found>{{Type::excluded, "650-333-6555"}}));
  EXPECT_EQ(scan("call (650) 333-6555"), (std::vector<Found>{{Type::excluded, "(650) 333-6555"}}));
  EXPECT_EQ(scan("dial +7 727 555 0143"), (std::vector<Found>{{Type::excluded, "+7 727 555 0143"}}));
  EXPECT_EQ(scan("mail 2024news@bbc.co.uk or seven@bbc.co.uk"),
            (std::vector<Found>{{Type::excluded, "2024news@bbc.co.uk"}, {Type::excluded, "seven@bbc.co.uk"}}));
  // Without the rest of the span, the same start is a figure.
  EXPECT_EQ(scan("650-333 and seven@"), (std::vector<Found>{{Type::digits, "650"}, {Type::digits, "333"},
                                                             {Type::words, "seven"}}));
}

}  // namespace
}  // namespace factsheet
