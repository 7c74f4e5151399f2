#include "text/sentences.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "grammar_rules.hpp"

namespace factsheet::text {
namespace {

using testing::sentence_rules;

bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

// Marks the bytes that count as whitespace: ASCII spaces and line breaks, and NBSP pairs.
std::vector<bool> whitespace_map(std::string_view s) {
  std::vector<bool> ws(s.size(), false);
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (is_ascii_space(s[i])) ws[i] = true;
    if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') ws[i] = ws[i + 1] = true;
  }
  return ws;
}

// The contract of split_sentences: spans in order, non-empty, non-overlapping, trimmed,
// never across a line break, and only whitespace outside them.
void expect_invariants(std::string_view s, const std::vector<Span>& spans) {
  auto ws = whitespace_map(s);
  std::size_t pos = 0;
  for (const Span& sp : spans) {
    ASSERT_LT(sp.begin, sp.end);
    ASSERT_LE(sp.end, s.size());
    ASSERT_LE(pos, sp.begin) << "overlap or disorder at " << sp.begin;
    for (std::size_t i = pos; i < sp.begin; ++i) ASSERT_TRUE(ws[i]) << "uncovered byte at " << i;
    ASSERT_FALSE(ws[sp.begin]) << "span starts with whitespace at " << sp.begin;
    ASSERT_FALSE(ws[sp.end - 1]) << "span ends with whitespace at " << sp.end;
    for (std::size_t i = sp.begin; i < sp.end; ++i)
      ASSERT_TRUE(s[i] != '\n' && s[i] != '\r') << "line break inside span at " << i;
    pos = sp.end;
  }
  for (std::size_t i = pos; i < s.size(); ++i) ASSERT_TRUE(ws[i]) << "uncovered byte at " << i;
}

std::vector<std::string> split(std::string_view s, const SentenceRules& rules = sentence_rules()) {
  auto spans = split_sentences(s, rules);
  expect_invariants(s, spans);
  std::vector<std::string> out;
  for (const Span& sp : spans) out.emplace_back(s.substr(sp.begin, sp.end - sp.begin));
  return out;
}

using Sentences = std::vector<std::string>;

// ---- basics -----------------------------------------------------------------

TEST(Sentences, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(split("").empty());
  EXPECT_TRUE(split(" \t\r\n \xC2\xA0 \n\n").empty());
}

TEST(Sentences, SingleSentenceWithoutPeriod) {
  EXPECT_EQ(split("Astana Hosts SCO Foreign Ministers Council Meeting"),
            Sentences({"Astana Hosts SCO Foreign Ministers Council Meeting"}));
}

TEST(Sentences, PeriodQuestionExclamation) {
  EXPECT_EQ(split("It rose. Why? Nobody knows! Prices fell."),
            Sentences({"It rose.", "Why?", "Nobody knows!", "Prices fell."}));
  EXPECT_EQ(split("Really?! Yes."), Sentences({"Really?!", "Yes."}));
}

TEST(Sentences, SpanOffsetsAreBytesAndTrimmed) {
  std::string s = "  It rose.   It fell.  ";
  auto spans = split_sentences(s, sentence_rules());
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{2, 10}));
  EXPECT_EQ(spans[1], (Span{13, 21}));
}

TEST(Sentences, LowerCaseAfterPeriodContinues) {
  EXPECT_EQ(split("The meeting ended at 3 p.m. local time."),
            Sentences({"The meeting ended at 3 p.m. local time."}));
  EXPECT_EQ(split("He stopped. and then went on."), Sentences({"He stopped. and then went on."}));
}

