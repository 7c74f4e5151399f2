#include "lexicon/phrase_table.hpp"

#include <algorithm>
#include <bit>
#include <stdexcept>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet {
namespace {

using text::is_alnum;
using text::is_alpha;
using text::is_digit;
using text::is_ascii_space;

// Where the text ends once the spaces (ASCII and Unicode separators) before `end` are left out.
std::size_t end_before_spaces(std::string_view text, std::size_t end) {
  // Most often the byte before is plain ASCII that is no space.
  if (end > 0 && static_cast<unsigned char>(text[end - 1]) < 0x80 && !is_ascii_space(static_cast<unsigned char>(text[end - 1])))
    return end;
  std::size_t e = end;
  while (e > 0) {
    std::size_t back = text::length_before(text, e);
    std::string_view prev = text.substr(e - back, back);
    if (back == 1 && is_ascii_space(static_cast<unsigned char>(prev[0]))) {
      e -= 1;
    } else if (text::space_separator_at(text, e - back) == back) {
      e -= back;
    } else {
      break;
    }
  }
  return e;
}

// Bytes of the whitespace run at text[pos] (ASCII and Unicode space separators).
std::size_t space_run(std::string_view text, std::size_t pos) {
  std::size_t p = pos;
  while (p < text.size()) {
    if (is_ascii_space(static_cast<unsigned char>(text[p]))) {
      ++p;
    } else if (std::size_t n = text::space_separator_at(text, p)) {
      p += n;
    } else {
      break;
    }
  }
  return p - pos;
}

// True when the exact-case phrase equals the matched text modulo whitespace runs.
bool same_case(std::string_view phrase, std::string_view matched) {
  std::size_t i = 0, j = 0;
  while (i < phrase.size() && j < matched.size()) {
    if (phrase[i] == ' ') {
      ++i;
      j += space_run(matched, j);
      continue;
    }
    if (phrase[i] != matched[j]) return false;
    ++i;
    ++j;
  }
  return i == phrase.size() && j == matched.size();
}

}  // namespace

std::string fold_phrase(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  std::size_t i = 0;
  while (i < phrase.size()) {
    if (std::size_t n = space_run(phrase, i)) {
      if (!out.empty() && i + n < phrase.size()) out.push_back(' ');
      i += n;
      continue;
    }
    out.push_back(static_cast<char>(PhraseTable::fold(static_cast<unsigned char>(phrase[i]))));
    ++i;
  }
  return out;
}

void PhraseTable::Edges::insert(std::uint32_t from, unsigned char c, std::uint32_t to) {
  // At most half full, so that a probe for an absent edge ends soon.
  if (2 * (used_ + 1) > slots_.size()) {
    std::vector<Slot> old = std::move(slots_);
    std::size_t size = old.empty() ? 64 : 2 * old.size();
    slots_.assign(size, Slot{});
    mask_ = size - 1;
    shift_ = 32 - std::countr_zero(size);
    for (const Slot& e : old) {
      if (e.key == 0) continue;
      std::size_t i = slot(e.key);
      while (slots_[i].key != 0) i = (i + 1) & mask_;
      slots_[i] = e;
    }
  }
  std::uint32_t key = pack(from, c);
  std::size_t i = slot(key);
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  if (slots_[i].key == 0) ++used_;
  slots_[i] = {key, to};
}

