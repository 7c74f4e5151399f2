#include "audit/copies.hpp"

#include <algorithm>
#include <string>

#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

constexpr std::size_t kShingle = 5;
constexpr std::uint32_t kSample = 4;  // an article keeps the shingles whose hash is 0 mod kSample

// A text's words, lower case, letters and digits only: one string and where each word
// ends in it (a word list of strings cost an allocation per word).
struct Words {
  std::string chars;
  std::vector<std::size_t> ends;
  std::size_t size() const { return ends.size(); }
  std::string_view operator[](std::size_t i) const {
    std::size_t begin = i == 0 ? 0 : ends[i - 1];
    return std::string_view(chars).substr(begin, ends[i] - begin);
  }
};

// FNV-1a over the words of a shingle.
std::uint32_t hash_words(const Words& words, std::size_t from, std::size_t n) {
  std::uint32_t h = 2166136261u;
  for (std::size_t i = from; i < from + n; ++i) {
    for (char c : words[i]) {
      h ^= static_cast<unsigned char>(c);
      h *= 16777619u;
    }
    h ^= ' ';
    h *= 16777619u;
  }
  return h;
}

}  // namespace

std::vector<std::uint32_t> shingles(std::string_view text) { return shingles(text, kShingle); }

std::vector<std::uint32_t> shingles(std::string_view text, std::size_t size) {
  thread_local Words words;
  words.chars.clear();
  words.ends.clear();
  auto flush = [&] {
    if (words.chars.size() > (words.ends.empty() ? 0 : words.ends.back())) words.ends.push_back(words.chars.size());
  };
  for (char ch : text) {
    if (text::is_upper(ch)) {
      words.chars += static_cast<char>(ch - 'A' + 'a');
    } else if ((text::is_lower(ch)) || (text::is_digit(ch)) || static_cast<unsigned char>(ch) >= 0x80) {
      words.chars += ch;
    } else if (ch != '.' && ch != '\'') {  // "U.S." is "us", "firm's" is "firms"
      flush();
    }
  }
  flush();
  std::vector<std::uint32_t> out;
  if (words.size() == 0) return out;
  if (words.size() < size) {
    out.push_back(hash_words(words, 0, words.size()));
    return out;
  }
  for (std::size_t i = 0; i + size <= words.size(); ++i) out.push_back(hash_words(words, i, size));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double shingle_similarity(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
  std::size_t common = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common;
      ++i;
      ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  std::size_t all = a.size() + b.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

std::uint32_t CopyIndex::article_id(std::uint64_t article) {
  auto [it, added] = article_ids_.try_emplace(article, static_cast<std::uint32_t>(article_samples_.size()));
  if (added) article_samples_.emplace_back();
  return it->second;
}

void CopyIndex::add_sentence(std::uint32_t sentence, std::uint64_t article, std::string_view text) {
  if (sentence < starts_.size()) return;
  std::vector<std::uint32_t> s = shingles(text);
  std::vector<std::uint32_t> w = shingles(text, 1);
  if (w.size() < kMinWords) w.clear();
  if (arena_.size() + 1 + s.size() + w.size() > kOffset) return;
  std::vector<std::uint32_t>& sample = article_samples_[article_id(article)];
  for (std::uint32_t h : s)
    if (h % kSample == 0) sample.push_back(h);
  const auto at = static_cast<std::uint32_t>(arena_.size());
  starts_.grow_to(sentence, at | kGap);  // numbers between: the next sentence starts here
  if (w.empty()) {
    starts_.push_back(at);
  } else {
    starts_.push_back(at | kWords);
    arena_.push_back(static_cast<std::uint32_t>(s.size()));
  }
  arena_.append(s.data(), s.size());
  arena_.append(w.data(), w.size());
}

std::uint32_t CopyIndex::end_of(std::uint32_t sentence) const {
  std::size_t next = sentence + std::size_t{1};
  return next == starts_.size() ? static_cast<std::uint32_t>(arena_.size()) : starts_[next] & kOffset;
}

std::span<const std::uint32_t> CopyIndex::shingles_of(std::uint32_t sentence) const {
  const std::uint32_t start = starts_[sentence], at = start & kOffset;
  if ((start & kWords) == 0) return {arena_.data() + at, arena_.data() + end_of(sentence)};
  return {arena_.data() + at + 1, arena_.data() + at + 1 + arena_[at]};
}

std::span<const std::uint32_t> CopyIndex::words_of(std::uint32_t sentence) const {
  const std::uint32_t start = starts_[sentence], at = start & kOffset;
  if ((start & kWords) == 0) return {};
  return {arena_.data() + at + 1 + arena_[at], arena_.data() + end_of(sentence)};
}

void CopyIndex::finish() {
  const std::size_t n = article_samples_.size();
  articles_.resize(n);
  finished_articles_ = n;
  std::size_t samples = 0;
  for (std::vector<std::uint32_t>& s : article_samples_) {
    std::sort(s.begin(), s.end());
    s.erase(std::unique(s.begin(), s.end()), s.end());
    samples += s.size();
  }
  // Who holds each sampled shingle: (shingle, article) pairs, sorted, 8 bytes a sample (a
  // map from shingle to a list of articles took about 90). An article is compared with the
  // earlier articles that share its shingles: the entries of the shingle's run before its
  // own.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> held;
  held.reserve(samples);
  for (std::uint32_t a = 0; a < n; ++a)
    for (std::uint32_t h : article_samples_[a]) held.emplace_back(h, a);
  std::sort(held.begin(), held.end());
  std::unordered_map<std::uint32_t, std::uint32_t> shared;
  std::vector<bool> copied(n, false);
  for (std::uint32_t a = 0; a < n; ++a) {
    shared.clear();
    for (std::uint32_t h : article_samples_[a]) {
      auto first = std::lower_bound(held.begin(), held.end(), std::pair{h, 0u});
      auto self = std::lower_bound(first, held.end(), std::pair{h, a});
      if (static_cast<std::size_t>(self - first) <= kMaxHolders)
        for (auto it = first; it != self; ++it) ++shared[it->second];
    }
    for (auto [b, count] : shared) {
      std::size_t smaller = std::min(article_samples_[a].size(), article_samples_[b].size());
      if (count >= kMinShared && static_cast<double>(count) >= kArticleCopy * static_cast<double>(smaller)) {
        articles_.unite(a, b);
        copied[a] = copied[b] = true;
      }
    }
  }
  copied_ = static_cast<std::size_t>(std::count(copied.begin(), copied.end(), true));
  // Only the clusters are asked about from now on.
  for (std::vector<std::uint32_t>& s : article_samples_) s = {};
}

bool CopyIndex::articles_copy(std::uint64_t article_a, std::uint64_t article_b) {
  if (article_a == article_b) return false;
  auto a = article_ids_.find(article_a), b = article_ids_.find(article_b);
  return a != article_ids_.end() && b != article_ids_.end() && a->second < finished_articles_ &&
         b->second < finished_articles_ && articles_.find(a->second) == articles_.find(b->second);
}

bool CopyIndex::copies(std::uint32_t sentence_a, std::uint64_t article_a, std::uint32_t sentence_b,
                       std::uint64_t article_b) {
  if (articles_copy(article_a, article_b)) return true;
  return sentences_copy(sentence_a, sentence_b);
}

bool CopyIndex::sentences_copy(std::uint32_t sentence_a, std::uint32_t sentence_b, bool by_words) {
  if (!has(sentence_a) || !has(sentence_b)) return false;
  auto a = shingles_of(sentence_a), b = shingles_of(sentence_b);
  if (std::ranges::equal(a, b) || shingle_similarity(a, b) >= kSentenceCopy) return true;
  // One word changed in a sentence of fifteen changes five of its eleven shingles: the
  // words alike tell such an edit from a rewording. A sentence of fewer than kMinWords
  // words keeps none.
  if (!by_words) return false;
  auto v = words_of(sentence_a), w = words_of(sentence_b);
  return !v.empty() && !w.empty() && shingle_similarity(v, w) >= kSentenceWords;
}

}  // namespace factsheet::audit
