#include "context/person_names.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "text/byte_blocks.hpp"
#include "text/chars.hpp"

namespace factsheet::context {
namespace {

// A person's name is two or three capitalised words ("Gordon Brown", "Kassym-Jomart
// Tokayev", "Ban Ki-moon"); one word alone is too often a place or a firm.
constexpr std::size_t kMinNameWords = 2;
constexpr std::size_t kMaxNameWords = 3;

using text::is_alpha;
using text::is_upper;

std::size_t letter(std::string_view t, std::size_t i) {
  if (is_alpha(t[i])) return 1;
  auto c = static_cast<unsigned char>(t[i]);
  if (c >= 0xC3 && c <= 0xD4 && i + 1 < t.size()) return 2;
  return 0;
}

std::size_t apostrophe(std::string_view t, std::size_t i) {
  if (t[i] == '\'') return 1;
  if (t[i] == '\xE2' && i + 2 < t.size() && t[i + 1] == '\x80' && t[i + 2] == '\x99') return 3;
  return 0;
}

struct Word {
  std::size_t begin, end;
};

// A scan with no name pending can skip to the next ASCII capital (a name's word starts with
// one), found eight bytes at a time: the bytes before it hold no name. It resumes at the
// start of the capital's word, so that it reads that word whole as it would have: after the
// last byte before the capital that surely ends a word. `capital` is where the capital is
// (`end` when there is none); the scan reads on from the place returned up to it.
struct Resume {
  std::size_t at, capital;
};

Resume next_possible_name(std::string_view t, std::size_t from, std::size_t end) {
  std::size_t p = from;
  while (p + text::kBlockBytes <= end && !text::any_ascii_upper(text::block_at(t.data() + p))) p += text::kBlockBytes;
  while (p < end && !is_upper(t[p])) ++p;
  if (p >= end) return {end, end};
  // The scan stands at q between words: t[q - 1] is no letter, nor perhaps the second byte
  // of a two-byte letter, nor a hyphen that may join two letters.
  auto between_words = [&](std::size_t q) {
    if (letter(t, q - 1) || (q >= 2 && letter(t, q - 2) == 2)) return false;
    return t[q - 1] != '-' || (q >= 2 && static_cast<unsigned char>(t[q - 2]) < 0x80 && !is_alpha(t[q - 2]));
  };
  std::size_t q = p;
  while (q > from && !between_words(q)) --q;
  return {q, p};
}

bool excluded(std::string_view w, const Lexicon& lex) {
  // Lower-cased on the stack: names' words are short, and this is asked of every word of
  // every run of capitals in a text.
  std::array<char, 32> buffer;
  std::string long_word;
  std::string_view f;
  if (w.size() <= buffer.size()) {
    std::transform(w.begin(), w.end(), buffer.begin(), text::to_lower);
    f = std::string_view(buffer.data(), w.size());
  } else {
    long_word = text::lower_ascii(w);
    f = long_word;
  }
  if ((lex.context().roles(f) & kChunkerRoles) || lex.classify_word(f)) return true;
  if (auto m = lex.months().longest(f, 0); m && m->length == f.size()) return true;
  // Acronyms and mixed capitals within one part ("SCO", "BelTA"); "Kassym-Jomart" is a name.
  std::size_t caps = 0;
  for (char c : w) {
    if (c == '-') caps = 0;
    else if (is_upper(c) && ++caps > 1) return true;
  }
  return false;
}

}  // namespace

NameIndex::NameIndex(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex) {
  add(text, begin, end, lex);
}

void NameIndex::add(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex,
                    std::size_t base) {
  std::vector<Word> run;
  auto flush = [&] {
    // Split the run at excluded words; keep segments of two or three words. A single
    // capitalised word (most of them) holds no such segment: no lookups for it.
    if (run.size() < 2) {
      run.clear();
      return;
    }
    std::size_t i = 0;
    while (i < run.size()) {
      std::size_t j = i;
      while (j < run.size() && !excluded(text.substr(run[j].begin, run[j].end - run[j].begin), lex)) ++j;
      if (j - i >= kMinNameWords && j - i <= kMaxNameWords) {
        std::string name(text.substr(run[i].begin, run[j - 1].end - run[i].begin));
        for (std::size_t w : {i, j - 1}) {
          std::string key = text::lower_ascii(text.substr(run[w].begin, run[w].end - run[w].begin));
          by_word_.try_emplace(key, Entry{base + run[i].begin, name});
        }
      }
      i = j + 1;
    }
    run.clear();
  };
  std::size_t i = begin;
  std::size_t read_to = begin;  // read byte by byte up to here: the last skip's capital
  while (i < end) {
    if (run.empty() && i >= read_to) {
      Resume r = next_possible_name(text, i, end);
      if (r.at >= end) break;
      i = r.at;
      read_to = r.capital + 1;
    }
    if (!letter(text, i)) {
      // Words of a name are separated by single spaces only.
      if (!run.empty() && (text[i] != ' ' || run.back().end != i)) flush();
      ++i;
      continue;
    }
    std::size_t b = i;
    while (i < end) {
      if (std::size_t n = letter(text, i)) i += n;
      else if (text[i] == '-' && i + 1 < end && letter(text, i + 1)) ++i;
      else break;
    }
    if (!is_upper(text[b])) {
      // Most words: one that is not capitalised ends the run, and its "'s" (if any) is
      // read next as a mark and a word that are no names either.
      if (!run.empty()) flush();
      continue;
    }
    bool possessive = false;
    if (i < end) {
      std::size_t a = apostrophe(text, i);
      if (a && i + a < end && (text[i + a] == 's') && (i + a + 1 >= end || !letter(text, i + a + 1)))
        possessive = true;
    }
    if (!run.empty() && b != run.back().end + 1) flush();
    run.push_back({b, i});
    if (possessive) {
      flush();
      i += apostrophe(text, i) + 1;
    }
  }
  flush();
}

void NameIndex::merge(NameIndex&& later) {
  for (auto& [word, entry] : later.by_word_) by_word_.try_emplace(word, std::move(entry));
}

std::optional<std::string> NameIndex::full_name(std::string_view word, std::size_t before) const {
  auto it = by_word_.find(text::lower_ascii(word));
  if (it == by_word_.end() || it->second.offset >= before) return std::nullopt;
  return it->second.name;
}

}  // namespace factsheet::context