bool PhraseTable::add(std::string_view phrase, std::uint32_t id, bool exact_case) {
  std::string key = fold_phrase(phrase);
  if (key.empty()) return false;
  if (terminals_.size() + key.size() > kMaxNodes || back_key_.size() + key.size() > kMaxNodes)
    throw std::length_error("phrase table: more than 2^24 trie nodes");
  std::uint32_t node = 0, parent = 0;
  for (unsigned char c : key) {
    parent = node;
    std::uint32_t next = next_.find(node, c) & kNode;
    if (next == 0) {
      next = static_cast<std::uint32_t>(terminals_.size());
      terminals_.emplace_back();
      next_.insert(node, c, next);
    }
    node = next;
  }
  std::string exact;
  if (exact_case) {
    // Keep the written form with whitespace collapsed, for the case check.
    exact = key;
    std::size_t k = 0;
    for (std::size_t i = 0; i < phrase.size() && k < exact.size();) {
      if (std::size_t n = space_run(phrase, i)) {
        i += n;
        if (exact[k] == ' ') ++k;
        continue;
      }
      exact[k++] = phrase[i++];
    }
  }
  for (const auto& t : terminals_[node])
    if (t.exact.empty() == exact.empty() && (exact.empty() || t.exact == exact)) return false;
  longest_key_ = std::max(longest_key_, key.size());
  auto a = static_cast<unsigned char>(key[0]);
  auto mark = [&](unsigned b) {
    std::size_t i = std::size_t{a} << 8 | b;
    pairs_[i / 64] |= std::uint64_t{1} << (i % 64);
  };
  if (key.size() > 1) {
    mark(static_cast<unsigned char>(key[1]));
  } else {
    for (unsigned b = 0; b < 256; ++b) mark(b);
  }
  terminals_[node].push_back({id, std::move(exact)});
  next_.insert(parent, static_cast<unsigned char>(key.back()), node | kEnds);
  std::uint32_t back = 0, back_parent = 0;
  for (auto it = key.rbegin(); it != key.rend(); ++it) {
    auto c = static_cast<unsigned char>(*it);
    std::uint32_t next = back_.find(back, c) & kNode;
    if (next == 0) {
      next = static_cast<std::uint32_t>(back_key_.size());
      back_key_.push_back(0);
      back_.insert(back, c, next);
    }
    back_parent = back;
    back = next;
  }
  back_key_[back] = node;
  back_.insert(back_parent, static_cast<unsigned char>(key.front()), back | kEnds);
  phrases_.push_back(std::move(key));
  ++entries_;
  return true;
}

// The entry of `node` that `matched` (the text it was reached by) takes: an exact-case
// entry that matches outranks a case-folded one ("Nm" newton metre over "nm" nanometre).
const PhraseTable::Terminal* PhraseTable::hit(std::uint32_t node, std::string_view matched) const {
  const Terminal* hit = nullptr;
  for (const auto& t : terminals_[node]) {
    if (!t.exact.empty() && same_case(t.exact, matched)) return &t;
    if (t.exact.empty() && !hit) hit = &t;
  }
  return hit;
}

template <typename F>
void PhraseTable::walk(std::string_view text, std::size_t pos, F&& on_match) const {
  std::uint32_t node = 0;
  bool ends = false;  // phrases end at node
  std::size_t p = pos;
  while (true) {
    if (ends) {
      unsigned char last = static_cast<unsigned char>(text[p - 1]);
      // A word must not run on into more letters ("moreover"), nor a number into more
      // digits; a code may touch a number ("USD34.6 million").
      unsigned char next = p < text.size() ? static_cast<unsigned char>(text[p]) : ' ';
      bool boundary_ok = !((is_alpha(last) && is_alpha(next)) || (is_digit(last) && is_digit(next)));
      if (boundary_ok)
        if (const Terminal* t = hit(node, text.substr(pos, p - pos))) on_match(Match{t->id, p - pos});
    }
    if (p >= text.size()) return;
    unsigned char c = static_cast<unsigned char>(text[p]);
    // Most bytes are ASCII and not spaces: only the others can start a space run.
    std::size_t sp = c >= 0x80 || is_ascii_space(c) ? space_run(text, p) : 0;
    if (sp > 0) {
      std::uint32_t next = next_.find(node, ' ');
      if (next == 0) return;
      node = next & kNode;
      ends = (next & kEnds) != 0;
      p += sp;
      continue;
    }
    std::uint32_t next = next_.find(node, fold(c));
    if (next == 0) return;
    node = next & kNode;
    ends = (next & kEnds) != 0;
    ++p;
  }
}

std::optional<PhraseTable::Match> PhraseTable::longest_walk(std::string_view text, std::size_t pos) const {
  std::optional<Match> best;
  walk(text, pos, [&](Match m) { best = m; });
  return best;
}

std::vector<PhraseTable::Match> PhraseTable::all(std::string_view text, std::size_t pos) const {
  std::vector<Match> out;
  all(text, pos, out);
  return out;
}

void PhraseTable::all_walk(std::string_view text, std::size_t pos, std::vector<Match>& out) const {
  walk(text, pos, [&](Match m) { out.push_back(m); });
}

