// The frame reader's windows of a sentence: pieces_between() is what pieces_of() gives for
// the window's text, at the sentence's positions and numbered by the cues, whether the window
// cuts a word (then the window has pieces of its own) or not (then it looks at the
// sentence's pieces).
#include <gtest/gtest.h>

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "frame/frame.hpp"
#include "frame/frame_words.hpp"

namespace factsheet::frame {
namespace {

struct Expected {
  std::size_t begin, end;
  std::string text;
  std::uint32_t cue_word;
  bool operator==(const Expected&) const = default;
};

std::vector<Expected> of(std::span<const Piece> pieces) {
  std::vector<Expected> out;
  for (const Piece& p : pieces) out.push_back({p.begin, p.end, p.text, p.cue_word});
  return out;
}

// The definition: the pieces of s[from, to) on their own, moved to the sentence's positions.
std::vector<Expected> by_definition(std::string_view s, std::size_t from, std::size_t to, const FrameCues& cues) {
  std::vector<Piece> pieces = pieces_of(s.substr(from, to - from), &cues);
  for (Piece& p : pieces) {
    p.begin += from;
    p.end += from;
  }
  return of(pieces);
}

const std::vector<std::string_view> kSentences = {
    "Sales of fourth-quarter cars rose 5% in the three months to September, year-on-year.",
    "The firm\xE2\x80\x99s U.S. unit, AT&T's rival, said profits fell to $3.5bn from $4bn.",
    "  Wal-Mart -- the world's biggest retailer -- expects growth to slow.  ",
};

TEST(PieceWindows, EveryWindowIsThePiecesOfItsText) {
  const FrameCues& cues = embedded_frame_cues();
  for (std::string_view s : kSentences) {
    for (std::size_t from = 0; from <= s.size(); ++from) {
      for (std::size_t to = from; to <= s.size(); ++to) {
        // A window starts and ends on a character, as the frame reader's do (figure bounds).
        if ((from < s.size() && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) ||
            (to < s.size() && (static_cast<unsigned char>(s[to]) & 0xC0) == 0x80))
          continue;
        ASSERT_EQ(of(pieces_between(s, from, to, cues)), by_definition(s, from, to, cues))
            << "window [" << from << ", " << to << ") of: " << s;
      }
    }
  }
}

TEST(PieceWindows, AWindowOfWholeWordsLooksAtTheSentencesPieces) {
  const FrameCues& cues = embedded_frame_cues();
  std::string_view s = kSentences[0];
  const std::vector<Piece>& all = sentence_words(s, cues).pieces;
  std::size_t from = s.find("rose"), to = s.find(" in the");
  PieceWindow w = pieces_between(s, from, to, cues);
  ASSERT_EQ(w.size(), 2U);  // "rose", "5"
  EXPECT_GE(&w[0], all.data());
  EXPECT_LT(&w.back(), all.data() + all.size());
  EXPECT_EQ(w[0].text, "rose");
}

TEST(PieceWindows, AWindowThatCutsAWordHasPiecesOfItsOwn) {
  const FrameCues& cues = embedded_frame_cues();
  std::string_view s = kSentences[0];
  const std::vector<Piece>& all = sentence_words(s, cues).pieces;
  std::size_t from = s.find("quarter"), to = s.find(" cars");  // inside "fourth-quarter"
  PieceWindow w = pieces_between(s, from, to, cues);
  ASSERT_EQ(w.size(), 1U);
  EXPECT_EQ(w[0].text, "quarter");
  EXPECT_EQ(w[0].begin, from);
  EXPECT_TRUE(&w[0] < all.data() || &w[0] >= all.data() + all.size());
  // Moved, it keeps its pieces.
  PieceWindow moved = std::move(w);
  ASSERT_EQ(moved.size(), 1U);
  EXPECT_EQ(moved[0].text, "quarter");
}

}  // namespace
}  // namespace factsheet::frame
