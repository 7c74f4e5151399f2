#include "eval/subject_match.hpp"

#include <algorithm>
#include <array>

#include "text/chars.hpp"

namespace factsheet::eval {
namespace {

constexpr std::array<std::string_view, 26> kFunctionWords = {
    "a",    "an",   "the", "of", "in",  "on",  "at",    "to",    "for",   "from",  "by",    "with",  "and",
    "or",   "as",   "its", "their", "his", "her", "this", "that", "these", "those", "'s",   "s",     "-"};

// The subject with every separator made a space: letters (text/chars.hpp), digits, '-' and
// '\'' stay, "’" becomes '\'', other punctuation and symbols go.
std::string separated(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if (text::is_digit(c) || c == '-' || c == '\'') {
      out += c;
      ++i;
    } else if (std::size_t n = text::letter_length(s, i)) {
      out.append(s.substr(i, n));
      i += n;
    } else if (text::right_quote_at(s, i)) {
      out += '\'';
      i += 3;
    } else {
      out += ' ';
      i += u >= 0xF0 ? 4 : u >= 0xE0 ? 3 : u >= 0xC0 ? 2 : 1;
    }
  }
  return out;
}

std::string normalized(std::string w) {
  w = text::lower_ascii(w);
  if (w.size() > 2 && w.ends_with("'s")) w.resize(w.size() - 2);
  while (!w.empty() && (w.back() == '\'' || w.back() == '-')) w.pop_back();
  while (!w.empty() && (w.front() == '\'' || w.front() == '-')) w.erase(0, 1);
  if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")) w.pop_back();
  return w;
}

bool all_in(const std::vector<std::string>& words, const std::vector<std::string>& in) {
  return std::all_of(words.begin(), words.end(),
                     [&](const std::string& w) { return std::find(in.begin(), in.end(), w) != in.end(); });
}

}  // namespace

std::vector<std::string> subject_words(std::string_view subject) {
  std::vector<std::string> words;
  std::string text = separated(subject);
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t b = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (i == b) continue;
    std::string w = normalized(text.substr(b, i - b));
    if (w.empty() || std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end()) continue;
    if (std::find(words.begin(), words.end(), w) == words.end()) words.push_back(std::move(w));
  }
  return words;
}

bool subjects_agree_partial(const std::optional<std::string>& gold, const std::optional<std::string>& claim) {
  if (!gold || !claim) return !gold && !claim;
  auto g = subject_words(*gold), c = subject_words(*claim);
  return std::any_of(g.begin(), g.end(), [&](const std::string& w) { return std::find(c.begin(), c.end(), w) != c.end(); });
}

bool subjects_agree_complete(const std::optional<std::string>& gold, const std::optional<std::string>& claim) {
  if (!gold || !claim) return !gold && !claim;
  auto g = subject_words(*gold), c = subject_words(*claim);
  return !g.empty() && all_in(g, c);
}

}  // namespace factsheet::eval
