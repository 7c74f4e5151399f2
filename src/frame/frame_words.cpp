#include "frame/frame_words.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>

#include "frame/frame.hpp"
#include "text/chars.hpp"

namespace factsheet::frame {
namespace {

using text::is_digit;
using text::is_lower;
using text::is_upper;
using text::right_quote_at;

// The possessive ending text::without_possessive() drops, as the frame's words write it
// (apostrophes normalised): "'s", or a plural's bare "'" ("six months' leave").
std::size_t possessive_ending(std::string_view w) {
  if (w.size() > 2 && w.ends_with("'s")) return 2;
  return w.size() > 1 && w.back() == '\'' ? 1 : 0;
}

void append_pieces(const Word& w, std::vector<Piece>& out, const FrameCues* cues) {
  std::string_view word(w.text);
  word.remove_suffix(possessive_ending(word));
  for (std::size_t at = 0;;) {
    std::size_t dash = word.find('-', at);
    std::string_view part = word.substr(at, dash == std::string_view::npos ? std::string_view::npos : dash - at);
    if (!part.empty()) {
      // Built in its place in `out`, whose room a caller keeps from sentence to sentence.
      Piece& piece = out.emplace_back();
      piece.begin = w.begin;
      piece.end = w.end;
      piece.text.assign(part);
      for (char& c : piece.text) c = text::to_lower(c);
      piece.cue_word = cues ? cues->word_id(piece.text) : 0;
    }
    if (dash == std::string_view::npos) break;
    at = dash + 1;
  }
}

// Whether the phrase `p` (word numbers) stands at pieces[i].
bool cue_at(std::span<const Piece> pieces, std::size_t i, const std::vector<std::uint32_t>& p) {
  if (p.empty() || i + p.size() > pieces.size()) return false;
  for (std::size_t k = 0; k < p.size(); ++k)
    if (pieces[i + k].cue_word != p[k]) return false;
  return true;
}

// The bytes of a word other than the "’" it may hold (words_of()).
constexpr std::array<bool, 256> kWordBytes = [] {
  std::array<bool, 256> t{};
  for (std::size_t b = 0; b < t.size(); ++b) {
    auto c = static_cast<char>(b);
    t[b] = is_upper(c) || is_lower(c) || is_digit(c) || c == '\'' || c == '-' || c == '.' || c == '&';
  }
  return t;
}();

}  // namespace

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  out.reserve(s.size() / 5 + 1);  // about one word per five bytes of prose
  append_words(s, out);
  return out;
}

void append_words(std::string_view s, std::vector<Word>& out) {
  std::size_t i = 0;
  auto inside = [&](std::size_t k) { return kWordBytes[static_cast<unsigned char>(s[k])]; };
  // "’" starts with a byte no word holds otherwise.
  auto quote_at = [&](std::size_t k) { return s[k] == '\xE2' && right_quote_at(s, k); };
  while (i < s.size()) {
    if (!inside(i) && !quote_at(i)) {
      ++i;
      continue;
    }
    // Built in its place in `out` (see append_pieces()); taken back if nothing is left of it.
    Word& w = out.emplace_back();
    w.begin = i;
    bool quoted = false;
    while (i < s.size()) {
      if (inside(i)) {
        ++i;
      } else if (quote_at(i)) {
        quoted = true;
        i += 3;
      } else {
        break;
      }
    }
    // The word as written, in one copy unless a "’" in it is to become "'".
    if (!quoted) {
      w.text.assign(s.substr(w.begin, i - w.begin));
    } else {
      for (std::size_t k = w.begin; k < i;) {
        bool quote = right_quote_at(s, k);
        w.text += quote ? '\'' : s[k];
        k += quote ? 3 : 1;
      }
    }
    w.end = i;
    // "rose." loses its dot; "U.S." keeps its dots
    if (!w.text.empty() && w.text.back() == '.' && std::count(w.text.begin(), w.text.end(), '.') == 1) w.text.pop_back();
    while (!w.text.empty() && (w.text.front() == '-' || w.text.front() == '\'' || w.text.front() == '.'))
      w.text.erase(w.text.begin());
    while (!w.text.empty() && (w.text.back() == '-' || w.text.back() == '\'')) {
      if (w.text.back() == '\'' && w.text.size() > 1 && (w.text[w.text.size() - 2] == 's')) break;  // "firms'"
      w.text.pop_back();
    }
    if (w.text.empty()) out.pop_back();
  }
}

