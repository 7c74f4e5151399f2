#include "context/headline.hpp"

#include "text/chars.hpp"

namespace factsheet::context {
namespace {

// A headline is short: a line of more words is body text.
constexpr int kMaxHeadlineWords = 20;

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

bool looks_like_headline(std::string_view line) {
  line = trim(line);
  if (line.empty() || line.size() > 160) return false;
  char first = line.front();
  bool opens = (text::is_upper(first)) || (text::is_digit(first)) || first == '"' ||
               first == '\'' || static_cast<unsigned char>(first) >= 0xC3;
  if (!opens) return false;
  std::string_view end = line;
  for (std::string_view quote : {"\"", "'", "\xE2\x80\x9D", "\xE2\x80\x99", ")"})
    if (end.ends_with(quote)) end.remove_suffix(quote.size());
  if (end.empty()) return false;
  char last = end.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  int words = 1;
  for (char c : line) words += c == ' ';
  return words <= kMaxHeadlineWords;
}

}  // namespace factsheet::context
