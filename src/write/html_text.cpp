#include "write/html_text.hpp"

#include <cstdint>

#include "text/utf8.hpp"
#include "write/sha256.hpp"

namespace factsheet::write {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

bool allowed(char32_t cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r';
  if (cp >= 0x7F && cp <= 0x9F) return false;
  if (cp >= 0xFDD0 && cp <= 0xFDEF) return false;
  return (cp & 0xFFFE) != 0xFFFE;
}

void append_valid(std::string& out, std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default:
          if (allowed(c)) out += static_cast<char>(c);
          else out += kReplacement;
      }
      ++i;
      continue;
    }
    char32_t cp = 0;
    std::size_t n = text::decode_at(s, i, cp);
    if (allowed(cp)) out.append(s.substr(i, n));
    else out += kReplacement;
    i += n;
  }
}

}  // namespace

void append_html_text(std::string& out, std::string_view s) {
  if (text::is_valid_utf8(s)) {
    append_valid(out, s);
    return;
  }
  std::string repaired(s);
  text::repair_utf8(repaired);
  append_valid(out, repaired);
}

std::string html_text(std::string_view s) {
  std::string out;
  append_html_text(out, s);
  return out;
}

std::string base64(std::string_view bytes) {
  static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 3 <= bytes.size(); i += 3) {
    std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16 |
                      static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8 |
                      static_cast<unsigned char>(bytes[i + 2]);
    for (int shift = 18; shift >= 0; shift -= 6) out += kAlphabet[(v >> shift) & 63];
  }
  std::size_t rest = bytes.size() - i;
  if (rest > 0) {
    std::uint32_t v = static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i])) << 16;
    if (rest == 2) v |= static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[i + 1])) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    out += rest == 2 ? kAlphabet[(v >> 6) & 63] : '=';
    out += '=';
  }
  return out;
}

std::string csp_hash(std::string_view content) {
  std::string hex = sha256_hex(content), digest;
  auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
  for (std::size_t i = 0; i + 1 < hex.size(); i += 2)
    digest += static_cast<char>(nibble(hex[i]) << 4 | nibble(hex[i + 1]));
  return "'sha256-" + base64(digest) + "'";
}

}  // namespace factsheet::write