// The scans pass eight bytes at a time where no line break or terminator can be: each
// mark at every offset within such a block, and a tab beside it, is still seen.
TEST(Sentences, MarksAtEveryOffsetOfABlockAreSeen) {
  for (std::size_t lead = 0; lead < 17; ++lead) {
    std::string pad(lead, 'x');
    for (const char* mark : {".", "?", "!", "\xE2\x80\xA6"}) {
      EXPECT_EQ(split("It " + pad + "rose" + mark + " Then it fell."),
                Sentences({"It " + pad + "rose" + mark, "Then it fell."}))
          << lead << " " << mark;
    }
    for (const char* line_break : {"\n", "\r\n", "\f", "\v"}) {
      EXPECT_EQ(split("Head " + pad + "line" + line_break + "Body\ttext " + pad + "here"),
                Sentences({"Head " + pad + "line", "Body\ttext " + pad + "here"}))
          << lead;
    }
  }
}

TEST(Sentences, DigitStartsSentence) {
  EXPECT_EQ(split("It ended in 2023. 2024 was better."),
            Sentences({"It ended in 2023.", "2024 was better."}));
}

TEST(Sentences, NonAsciiCapitalStartsSentence) {
  EXPECT_EQ(split("It ended. Österreich won."), Sentences({"It ended.", "Österreich won."}));
  EXPECT_EQ(split("It ended. Łukasz won."), Sentences({"It ended.", "Łukasz won."}));
  EXPECT_EQ(split("It ended. Москва replied."), Sentences({"It ended.", "Москва replied."}));
  EXPECT_EQ(split("It ended. élan followed."), Sentences({"It ended. élan followed."}));
}

// ---- line breaks ------------------------------------------------------------

TEST(Sentences, LineBreakAlwaysEndsSentence) {
  EXPECT_EQ(split("Kazakhstan as the SCO Chair\nKazakhstan is chairing the SCO"),
            Sentences({"Kazakhstan as the SCO Chair", "Kazakhstan is chairing the SCO"}));
  EXPECT_EQ(split("a sentence cut\nin the middle"), Sentences({"a sentence cut", "in the middle"}));
}

TEST(Sentences, HeadlinesWithoutPeriod) {
  std::string text =
      "Chinese, Kazakh FMs vow to enhance cooperation\n"
      "ASTANA, May 20 (Xinhua) — Wang Yi met the press. He spoke.\n"
      "\n"
      "Foreign ministers of Belarus, China hold talks in Astana\n";
  EXPECT_EQ(split(text), Sentences({"Chinese, Kazakh FMs vow to enhance cooperation",
                                    "ASTANA, May 20 (Xinhua) — Wang Yi met the press.", "He spoke.",
                                    "Foreign ministers of Belarus, China hold talks in Astana"}));
}

TEST(Sentences, CrLfLineEndings) {
  std::string text = "Headline here\r\nIt rose. It fell.\r\n\r\nLast line.\r\n";
  EXPECT_EQ(split(text), Sentences({"Headline here", "It rose.", "It fell.", "Last line."}));
}

TEST(Sentences, LoneCarriageReturnAndFormFeed) {
  EXPECT_EQ(split("Page one ends\rPage two\fPage three"),
            Sentences({"Page one ends", "Page two", "Page three"}));
}

TEST(Sentences, TabsAndNbspAreTrimmed) {
  std::string text = "\t\xC2\xA0It rose.\xC2\xA0\xC2\xA0It fell.\xC2\xA0\t";
  EXPECT_EQ(split(text), Sentences({"It rose.", "It fell."}));
}

// ---- abbreviations ----------------------------------------------------------

TEST(Sentences, TitleNeverEndsSentence) {
  EXPECT_EQ(split("Mr. Smith arrived. Dr. Jones left."),
            Sentences({"Mr. Smith arrived.", "Dr. Jones left."}));
  // "He" is both a sentence opener and a Chinese surname: a title keeps it.
  EXPECT_EQ(split("Gen. He Weidong spoke."), Sentences({"Gen. He Weidong spoke."}));
  EXPECT_EQ(split("MR. SMITH arrived."), Sentences({"MR. SMITH arrived."}));
}

