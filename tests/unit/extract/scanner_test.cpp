// The candidate scanner: where figures may start, and the spans that hold none. The search
// asks RE2 for the match only and tells the alternative after, so each kind is checked,
// including where two alternatives could start at the same byte.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <ostream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "scan/match_starts.hpp"
#include "scan/scanner.hpp"
#include "text/sentences.hpp"

namespace factsheet {
namespace {

using Type = Candidate::Type;

struct Found {
  Type type;
  std::string text;
  bool operator==(const Found&) const = default;
};

void PrintTo(const Found& f, std::ostream* os) {
  *os << (f.type == Type::digits ? "digits" : f.type == Type::words ? "words" : "excluded") << " \"" << f.text << "\"";
}

const Scanner& scanner() {
  static const Scanner scanner(*Lexicon::embedded());
  return scanner;
}

std::vector<Found> scan(std::string_view text) {
  const Scanner& scanner = factsheet::scanner();
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

// scan() reads most bytes by hand and leaves RE2 the rest; it must give what RE2's
// searches alone give (scan_by_regex), candidate for candidate.
struct Compared {
  std::size_t texts = 0, candidates = 0;
};

void expect_same_as_regex(std::string_view text, std::size_t begin, std::size_t end, Compared& compared) {
  std::vector<Candidate> fast, regex;
  scanner().scan(text, begin, end, fast);
  scanner().scan_by_regex(text, begin, end, regex);
  auto as_found = [&](const std::vector<Candidate>& cs) {
    std::vector<std::pair<Found, std::size_t>> out;
    for (const Candidate& c : cs) out.push_back({{c.type, std::string(text.substr(c.begin, c.end - c.begin))}, c.begin});
    return out;
  };
  ASSERT_EQ(as_found(fast), as_found(regex)) << "in [" << begin << ", " << end << ") of \"" << text << "\"";
  ++compared.texts;
  compared.candidates += fast.size();
}

TEST(Scanner, ReadsByHandWithTheEmbeddedLexicon) { EXPECT_TRUE(scanner().reads_by_hand()); }

// The places where the hand-read part must hand over to RE2, each beside its plain twin.
TEST(Scanner, HandsOverToTheRegexWhereItsAnswerIsNotPlain) {
  Compared compared;
  for (std::string_view text : {
           "in 2004 and 2005", "x2004 y_12 12_x", "100.5 and 100-4 and 1000.5", "650.333.6555 or 650-333-655",
           "mail ab12@x.com now", "call 12 then ab@x.org", "1234567@gmail.com", "a dozen", "a  \t dozen", "an eighth",
           "a man", "An Eighth", "A\nDOZEN", "a\vdozen", "Seven", "seventy-one", "thousands", "xone one_ _one one1",
           "http://a.b/1 xhttp://c/2 HTTPS://d/3 www.e.f/4 awww.g.h/5 wwww.i/6 http:/7", "(650) 333-6555 (65) 1",
           "+7 727 555 0143 and +x1", "\u00bd cup, \u00be, 3\u00bd", "\u017Fix \u017Feven thou\u017Fand \u212A1",
           "s\u0131x m\u0130llion \u0130\u0131 x\u017F",
           "caf\u00e9 one \u00e9one one\u00e9 \u00a31bn", "ttp://x a@ @ @@1 1@", ""}) {
    expect_same_as_regex(text, 0, text.size(), compared);
    for (std::size_t b = 0; b <= text.size(); ++b)
      for (std::size_t e = b; e <= text.size(); ++e) expect_same_as_regex(text, b, e, compared);
  }
  EXPECT_GT(compared.candidates, 1000u);
}

// Texts made of the pieces the pattern turns on, at random (a fixed seed), and windows of
// them, so that the pieces meet in every order.
TEST(Scanner, GivesWhatTheRegexGivesOnMixedPieces) {
  static const std::vector<std::string> pieces = {
      "one", "One", "TWO", "a", "an", "A", "the", " ", "  ", "\t", "\n", "\f", "\v", "dozen", "thousand", "half",
      "million", "http", "https", "://", "www", ".", "@", "+", "(", ")", "-", "_", "0", "7", "12", "123", "650",
      "4567", "x", "bbc", "com", "\u00bd", "\u215b", "\u017F", "\u212A", "\u0130", "\u0131", "\u00e9", "\u00a3",
      "\u2019", "'", ",", "%", "seven", "ty", "ix", "s", "k"};
  std::mt19937 rng(20261208);
  Compared compared;
  for (int n = 0; n < 20000; ++n) {
    std::string text;
    int count = std::uniform_int_distribution<int>(1, 24)(rng);
    for (int k = 0; k < count; ++k) text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
    expect_same_as_regex(text, 0, text.size(), compared);
    std::size_t b = std::uniform_int_distribution<std::size_t>(0, text.size())(rng);
    std::size_t e = std::uniform_int_distribution<std::size_t>(b, text.size())(rng);
    expect_same_as_regex(text, b, e, compared);
    if (HasFatalFailure()) return;
  }
  EXPECT_GT(compared.candidates, 20000u);
}

// The BBC corpus, sentence by sentence as the extractor scans it.
TEST(Scanner, GivesWhatTheRegexGivesOnTheCorpus) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(FACTSHEET_SHARED_DIR) / "corpus" / "bbc";
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) GTEST_SKIP() << "no corpus at " << dir;
  std::vector<fs::path> files;
  for (const auto& entry : fs::recursive_directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".txt") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  const Lexicon& lex = *Lexicon::embedded();
  Compared compared;
  for (const fs::path& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    for (const text::Span& s : text::split_sentences(text, lex.sentence_rules())) {
      expect_same_as_regex(text, s.begin, s.end, compared);
      if (HasFatalFailure()) return;
    }
  }
  EXPECT_EQ(files.size(), 2225u);
  EXPECT_GT(compared.candidates, 25000u);
}

// Where a match may start: the next byte, not every byte.
TEST(MatchStarts, StopsOnlyWhereAMatchMayStart) {
  scan::MatchStarts starts({"one", "dozen", "twenty-one", "half"}, {"dozen", "half"}, {"\u00bd"});
  ASSERT_TRUE(starts.usable());
  auto next = [&](std::string_view text) { return starts.next(text, 0, text.size()); };
  EXPECT_EQ(next("the men said so"), 15u);          // no match can start
  EXPECT_EQ(next("the men said 4"), 13u);           // digits
  EXPECT_EQ(next("Only ONE of them"), 5u);          // a number word, any case, a word of its own
  EXPECT_EQ(next("someone onerous"), 15u);          // not inside a word, nor a word it starts
  EXPECT_EQ(next("twenty-one"), 0u);                // a compound's first word
  EXPECT_EQ(next("a man a  dozen"), 6u);            // "a" before a phrase that may follow it
  EXPECT_EQ(next("get \u00bd cup"), 4u);           // a fraction character
  EXPECT_EQ(next("see xhttp://x and awww.y"), 4u);  // a URL, inside a word too
  EXPECT_EQ(next("see ahttp only"), 14u);
  EXPECT_EQ(next("no +x, but +7"), 11u);            // a phone number's '+' ...
  EXPECT_EQ(next("(abc) or (650)"), 9u);            // ... and its "(ddd)"
  EXPECT_EQ(next("thou\u017Fand"), 0u);            // a letter that folds to ASCII ("s")
  // A phrase whose first word is a single letter cannot be told by its first two letters.
  EXPECT_FALSE(scan::MatchStarts({"a dozen"}, {}, {}).usable());
}

}  // namespace
}  // namespace factsheet
