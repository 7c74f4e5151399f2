// Durations written in clock notation: race and lap times. "3:49.78" (minutes, seconds and
// hundredths) and "2:17:18" (hours, minutes, seconds) are elapsed times in seconds; a clock
// time never carries hundredths, and "at 10:30:15" or "10:30:15 GMT" stays a time of day.
#include "extract/figure_finder.hpp"
#include "extract/figure_helpers.hpp"
#include "extract/words.hpp"

namespace factsheet::extract {

using namespace figure_helpers;

namespace {

// Reads a run of 1 to `max` digits at p; -1 when there is none or it is longer.
int digits_at(std::string_view text, std::size_t& p, std::size_t end, int min, int max, int* count = nullptr) {
  std::size_t b = p;
  int v = 0;
  while (p < end && is_digit(text[p]) && static_cast<int>(p - b) <= max) v = v * 10 + (text[p++] - '0');
  int n = static_cast<int>(p - b);
  if (count) *count = n;
  return n >= min && n <= max ? v : -1;
}

}  // namespace

std::optional<Claim> FigureFinder::read_race_time(const Candidate& c, std::size_t& resume) {
  std::string_view text = src_.text;
  std::size_t p = c.begin;
  if (p > s_.begin && (is_digit(text[p - 1]) || text[p - 1] == ':' || text[p - 1] == '.' || is_alpha(text[p - 1])))
    return std::nullopt;
  int first = digits_at(text, p, s_.end, 1, 2);
  if (first < 0 || p >= s_.end || text[p] != ':') return std::nullopt;
  ++p;
  int second = digits_at(text, p, s_.end, 2, 2);
  if (second < 0 || second > 59) return std::nullopt;
  double seconds = 0;
  bool hours = false;
  if (p + 1 < s_.end && text[p] == ':' && is_digit(text[p + 1])) {
    ++p;
    int third = digits_at(text, p, s_.end, 2, 2);
    if (third < 0 || third > 59) return std::nullopt;
    hours = true;
    seconds = first * 3600.0 + second * 60.0 + third;
  } else {
    seconds = first * 60.0 + second;
  }
  bool fraction = false;
  if (p + 1 < s_.end && text[p] == '.' && is_digit(text[p + 1])) {
    ++p;
    int n = 0;
    int cents = digits_at(text, p, s_.end, 1, 3, &n);
    if (cents < 0) return std::nullopt;
    double scale = n == 1 ? 10 : n == 2 ? 100 : 1000;
    seconds += cents / scale;
    fraction = true;
  }
  if (!hours && !fraction) return std::nullopt;  // "3:16": a clock time, a verse or a score
  if (p < s_.end && (is_digit(text[p]) || is_alpha(text[p]) || text[p] == ':' ||
                     (text[p] == '.' && p + 1 < s_.end && is_digit(text[p + 1]))))
    return std::nullopt;
  if (hours && !fraction) {
    // A time of day: "at 10:30:15", "10:30:15 GMT", "10:30:15 am".
    if (word_before_is(s_, c.begin, lex_, SyntaxRole::time_at)) return std::nullopt;
    if (auto w = word_after(text, p, s_.end); w && skip_spaces(text, p, s_.end) == w->begin) {
      if (lex_.context().has_role(w->view(text), SyntaxRole::clock)) return std::nullopt;
    }
  }
  Claim claim;
  if (const Unit* s = lex_.unit_by_symbol("s")) set_unit(claim, *s);
  claim.kind = Kind::duration;
  claim.value = round4(seconds);
  std::size_t end = p;
  attach_context(claim, c.begin, end, 0);
  resume = end;
  return claim;
}

}  // namespace factsheet::extract