TEST(Sentences, UnitedStatesBeforeNameOrOpener) {
  EXPECT_EQ(split("The U.S. President spoke."), Sentences({"The U.S. President spoke."}));
  EXPECT_EQ(split("He lives in the U.S. The weather is fine."),
            Sentences({"He lives in the U.S.", "The weather is fine."}));
  EXPECT_EQ(split("Trade reached 41 billion U.S. dollars last year."),
            Sentences({"Trade reached 41 billion U.S. dollars last year."}));
  // An acronym is not the opener "It"; "All-Star" is not "All".
  EXPECT_EQ(split("The U.S. IT sector grew."), Sentences({"The U.S. IT sector grew."}));
  EXPECT_EQ(split("The U.S. All-Star team won."), Sentences({"The U.S. All-Star team won."}));
}

TEST(Sentences, NumberAbbreviations) {
  EXPECT_EQ(split("It is ranked No. 5 in the world."),
            Sentences({"It is ranked No. 5 in the world."}));
  EXPECT_EQ(split("See pp. 10-12 and Fig. 3 for details."),
            Sentences({"See pp. 10-12 and Fig. 3 for details."}));
  // In lower case before an opener, "no." is the English word.
  EXPECT_EQ(split("The answer was no. The talks ended."),
            Sentences({"The answer was no.", "The talks ended."}));
  EXPECT_EQ(split("Tickets no. 5 and 6 won."), Sentences({"Tickets no. 5 and 6 won."}));
}

TEST(Sentences, MonthAbbreviations) {
  EXPECT_EQ(split("On Jan. 5 the talks began."), Sentences({"On Jan. 5 the talks began."}));
  EXPECT_EQ(split("They met on Sept. 12, 2023. The talks went well."),
            Sentences({"They met on Sept. 12, 2023.", "The talks went well."}));
  // A leading bracket is not part of the abbreviation: "(Jan." is "jan".
  EXPECT_EQ(split("The summit (Jan. 5) was held in Astana."),
            Sentences({"The summit (Jan. 5) was held in Astana."}));
}

TEST(Sentences, GeneralAbbreviations) {
  EXPECT_EQ(split("Fruit, e.g. Apples and pears, was cheap."),
            Sentences({"Fruit, e.g. Apples and pears, was cheap."}));
  EXPECT_EQ(split("Apples, pears, etc. The rest was sold."),
            Sentences({"Apples, pears, etc.", "The rest was sold."}));
  EXPECT_EQ(split("He works at Apple Inc. The company grew."),
            Sentences({"He works at Apple Inc.", "The company grew."}));
  EXPECT_EQ(split("Apple Inc. Chief Executive Tim Cook said so."),
            Sentences({"Apple Inc. Chief Executive Tim Cook said so."}));
  EXPECT_EQ(split("The price was approx. 5 dollars."),
            Sentences({"The price was approx. 5 dollars."}));
}

TEST(Sentences, OpenerAfterAbbreviationBehindQuote) {
  EXPECT_EQ(split("He moved to the U.S. \"It was hard,\" he said."),
            Sentences({"He moved to the U.S.", "\"It was hard,\" he said."}));
}

TEST(Sentences, UnlistedDottedAbbreviationHolds) {
  // Groups of one or two letters joined by periods read as an abbreviation.
  EXPECT_EQ(split("The S.C.O. Council met."), Sentences({"The S.C.O. Council met."}));
  EXPECT_EQ(split("It met in the S.C.O. The talks ended."),
            Sentences({"It met in the S.C.O.", "The talks ended."}));
}

TEST(Sentences, AbbreviationRulesComeFromData) {
  SentenceRules none;
  EXPECT_EQ(split("Mr. Smith arrived.", none), Sentences({"Mr.", "Smith arrived."}));
  SentenceRules custom;
  custom.abbreviations.insert("mr");
  custom.never_final.insert("mr");
  EXPECT_EQ(split("Mr. Smith arrived.", custom), Sentences({"Mr. Smith arrived."}));
}

// ---- numbers, URLs, ellipses --------------------------------------------------

