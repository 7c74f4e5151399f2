// The words a frame is read from: a sentence's words as written, and its lower-case
// pieces (words split at hyphens too), with the cue phrases of frame_cues.tsv found among
// them. Internal to src/frame/.
#pragma once
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "frame/frame.hpp"

namespace factsheet::frame {

// A word of running text: ASCII letters, digits, apostrophes, hyphens, dots and '&'
// inside it ("U.S.", "Wal-Mart", "AT&T"); "’" is read as an apostrophe.
struct Word {
  std::size_t begin = 0, end = 0;
  std::string text;  // as written, apostrophes normalised, trailing dots dropped unless an abbreviation
};

std::vector<Word> words_of(std::string_view s);
// The same, appended to `out`: a caller that keeps `out` keeps its room.
void append_words(std::string_view s, std::vector<Word>& out);

bool possessive(std::string_view w);

// Lower-case words split at hyphens too, for the cue phrases ("fourth-quarter" ->
// "fourth", "quarter"), with their byte positions.
struct Piece {
  std::size_t begin = 0, end = 0;
  std::string text;
  // The piece's number among the words of the cue phrases (FrameCues::word_id), 0 for a
  // word in none: cues are matched by number, and most pieces are turned away at once.
  std::uint32_t cue_word = 0;
};

// The pieces of `s`; numbered by `cues` when given.
std::vector<Piece> pieces_of(std::string_view s, const FrameCues* cues = nullptr);
// The same into `out` (cleared first), so that a caller's buffer is reused.
void pieces_of(std::string_view s, std::vector<Piece>& out, const FrameCues* cues = nullptr);

// The words and pieces of a whole sentence, the pieces numbered by `cues`. A sentence's
// claims are framed one after another and each reads several windows of it, so the last
// sentence's are kept (per thread) rather than made again for every claim and window.
struct SentenceWords {
  bool filled = false;
  const FrameCues* cues = nullptr;
  std::string text;
  std::vector<Word> words;
  std::vector<Piece> pieces;
};
const SentenceWords& sentence_words(std::string_view s, const FrameCues& cues);

// A run of pieces: most often a run of a sentence's own (SentenceWords::pieces), looked at
// where sentence_words() keeps them, else pieces of its own. A window that looks at the
// sentence's is good until sentence_words() is asked for another sentence.
class PieceWindow {
 public:
  PieceWindow() = default;
  explicit PieceWindow(std::span<const Piece> sentence_pieces) : view_(sentence_pieces) {}
  explicit PieceWindow(std::vector<Piece>&& own) : own_(std::move(own)) {}
  PieceWindow(const PieceWindow&) = delete;
  PieceWindow& operator=(const PieceWindow&) = delete;
  PieceWindow(PieceWindow&&) = default;
  PieceWindow& operator=(PieceWindow&&) = default;

  // A window has pieces of its own or looks at the sentence's, never both.
  std::span<const Piece> pieces() const { return own_.empty() ? view_ : std::span<const Piece>(own_); }
  operator std::span<const Piece>() const { return pieces(); }  // NOLINT: a window is its pieces
  std::size_t size() const { return pieces().size(); }
  bool empty() const { return pieces().empty(); }
  const Piece& operator[](std::size_t i) const { return pieces()[i]; }
  const Piece& back() const { return pieces().back(); }
  auto begin() const { return pieces().begin(); }
  auto end() const { return pieces().end(); }

 private:
  std::span<const Piece> view_;
  std::vector<Piece> own_;
};

// The pieces of s[from, to), positions within s: what pieces_of() gives for that
// substring, numbered by `cues`. A window that cuts no word looks at the sentence's own
// pieces (PieceWindow): the window of a claim's frame is asked for several times.
PieceWindow pieces_between(std::string_view s, std::size_t from, std::size_t to, const FrameCues& cues);

// A phrase's lower-case words (hyphens split too).
std::vector<std::string> split_phrase(std::string_view phrase);

// Occurrences of a cue's phrases among `pieces`: (first piece, last piece + 1). At each
// piece the first phrase that matches there counts.
std::vector<std::pair<std::size_t, std::size_t>> find_cues(std::span<const Piece> pieces, const CuePhrases& phrases);

// The phrase that find_cues() would find first: the index in `phrases` of the first phrase
// matching at the first word where any does.
std::optional<std::size_t> first_cue(std::span<const Piece> pieces, const CuePhrases& phrases);

}  // namespace factsheet::frame
