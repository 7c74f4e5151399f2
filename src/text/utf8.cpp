#include "text/utf8.hpp"

#include <cstdint>
#include <cstring>

namespace factsheet::text {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when it is invalid; `bad` gets the
// length of the maximal invalid subpart to replace (at least 1).
std::size_t valid_length(std::string_view s, std::size_t i, std::size_t& bad) {
  auto byte = [&](std::size_t k) -> unsigned { return static_cast<unsigned char>(s[k]); };
  unsigned c = byte(i);
  bad = 1;
  if (c < 0x80) return 1;
  std::size_t n;
  unsigned lo = 0x80, hi = 0xBF;  // allowed range of the second byte
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;   // no overlongs
    if (c == 0xED) hi = 0x9F;   // no surrogates
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;   // <= U+10FFFF
  } else {
    return 0;
  }
  for (std::size_t k = 1; k < n; ++k) {
    if (i + k >= s.size()) return 0;
    unsigned b = byte(i + k);
    unsigned l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (b < l || b > h) return 0;
    bad = k + 1;  // the prefix so far is a maximal subpart if the next byte fails
  }
  return n;
}

}  // namespace

std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  std::size_t bad;
  return valid_length(s, i, bad);
}

bool is_valid_utf8(std::string_view s) {
  std::size_t bad;
  for (std::size_t i = 0; i < s.size();) {
    // ASCII fast path: eight bytes at a time while none has its high bit set.
    while (i + 8 <= s.size()) {
      std::uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ULL) break;
      i += 8;
    }
    if (i >= s.size()) break;
    std::size_t n = valid_length(s, i, bad);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::size_t count_lead_bytes(std::string_view s) {
  constexpr std::uint64_t kTop = 0x8080808080808080ULL;
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  std::size_t n = 0, i = 0;
  for (; i + sizeof(std::uint64_t) <= s.size(); i += sizeof(std::uint64_t)) {
    std::uint64_t x = 0;
    std::memcpy(&x, s.data() + i, sizeof x);
    if ((x & kTop) == 0) continue;  // ASCII: most of a text
    // A byte's top two bits are both set where x & (x << 1) has its top bit: one bit per
    // lead byte, moved to the bottom of its byte and summed into the top byte.
    n += static_cast<std::size_t>(((x & (x << 1) & kTop) >> 7) * kOnes >> 56);
  }
  for (; i < s.size(); ++i) n += static_cast<unsigned char>(s[i]) >= 0xC0 ? 1 : 0;
  return n;
}

Utf8Report repair_utf8(std::string& s) {
  Utf8Report report;
  if (is_valid_utf8(s)) return report;
  std::string out;
  out.reserve(s.size() + 16);
  std::size_t bad;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = valid_length(s, i, bad);
    if (n) {
      out.append(s, i, n);
      i += n;
      continue;
    }
    if (!report.first_offset) report.first_offset = i;
    ++report.replaced;
    out += "\xEF\xBF\xBD";
    i += bad;
  }
  s.swap(out);
  return report;
}

std::size_t decode_at(std::string_view s, std::size_t i, char32_t& cp) {
  unsigned c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > s.size()) n = 1;
  cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  return n;
}

std::size_t dash_at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == '-') return 1;
  if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
      (s[i + 2] == '\x93' || s[i + 2] == '\x94'))
    return 3;  // U+2013, U+2014
  if (i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x88' && s[i + 2] == '\x92') return 3;  // U+2212
  return 0;
}

void append_utf8(std::string& out, char32_t cp) {
  if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace factsheet::text