TEST(Sentences, DecimalsNeverSplit) {
  EXPECT_EQ(split("Growth was 3.5 percent. Prices rose to $1.13bn. In May they fell."),
            Sentences({"Growth was 3.5 percent.", "Prices rose to $1.13bn.", "In May they fell."}));
  EXPECT_EQ(split("It cost 1.5. Then 2.25."), Sentences({"It cost 1.5.", "Then 2.25."}));
}

TEST(Sentences, UrlsAndEmails) {
  EXPECT_EQ(
      split("See www.gov.kz/en/news.html for details. Write to info@example.kz today."),
      Sentences({"See www.gov.kz/en/news.html for details.", "Write to info@example.kz today."}));
  EXPECT_EQ(split("Visit example.com. The site is new."),
            Sentences({"Visit example.com.", "The site is new."}));
}

TEST(Sentences, Ellipsis) {
  EXPECT_EQ(split("He paused… and went on."), Sentences({"He paused… and went on."}));
  EXPECT_EQ(split("He paused... and went on."), Sentences({"He paused... and went on."}));
  EXPECT_EQ(split("He paused… Then he left."), Sentences({"He paused…", "Then he left."}));
  EXPECT_EQ(split("Wait... What?"), Sentences({"Wait...", "What?"}));
}

// ---- initials ---------------------------------------------------------------

TEST(Sentences, InitialsDoNotEndSentence) {
  EXPECT_EQ(split("J. K. Rowling wrote it."), Sentences({"J. K. Rowling wrote it."}));
  EXPECT_EQ(split("President Kassym-Jomart K. Tokayev spoke."),
            Sentences({"President Kassym-Jomart K. Tokayev spoke."}));
  EXPECT_EQ(split("Dr. A. Smith arrived."), Sentences({"Dr. A. Smith arrived."}));
  EXPECT_EQ(split("Author Š. Novák wrote it."), Sentences({"Author Š. Novák wrote it."}));
}

TEST(Sentences, InitialBeforeOpenerEndsSentence) {
  EXPECT_EQ(split("They chose plan B. The rest failed."),
            Sentences({"They chose plan B.", "The rest failed."}));
}

TEST(Sentences, ListNumberAtLineStart) {
  EXPECT_EQ(split("1. The first point.\n  12. The twelfth point. 13. The next."),
            Sentences({"1. The first point.", "12. The twelfth point.", "13.", "The next."}));
  EXPECT_EQ(split("2023. The year ended."), Sentences({"2023.", "The year ended."}));
}

// ---- quotes and brackets ----------------------------------------------------

TEST(Sentences, SplitsAfterClosingQuote) {
  EXPECT_EQ(split("He said: \"It rose 5%.\" The next day it fell."),
            Sentences({"He said: \"It rose 5%.\"", "The next day it fell."}));
  EXPECT_EQ(split("He said: “It rose 5%.” The next day it fell."),
            Sentences({"He said: “It rose 5%.”", "The next day it fell."}));
  EXPECT_EQ(split("She wrote: ‘It is done.’ Then she left."),
            Sentences({"She wrote: ‘It is done.’", "Then she left."}));
}

TEST(Sentences, QuoteFollowedByLowerCaseContinues) {
  EXPECT_EQ(split("\"Really?\" he asked."), Sentences({"\"Really?\" he asked."}));
  EXPECT_EQ(split("“We are ready. We will win,” he added."),
            Sentences({"“We are ready.", "We will win,” he added."}));
}

TEST(Sentences, OpeningQuoteStartsSentence) {
  EXPECT_EQ(split("He left. \"We will return,\" he said."),
            Sentences({"He left.", "\"We will return,\" he said."}));
  EXPECT_EQ(split("He left. “We will return,” he said."),
            Sentences({"He left.", "“We will return,” he said."}));
  EXPECT_EQ(split("He left. (It was late.) Then he slept."),
            Sentences({"He left.", "(It was late.)", "Then he slept."}));
}