std::optional<std::pair<std::size_t, PhraseTable::Match>> PhraseTable::ending_at_by_starts(
    std::string_view text, std::size_t end, int max_words) const {
  // Skip the spaces before `end`, then try each word start going left.
  std::size_t e = end_before_spaces(text, end);
  std::optional<std::pair<std::size_t, Match>> best;
  std::size_t p = e;
  int words = 0;
  // No phrase covers more than max_span() bytes outside ASCII space runs, so a long run
  // without spaces ("1,2,3,...") is looked into that far only: the look-back stays
  // constant per call, not linear in the run.
  const std::size_t reach = max_span();
  std::size_t covered = 0;
  while (p > 0 && words < max_words) {
    // Move p to the start of the previous word (a run of non-space bytes).
    while (p > 0 && is_ascii_space(static_cast<unsigned char>(text[p - 1]))) --p;
    while (p > 0 && !is_ascii_space(static_cast<unsigned char>(text[p - 1]))) {
      if (++covered > reach) return best;
      --p;
      // Try every start not inside an alphanumeric run, e.g. "about" in "(about".
      if (p > 0 && is_alnum(static_cast<unsigned char>(text[p - 1]))) continue;
      if (!may_start_at(text, p)) continue;
      walk(text, p, [&](Match m) {
        if (p + m.length == e) best = std::make_pair(p, m);
      });
    }
    ++words;
  }
  return best;
}

namespace {

// Bytes of the whitespace run ending just before text[end] (ASCII and Unicode space
// separators), the mirror of space_run().
std::size_t space_run_before(std::string_view text, std::size_t end) {
  std::size_t p = end;
  while (p > 0) {
    auto c = static_cast<unsigned char>(text[p - 1]);
    if (is_ascii_space(c)) {
      --p;
    } else if (c == 0xA0 && p >= 2 && text[p - 2] == '\xC2') {
      p -= 2;
    } else if ((c == 0x87 || c == 0x89 || c == 0xAF) && p >= 3 && text[p - 3] == '\xE2' && text[p - 2] == '\x80') {
      p -= 3;
    } else {
      break;
    }
  }
  return end - p;
}

}  // namespace

std::optional<std::pair<std::size_t, PhraseTable::Match>> PhraseTable::ending_at(
    std::string_view text, std::size_t end, int max_words) const {
  // The same end as ending_at_by_starts(): spaces before `end` skipped.
  std::size_t e = end_before_spaces(text, end);
  if (e == 0) return std::nullopt;
  // Every phrase found ends at e, so the run-on test is the same for all of them.
  auto last = static_cast<unsigned char>(text[e - 1]);
  auto after = e < text.size() ? static_cast<unsigned char>(text[e]) : static_cast<unsigned char>(' ');
  if ((is_alpha(last) && is_alpha(after)) || (is_digit(last) && is_digit(after))) return std::nullopt;
  // The starts in reach: within `max_words` runs of non-space bytes before e, and at most
  // max_span() such bytes back. Most walks end without a phrase, so this is worked out at
  // the first phrase found; the walk itself goes no further back than the longest key.
  auto reach_start = [&] {
    const std::size_t reach = max_span();
    std::size_t lo = e, covered = 0;
    for (int words = 0; lo > 0 && words < max_words; ++words) {
      while (lo > 0 && is_ascii_space(static_cast<unsigned char>(text[lo - 1]))) --lo;
      while (lo > 0 && !is_ascii_space(static_cast<unsigned char>(text[lo - 1]))) {
        if (++covered > reach) return lo;
        --lo;
      }
    }
    return lo;
  };
  std::optional<std::size_t> lo;
  // One walk backward; the leftmost start in reach that ends a phrase wins (the longest).
  std::optional<std::pair<std::size_t, Match>> best;
  std::uint32_t node = 0;
  std::size_t q = e;
  while (q > 0 && (!lo || q > *lo)) {
    std::size_t sp = space_run_before(text, q);
    if (sp > 0) {
      node = back_.find(node, ' ') & kNode;
      if (node == 0) break;
      q -= sp;
      continue;
    }
    std::uint32_t edge = back_.find(node, fold(static_cast<unsigned char>(text[q - 1])));
    if (edge == 0) break;
    node = edge & kNode;
    --q;
    if ((edge & kEnds) == 0) continue;
    std::uint32_t key = back_key_[node];
    if (key == 0 || (q > 0 && is_alnum(static_cast<unsigned char>(text[q - 1])))) continue;
    if (!lo) lo = reach_start();
    if (q < *lo) break;
    if (const Terminal* t = hit(key, text.substr(q, e - q))) best = std::make_pair(q, Match{t->id, e - q});
  }
  return best;
}

}  // namespace factsheet