bool possessive(std::string_view w) {
  return (w.size() > 2 && w.substr(w.size() - 2) == "'s") || (w.size() > 2 && w.back() == '\'' && w[w.size() - 2] == 's');
}

std::vector<Piece> pieces_of(std::string_view s, const FrameCues* cues) {
  std::vector<Piece> out;
  pieces_of(s, out, cues);
  return out;
}

void pieces_of(std::string_view s, std::vector<Piece>& out, const FrameCues* cues) {
  out.clear();
  thread_local std::vector<Word> words;  // kept for the thread's next call
  words.clear();
  append_words(s, words);
  for (const Word& w : words) append_pieces(w, out, cues);
}

const SentenceWords& sentence_words(std::string_view s, const FrameCues& cues) {
  thread_local SentenceWords cache;
  if (!cache.filled || cache.cues != &cues || cache.text != s) {
    cache.filled = true;
    cache.cues = &cues;
    cache.text.assign(s);
    cache.words.clear();  // its room is kept for the next sentence
    append_words(s, cache.words);
    cache.pieces.clear();
    for (const Word& w : cache.words) append_pieces(w, cache.pieces, &cues);
  }
  return cache;
}

// A word is a maximal run of word characters, so the substring's words are the sentence's
// words cut to the window; only a word the window cuts is read again.
PieceWindow pieces_between(std::string_view s, std::size_t from, std::size_t to, const FrameCues& cues) {
  from = std::min(from, s.size());
  to = std::clamp(to, from, s.size());
  const std::vector<Piece>& all = sentence_words(s, cues).pieces;
  auto first = std::partition_point(all.begin(), all.end(), [&](const Piece& p) { return p.end <= from; });
  auto last = std::partition_point(first, all.end(), [&](const Piece& p) { return p.begin < to; });
  // Most windows cut no word: they are a run of the sentence's pieces as they stand.
  if (first == last || (first->begin >= from && std::prev(last)->end <= to))
    return PieceWindow(std::span<const Piece>(all).subspan(static_cast<std::size_t>(first - all.begin()),
                                                           static_cast<std::size_t>(last - first)));
  // The window's pieces are a run of the sentence's (a cut word may give a piece more):
  // room for them at once, not a vector grown piece by piece.
  std::vector<Piece> out;
  out.reserve(static_cast<std::size_t>(last - first) + 2);
  std::size_t cut_word = SIZE_MAX;  // the begin of the word last read again
  for (auto it = first; it != last; ++it) {  // a word's pieces share its begin and end
    const Piece& p = *it;
    if (p.begin >= from && p.end <= to) {
      out.push_back(p);
      continue;
    }
    if (p.begin == cut_word) continue;
    cut_word = p.begin;
    std::size_t b = std::max(p.begin, from), e = std::min(p.end, to);
    std::size_t added = out.size();
    thread_local std::vector<Word> cut;  // kept for the thread's next cut word
    cut.clear();
    append_words(s.substr(b, e - b), cut);
    for (const Word& w : cut) append_pieces(w, out, &cues);
    for (std::size_t k = added; k < out.size(); ++k) {
      out[k].begin += b;
      out[k].end += b;
    }
  }
  return PieceWindow(std::move(out));
}

std::vector<std::string> split_phrase(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Piece& p : pieces_of(phrase)) out.push_back(p.text);
  return out;
}

std::vector<std::pair<std::size_t, std::size_t>> find_cues(std::span<const Piece> pieces, const CuePhrases& cue) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < pieces.size(); ++i) {
    if (pieces[i].cue_word == 0) continue;  // in no phrase: most words
    for (std::uint32_t n : cue.starting(pieces[i].cue_word))
      if (cue_at(pieces, i, cue.phrases[n])) {
        out.push_back({i, i + cue.phrases[n].size()});
        break;
      }
  }
  return out;
}

std::optional<std::size_t> first_cue(std::span<const Piece> pieces, const CuePhrases& cue) {
  for (std::size_t i = 0; i < pieces.size(); ++i)
    for (std::uint32_t n : cue.starting(pieces[i].cue_word))
      if (cue_at(pieces, i, cue.phrases[n])) return n;
  return std::nullopt;
}

}  // namespace factsheet::frame