TEST(Sentences, ClosingBracketAfterAbbreviation) {
  EXPECT_EQ(split("It was sold (to Apple Inc.) Then it closed."),
            Sentences({"It was sold (to Apple Inc.)", "Then it closed."}));
}

// ---- hostile input ----------------------------------------------------------

// A run without whitespace longer than kMaxSpanBytes comes back as pieces that follow
// each other without a gap, none longer than the limit, all but the last nearly full.
void expect_pieces_of_one_run(const std::string& run, const std::vector<Span>& spans) {
  ASSERT_FALSE(spans.empty());
  EXPECT_EQ(spans.front().begin, 0u);
  EXPECT_EQ(spans.back().end, run.size());
  for (std::size_t i = 0; i < spans.size(); ++i) {
    EXPECT_LE(spans[i].end - spans[i].begin, kMaxSpanBytes);
    if (i + 1 < spans.size()) {
      EXPECT_EQ(spans[i].end, spans[i + 1].begin);
      EXPECT_GT(spans[i].end - spans[i].begin, kMaxSpanBytes - 512);
    }
  }
}

TEST(SentencesHostile, RunOfDots) {
  std::string dots(1 << 20, '.');
  auto spans = split_sentences(dots, sentence_rules());
  expect_invariants(dots, spans);
  expect_pieces_of_one_run(dots, spans);
}

TEST(SentencesHostile, SpacedDotsAndInitials) {
  std::string spaced;
  for (int i = 0; i < 200000; ++i) spaced += ". ";
  expect_invariants(spaced, split_sentences(spaced, sentence_rules()));
  std::string initials;
  for (int i = 0; i < 200000; ++i) initials += "A. ";
  auto spans = split_sentences(initials, sentence_rules());
  expect_invariants(initials, spans);
  // One sentence as written, too long to be prose: cut into pieces at spaces.
  ASSERT_EQ(spans.size(), (initials.size() + kMaxSpanBytes - 1) / (kMaxSpanBytes - 1));
  for (const Span& s : spans) {
    EXPECT_LE(s.end - s.begin, kMaxSpanBytes);
    EXPECT_EQ(initials[s.end - 1], '.');
  }
  std::string many;
  for (int i = 0; i < 200000; ++i) many += "x. Y. ";
  expect_invariants(many, split_sentences(many, sentence_rules()));
}

TEST(SentencesHostile, TenMegabytesWithoutSpaces) {
  std::string blob(10u << 20, 'a');
  for (std::size_t i = 7; i < blob.size(); i += 13) blob[i] = '.';
  auto spans = split_sentences(blob, sentence_rules());
  expect_pieces_of_one_run(blob, spans);
}

TEST(SentencesHostile, LongTokensBeforePeriods) {
  std::string text;
  for (int i = 0; i < 2000; ++i) text += std::string(1000, 'U') + ". The ";
  auto spans = split_sentences(text, sentence_rules());
  expect_invariants(text, spans);
  EXPECT_EQ(spans.size(), 2001u);
}

TEST(SentencesHostile, LoneQuotesAndBrackets) {
  for (std::string s :
       {"\"", "'", "“", "”", "\" \" \" .", ". \"", "( ) [ ] . ) (", "”. “", "… … …", ".\xE2\x80",
        "It ended.\xE2\x80\x9D", "It ended.\xE2", "A.\xC2", "A. \xC2"}) {
    SCOPED_TRACE(s);
    expect_invariants(s, split_sentences(s, sentence_rules()));
  }
}

TEST(SentencesHostile, InvalidUtf8) {
  std::string s =
      "It rose.\xFF\xFE In May.\xC0\x80 \xED\xA0\x80 Next. \xF4\x90\x80\x80 End. \xE2\x80";
  expect_invariants(s, split_sentences(s, sentence_rules()));
}

