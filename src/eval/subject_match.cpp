#include "eval/subject_match.hpp"

#include <algorithm>
#include <array>

namespace factsheet::eval {
namespace {

constexpr std::array<std::string_view, 26> kFunctionWords = {
    "a",    "an",   "the", "of", "in",  "on",  "at",    "to",    "for",   "from",  "by",    "with",  "and",
    "or",   "as",   "its", "their", "his", "her", "this", "that", "these", "those", "'s",   "s",     "-"};

// The subject with every separator made a space: ASCII letters, digits, '-', '\'' and
// two-byte UTF-8 letters stay, "’" becomes '\'', other punctuation and symbols go.
std::string separated(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    auto u = static_cast<unsigned char>(c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '\'') {
      out += c;
      ++i;
    } else if (u >= 0xC3 && u <= 0xDF && i + 1 < s.size()) {
      out.append(s.substr(i, 2));
      i += 2;
    } else if (s.compare(i, 3, "\xE2\x80\x99") == 0) {
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
  for (char& c : w)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  for (std::string_view pos : {std::string_view("'s")})
    if (w.size() > pos.size() && w.compare(w.size() - pos.size(), pos.size(), pos) == 0) w.resize(w.size() - pos.size());
  while (!w.empty() && (w.back() == '\'' || w.back() == '-')) w.pop_back();
  while (!w.empty() && (w.front() == '\'' || w.front() == '-')) w.erase(0, 1);
  auto ends = [&](std::string_view t) { return w.size() >= t.size() && w.compare(w.size() - t.size(), t.size(), t) == 0; };
  if (w.size() > 3 && ends("s") && !ends("ss") && !ends("us") && !ends("is")) w.pop_back();
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
