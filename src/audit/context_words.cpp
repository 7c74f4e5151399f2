#include "audit/context_words.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

// FNV-1a of one word.
std::uint32_t hash_word(std::string_view w) {
  std::uint32_t h = 2166136261u;
  for (char c : w) {
    h ^= static_cast<unsigned char>(c);
    h *= 16777619u;
  }
  return h;
}

// Calls `each(word, lower)` with every word of `text`: lower case, letters, digits and
// non-ASCII bytes; dots and apostrophes dropped ("U.S." is "us", "firm's" is "firms").
// `lower`: the word was written with a lower-case first letter, no name.
template <typename F>
void for_each_word(std::string_view text, F&& each) {
  std::string cur;
  bool lower = false;
  for (char ch : text) {
    if (text::is_upper(ch)) {
      cur += static_cast<char>(ch - 'A' + 'a');
    } else if (text::is_lower(ch) || text::is_digit(ch) || static_cast<unsigned char>(ch) >= 0x80) {
      if (cur.empty()) lower = text::is_lower(ch);
      cur += ch;
    } else if (ch != '.' && ch != '\'') {
      if (!cur.empty()) each(cur, lower);
      cur.clear();
      lower = false;
    }
  }
  if (!cur.empty()) each(cur, lower);
}

void sort_distinct(std::vector<std::uint32_t>& v, std::size_t from) {
  std::sort(v.begin() + static_cast<std::ptrdiff_t>(from), v.end());
  v.erase(std::unique(v.begin() + static_cast<std::ptrdiff_t>(from), v.end()), v.end());
}

}  // namespace

std::vector<std::uint32_t> word_hashes(std::string_view text) {
  std::vector<std::uint32_t> out;
  for_each_word(text, [&](const std::string& w, bool) { out.push_back(hash_word(w)); });
  sort_distinct(out, 0);
  return out;
}

void ContextWords::add_sentence(std::uint32_t sentence, std::string_view text) {
  // Sentence numbers without text of their own start where the next one does.
  if (begin_.size() > sentence) return;
  begin_.resize(sentence + 1, static_cast<std::uint32_t>(words_.size()));
  std::size_t from = words_.size();
  for_each_word(text, [&](const std::string& w, bool lower) {
    if (lower && w.size() > 1 && !stop_(w)) words_.push_back(hash_word(w));
  });
  sort_distinct(words_, from);
}

bool ContextWords::share(std::uint32_t sentence_a, std::uint32_t sentence_b,
                         const std::vector<std::uint32_t>& ignored) const {
  auto range = [&](std::uint32_t s) {
    if (s >= begin_.size()) return std::pair<std::size_t, std::size_t>{0, 0};
    std::size_t end = s + 1 < begin_.size() ? begin_[s + 1] : words_.size();
    return std::pair<std::size_t, std::size_t>{begin_[s], end};
  };
  auto [i, i_end] = range(sentence_a);
  auto [j, j_end] = range(sentence_b);
  while (i < i_end && j < j_end) {
    if (words_[i] < words_[j]) {
      ++i;
    } else if (words_[j] < words_[i]) {
      ++j;
    } else {
      if (!std::binary_search(ignored.begin(), ignored.end(), words_[i])) return true;
      ++i;
      ++j;
    }
  }
  return false;
}

}  // namespace factsheet::audit