TEST(SentencesHostile, RandomBytes) {
  std::mt19937 rng(20240521);
  const std::string alphabet[] = {
      ".",    "!",    "?",    " ",    "  ",   "\t",  "\n",  "\r",  "\r\n", "A",        "a",
      "5",    "\"",   "'",    "(",    ")",    "“",   "”",   "’",   "…",    "\xC2\xA0", "\xC2",
      "\xA0", "\xE2", "\x80", "\xFF", "U.S.", "Mr.", "No.", "The", "Ö",    "\xC3"};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(alphabet) - 1);
  std::uniform_int_distribution<int> length(0, 120);
  std::uniform_int_distribution<int> byte(0, 255);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int n = length(rng);
    for (int i = 0; i < n; ++i) {
      if (round % 3 == 0) {
        s += static_cast<char>(byte(rng));
      } else {
        s += alphabet[pick(rng)];
      }
    }
    SCOPED_TRACE(::testing::Message() << "round " << round);
    expect_invariants(s, split_sentences(s, sentence_rules()));
    if (::testing::Test::HasFatalFailure()) return;
  }
}

// ---- the real news text -----------------------------------------------------

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

TEST(SentencesCorpus, EvalNewsText) {
  std::string path = std::string(FACTSHEET_SHARED_DIR) + "/eval/000_75dfa83f04e34ea1.txt";
  if (!std::ifstream(path).good()) GTEST_SKIP() << "missing " << path;
  std::string text = read_file(path);
  ASSERT_FALSE(text.empty());

  auto sentences = split(text);
  ASSERT_FALSE(::testing::Test::HasFatalFailure());
  auto has = [&](const std::string& s) {
    return std::find(sentences.begin(), sentences.end(), s) != sentences.end();
  };

  // Every line is split on its own and gives back exactly the same sentences.
  std::size_t from_lines = 0;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    auto spans = split_sentences(line, sentence_rules());
    expect_invariants(line, spans);
    for (const Span& sp : spans) EXPECT_TRUE(has(line.substr(sp.begin, sp.end - sp.begin)));
    from_lines += spans.size();
  }
  EXPECT_EQ(from_lines, sentences.size());

  // Headlines (line 53) and single-sentence paragraphs (line 1) stand alone.
  EXPECT_TRUE(has("Astana Hosts SCO Foreign Ministers Council Meeting"));
  EXPECT_TRUE(
      has("A meeting of the Council of Foreign Ministers of the Shanghai Cooperation Organisation "
          "(SCO) was held in Astana, the capital city of Kazakhstan, on May 20-21."));
  // "U.S. dollars" does not end a sentence (line 119).
  EXPECT_TRUE(has(
      "According to Chinese statistics, bilateral trade reached 41 billion U.S. dollars last "
      "year, achieving the target set by the two heads of state seven years ahead of schedule."));
  // A quoted paragraph splits inside the quotes (line 27).
  EXPECT_TRUE(has("“Our schedule of contacts is very, very intensive."));
  EXPECT_TRUE(
      has("We look forward to welcoming you, Mr Minister, dear friend, at a session of the BRICS "
          "foreign ministers in Nizhny Novgorod in less than a month."));
  EXPECT_TRUE(
      has("Our leaders will meet during an SCO summit here in Astana in July,” Lavrov said, "
          "according to the Russian Interfax news agency, quoted by the SCMP."));
  // A colon does not end a sentence; "First," after a period starts one (line 45).
  EXPECT_TRUE(
      has("The two sides agreed to focus on promoting cooperation in the following aspects: First, "
          "they will continue to firmly support each other’s core interests."));
  EXPECT_TRUE(
      has("Second, they will continue to tap the broad potential for mutually beneficial "
          "cooperation."));
  // A dateline stays with its first sentence (line 93).
  EXPECT_TRUE(
      has("ASTANA, May 20 (Xinhua) — Kazakh President Kassym-Jomart Tokayev on Monday met here "
          "with Chinese Foreign Minister Wang Yi."));
  // The second sentence of line 29.
  EXPECT_TRUE(
      has("The two heads of state met twice last year to make plans and arrangements for strategic "
          "cooperation in the new era."));
}

}  // namespace
}  // namespace factsheet::text
