#include "audit/subject_words.hpp"

#include <algorithm>

#include "text/lemmatizer.hpp"
#include "text/chars.hpp"

namespace factsheet::audit {
namespace {

// Letters, digits, apostrophes and any non-ASCII byte (letters of other scripts) form
// words; U+2019 is read as an apostrophe so "China’s" loses its possessive too.
std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (s.substr(i, 3) == "\xE2\x80\x99") {
      cur += '\'';
      i += 2;
    } else if ((text::is_lower(c)) || (text::is_digit(c)) || c == '\'' || c >= 0x80) {
      cur += static_cast<char>(c);
    } else if (text::is_upper(c)) {
      cur += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return words;
}

bool all_digits(std::string_view w) {
  return std::all_of(w.begin(), w.end(), [](char c) { return (text::is_digit(c)) || c == '\''; });
}

}  // namespace

std::string word_stem(std::string_view word, const AuditRules& rules) {
  static const text::LemmaRules kNoRules;
  std::string w = text::lemmatize_noun(word, rules.lexicon ? rules.lexicon->lemma_rules() : kNoRules);
  while (!w.empty() && w.back() == '\'') w.pop_back();
  if (w.ends_with("ied") && w.size() > 4) {
    w.replace(w.size() - 3, 3, "y");
  } else if (w.ends_with("ing") && w.size() > 5) {
    w.resize(w.size() - 3);
  } else if (w.ends_with("ed") && w.size() > 4) {
    w.resize(w.size() - 2);
  }
  if (w.size() > 4 && w.back() == 'e') w.pop_back();
  return w;
}

std::vector<std::string> subject_words(std::string_view subject, std::string_view unit, const AuditRules& rules) {
  std::vector<std::string> unit_words;
  for (const std::string& u : split_words(unit)) unit_words.push_back(word_stem(u, rules));

  std::vector<std::string> out;
  for (const std::string& w : split_words(subject)) {
    if (w.size() < 2 || all_digits(w) || rules.is_stop_word(w)) continue;
    std::string stem = word_stem(w, rules);
    if (stem.size() < 2 || rules.is_stop_word(stem)) continue;
    if (std::find(unit_words.begin(), unit_words.end(), stem) != unit_words.end()) continue;
    out.push_back(std::move(stem));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(std::span<const std::uint32_t> a, std::span<const std::uint32_t> b) {
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

}  // namespace factsheet::audit
