#include "text/sentences.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>

#include "text/byte_blocks.hpp"
#include "text/chars.hpp"

namespace factsheet::text {
namespace {

using std::size_t;

// Longest token examined before a period; longer runs of non-space bytes (URLs,
// garbage) are never abbreviations, and the cap keeps the scan O(1) per period.
constexpr size_t kMaxToken = 32;
// Longest word examined after a break candidate: sentence openers are short.
constexpr size_t kMaxOpener = 16;

// Bytes that may end a line or start a terminator ('.', '!', '?', the first byte of "…"):
// the scans step over all others by one table lookup.
constexpr unsigned char kLineBreak = 1, kMayEnd = 2;
constexpr std::array<unsigned char, 256> kByteClass = [] {
  std::array<unsigned char, 256> t{};
  for (char c : {'\n', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = kLineBreak;
  for (char c : {'.', '!', '?', '\xE2'}) t[static_cast<unsigned char>(c)] = kMayEnd;
  return t;
}();
unsigned char byte_class(char c) { return kByteClass[static_cast<unsigned char>(c)]; }

// True when the three bytes at s[i] are E2 80 `last` (General Punctuation block).
bool punct_at(std::string_view s, size_t i, size_t end, char last) {
  return i + 2 < end && s[i] == '\xE2' && s[i + 1] == '\x80' && s[i + 2] == last;
}

// Byte length of the space, tab or NBSP at s[i] (within [.., end)), or 0.
size_t space_at(std::string_view s, size_t i, size_t end) {
  if (i >= end) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s[i] == '\xC2' && i + 1 < end && s[i + 1] == '\xA0') return 2;
  return 0;
}

// Byte length of the space, tab or NBSP that ends just before s[e] (not before `begin`), or 0.
// A 0xA0 byte preceded by 0xC2 is always NBSP: 0xC2 is never a continuation byte.
size_t space_before(std::string_view s, size_t begin, size_t e) {
  if (e <= begin) return 0;
  if (s[e - 1] == ' ' || s[e - 1] == '\t') return 1;
  if (e - begin >= 2 && s[e - 2] == '\xC2' && s[e - 1] == '\xA0') return 2;
  return 0;
}

// '.', '!', '?' or the ellipsis character U+2026.
size_t terminator_at(std::string_view s, size_t i, size_t end) {
  if (i >= end) return 0;
  if (s[i] == '.' || s[i] == '!' || s[i] == '?') return 1;
  return punct_at(s, i, end, '\xA6') ? 3 : 0;
}

// Closing quotes and brackets that may follow the terminator: " ' ) ] ” ’ ».
size_t closer_at(std::string_view s, size_t i, size_t end) {
  if (i >= end) return 0;
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']') return 1;
  if (c == '\xC2' && i + 1 < end && s[i + 1] == '\xBB') return 2;
  return punct_at(s, i, end, '\x9D') || punct_at(s, i, end, '\x99') ? 3 : 0;
}

// Opening quotes and brackets that may start a sentence: " ' ( [ “ ‘ „ «.
size_t opener_at(std::string_view s, size_t i, size_t end) {
  if (i >= end) return 0;
  char c = s[i];
  if (c == '"' || c == '\'' || c == '(' || c == '[') return 1;
  if (c == '\xC2' && i + 1 < end && s[i + 1] == '\xAB') return 2;
  return punct_at(s, i, end, '\x9C') || punct_at(s, i, end, '\x98') || punct_at(s, i, end, '\x9E')
             ? 3
             : 0;
}

// Upper-case letters of Latin Extended-A alternate with their lower-case forms.
bool latin_extended_a_upper(char32_t cp) {
  if (cp <= 0x137) return cp % 2 == 0;
  if (cp >= 0x139 && cp <= 0x148) return cp % 2 == 1;
  if (cp >= 0x14A && cp <= 0x177) return cp % 2 == 0;
  if (cp == 0x178) return true;
  return cp >= 0x179 && cp <= 0x17E && cp % 2 == 1;
}

// Byte length of the upper-case letter at s[i] (ASCII, Latin-1, Latin Extended-A,
// Greek, Cyrillic), or 0. Only well-formed two-byte sequences are decoded, so
// invalid UTF-8 is simply "not a capital".
size_t upper_at(std::string_view s, size_t i, size_t end) {
  if (i >= end) return 0;
  if (is_upper(s[i])) return 1;
  auto lead = static_cast<unsigned char>(s[i]);
  if (lead < 0xC2 || lead > 0xDF || i + 1 >= end) return 0;
  auto trail = static_cast<unsigned char>(s[i + 1]);
  if ((trail & 0xC0) != 0x80) return 0;
  char32_t cp = (static_cast<char32_t>(lead & 0x1F) << 6) | (trail & 0x3F);
  bool upper = (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) ||
               (cp >= 0x100 && cp <= 0x17F && latin_extended_a_upper(cp)) ||
               (cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x400 && cp <= 0x42F);
  return upper ? 2 : 0;
}

// A new sentence starts with a capital, a digit or an opening quote or bracket.
bool starts_sentence(std::string_view s, size_t i, size_t end) {
  return upper_at(s, i, end) || (i < end && is_digit(s[i])) || opener_at(s, i, end);
}

// The word before a period: the run of non-space bytes ending at `dot`, without its
// leading opening quotes and brackets. Empty when there is none or it is too long.
std::string_view token_before(std::string_view s, size_t line_begin, size_t dot) {
  size_t b = dot;
  while (b > line_begin && !space_before(s, line_begin, b)) {
    if (dot - b >= kMaxToken) return {};
    --b;
  }
  while (size_t n = opener_at(s, b, dot)) b += n;
  return s.substr(b, dot - b);
}

// A single capital letter: an initial as in "J. K. Rowling" or "Kassym-Jomart K. Tokayev".
bool is_initial(std::string_view token) {
  return !token.empty() && upper_at(token, 0, token.size()) == token.size();
}

// Letters in groups of one or two joined by periods: "U.S", "e.g", "p.m", "Ph.D".
// Domain names ("example.com") have longer groups and are not abbreviations.
bool is_dotted_abbreviation(std::string_view token) {
  if (token.find('.') == std::string_view::npos) return false;
  size_t group = 0;
  for (char c : token) {
    if (c == '.') {
      if (group == 0) return false;
      group = 0;
    } else if (is_alpha(c) && ++group <= 2) {
      continue;
    } else {
      return false;
    }
  }
  return group > 0;
}

bool has_ascii_upper(std::string_view token) {
  return std::any_of(token.begin(), token.end(), is_upper);
}

// True when the text at s[i] is a capitalised word listed in `openers` ("The", "It"),
// after optional opening quotes. An upper-case acronym ("IT"), a word followed by a
// period (an initial, "A.") or a hyphen ("All-Star") does not count.
bool capitalised_opener(std::string_view s, size_t i, size_t end, const SentenceRules& rules) {
  while (size_t n = opener_at(s, i, end)) i += n;
  size_t b = i;
  while (i < end && is_alpha(s[i])) {
    if (i - b >= kMaxOpener) return false;
    if (i > b && !is_lower(s[i])) return false;
    ++i;
  }
  if (i == b || !is_upper(s[b])) return false;
  if (i < end) {
    auto next = static_cast<unsigned char>(s[i]);
    bool ascii_word_char = next < 0x80 && (is_digit(s[i]) || s[i] == '.' || s[i] == '-');
    bool letter_follows = next >= 0x80 && !space_at(s, i, end) && next != 0xE2;
    if (ascii_word_char || letter_follows) return false;
  }
  return rules.openers.count(lower_ascii(s.substr(b, i - b))) > 0;
}

// "1." or "12." opening a line numbers a list item rather than ending a sentence.
bool is_enumerator(std::string_view token) {
  return !token.empty() && token.size() <= 3 && std::all_of(token.begin(), token.end(), is_digit);
}

// Whether the single period at s[dot], followed by whitespace and the sentence-like
// start at s[next], belongs to an abbreviation, initial or list number and so does not
// end the sentence. `line_text` is where the line's first non-space byte is.
bool held_by_abbreviation(std::string_view s, size_t line_begin, size_t line_text, size_t dot,
                          size_t next, size_t end, const SentenceRules& rules) {
  std::string_view raw = token_before(s, line_begin, dot);
  if (raw.empty()) return false;
  if (dot - raw.size() == line_text && is_enumerator(raw)) return true;
  std::string token = lower_ascii(raw);
  bool opener_follows = capitalised_opener(s, next, end, rules);
  if (rules.never_final.count(token)) {
    // Written in lower case, "no." or "art." is the English word ending a sentence.
    return has_ascii_upper(raw) || !opener_follows;
  }
  if (rules.abbreviations.count(token) || is_initial(raw) || is_dotted_abbreviation(token))
    return !opener_follows;
  return false;
}

// How far back from the limit a piece looks for a better place to end.
constexpr size_t kCutLookBack = 512;

// Where a piece of an overlong span that starts at b ends: after the last whitespace or
// ASCII punctuation other than '.' (which may be a decimal point) in the last bytes
// before b + kMaxSpanBytes, else at a character boundary there.
size_t piece_end(std::string_view s, size_t b) {
  const size_t limit = b + kMaxSpanBytes;
  const size_t floor = limit - kCutLookBack;
  for (size_t i = limit; i > floor; --i) {
    auto c = static_cast<unsigned char>(s[i - 1]);
    if (c == ' ' || c == '\t') return i;
  }
  for (size_t i = limit; i > floor; --i) {
    auto c = static_cast<unsigned char>(s[i - 1]);
    if (c < 0x80 && c != '.' && std::ispunct(c)) return i;
  }
  size_t i = limit;
  while (i > floor && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
  return i;
}

// Adds [b, e) without its surrounding whitespace, unless nothing is left; an overlong span
// as pieces of at most kMaxSpanBytes.
void emit(std::string_view s, size_t b, size_t e, std::vector<Span>& out) {
  while (true) {
    while (size_t n = space_at(s, b, e)) b += n;
    while (size_t n = space_before(s, b, e)) e -= n;
    if (b >= e) return;
    if (e - b <= kMaxSpanBytes) break;
    size_t cut = piece_end(s, b);
    emit(s, b, cut, out);
    b = cut;
  }
  out.push_back({b, e});
}

// Whether any of the eight bytes at p may start a terminator (kMayEnd): most blocks of a
// line hold none and are passed at once.
bool may_end_in(const char* p) {
  std::uint64_t v = block_at(p);
  return any_byte_is(v, '.') || any_byte_is(v, '!') || any_byte_is(v, '?') || any_byte_is(v, 0xE2);
}

// Splits one line [begin, end) (no line breaks inside) and appends its sentences.
void split_line(std::string_view s, size_t begin, size_t end, const SentenceRules& rules,
                std::vector<Span>& out) {
  size_t start = begin;
  while (size_t n = space_at(s, start, end)) start += n;
  const size_t text_begin = start;
  size_t i = start;
  while (i < end) {
    if (i + kBlockBytes <= end && !may_end_in(s.data() + i)) {
      i += kBlockBytes;
      continue;
    }
    if (byte_class(s[i]) != kMayEnd) {
      ++i;
      continue;
    }
    size_t len = terminator_at(s, i, end);
    if (len == 0) {
      ++i;
      continue;
    }
    size_t marks_end = i + len;  // "?!", "...", "…" act as one terminator
    while (size_t more = terminator_at(s, marks_end, end)) marks_end += more;
    size_t close_end = marks_end;
    while (size_t n = closer_at(s, close_end, end)) close_end += n;
    size_t next = close_end;
    while (size_t n = space_at(s, next, end)) next += n;
    bool plain_period = marks_end == i + 1 && s[i] == '.' && close_end == marks_end;
    bool is_break =
        next > close_end && next < end && starts_sentence(s, next, end) &&
        !(plain_period && held_by_abbreviation(s, begin, text_begin, i, next, end, rules));
    if (is_break) {
      emit(s, start, close_end, out);
      start = next;
    }
    i = close_end;
  }
  emit(s, start, end, out);
}

// Whether any of the eight bytes at p is below 0x0E: the line breaks are 0x0A-0x0D, and
// prose holds few other such bytes (tabs), so most blocks of a line are passed at once.
bool has_control(const char* p) { return any_byte_below(block_at(p), 0x0E); }

// The first line break at or after `from` (text.size() when none).
size_t line_break_from(std::string_view text, size_t from) {
  size_t i = from;
  while (i < text.size()) {
    if (i + kBlockBytes <= text.size() && !has_control(text.data() + i)) {
      i += kBlockBytes;
      continue;
    }
    if (byte_class(text[i]) == kLineBreak) return i;
    ++i;
  }
  return i;
}

}  // namespace

std::vector<Span> split_sentences(std::string_view text, const SentenceRules& rules) {
  std::vector<Span> out;
  size_t line_begin = 0;
  while (line_begin <= text.size()) {
    size_t line_end = line_break_from(text, line_begin);
    split_line(text, line_begin, line_end, rules, out);
    line_begin = line_end + 1;
  }
  return out;
}

}  // namespace factsheet::text
