#include "write/json_text.hpp"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <system_error>

#include "text/byte_blocks.hpp"
#include "text/utf8.hpp"

namespace factsheet::write {
namespace {

// Whether any of the eight bytes at p is a control character, '"' or '\\' (the bytes JSON
// escapes), or 0x80 and above (a sequence to check).
bool needs_look(const char* p) {
  std::uint64_t v = text::block_at(p);
  return (v & 0x8080808080808080ULL) != 0 || text::any_byte_below(v, 0x20) || text::any_byte_is(v, '"') ||
         text::any_byte_is(v, '\\');
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char kHex[] = "0123456789abcdef";
  const std::size_t start = out.size();
  out += '"';
  std::size_t run = 0;  // start of the pending run of bytes that need no escape
  for (std::size_t i = 0; i < s.size(); ++i) {
    // Eight bytes at a time while none of them needs a look: most of a sentence.
    while (i + text::kBlockBytes <= s.size() && !needs_look(s.data() + i)) i += text::kBlockBytes;
    if (i >= s.size()) break;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // The UTF-8 is checked in the same pass; a string that is not valid is written as
      // repaired instead.
      std::size_t n = text::valid_sequence_length(s, i);
      if (n == 0) {
        out.resize(start);
        std::string repaired(s);
        text::repair_utf8(repaired);
        append_json_string(out, repaired);
        return;
      }
      i += n - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out.append(s, run, i - run);
    run = i + 1;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 0xF];
    }
  }
  out.append(s, run, s.size() - run);
  out += '"';
}

namespace {

constexpr std::size_t kNumberBuffer = 32;  // fits every double in either form

// Writes the number form of `v` into `buf`; returns its length, 0 for NaN and infinities.
std::size_t number_chars(double v, char* buf) {
  if (!std::isfinite(v)) return 0;
  std::to_chars_result r;
  // Below 1e15 every integral double is exact as a long long and reads better
  // than the exponent form to_chars may pick ("41000000000", not "4.1e+10").
  if (std::trunc(v) == v && std::fabs(v) < 1e15)
    r = std::to_chars(buf, buf + kNumberBuffer, static_cast<long long>(v));
  else
    r = std::to_chars(buf, buf + kNumberBuffer, v);
  return r.ec == std::errc() ? static_cast<std::size_t>(r.ptr - buf) : 0;
}

}  // namespace

std::string format_number(double v) {
  char buf[kNumberBuffer];
  return std::string(buf, number_chars(v, buf));
}

void append_json_number(std::string& out, double v) {
  char buf[kNumberBuffer];
  std::size_t n = number_chars(v, buf);
  out.append(n ? std::string_view(buf, n) : std::string_view("null"));
}

}  // namespace factsheet::write
