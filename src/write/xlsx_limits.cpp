#include "write/xlsx_limits.hpp"

#include <algorithm>
#include <cstdint>

#include "text/chars.hpp"

namespace factsheet::write {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_hex(char c) {
  return (text::is_digit(c)) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}


// Length of the valid UTF-8 sequence at s[i] and its code point; 0 when invalid.
std::size_t decode(std::string_view s, std::size_t i, std::uint32_t& cp) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if (!text::is_utf8_continuation(b(k))) return 0;
  cp = n == 2 ? (c & 0x1Fu) << 6 | (b(1) & 0x3Fu)
     : n == 3 ? (c & 0x0Fu) << 12 | (b(1) & 0x3Fu) << 6 | (b(2) & 0x3Fu)
              : (c & 0x07u) << 18 | (b(1) & 0x3Fu) << 12 | (b(2) & 0x3Fu) << 6 | (b(3) & 0x3Fu);
  bool overlong = (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000);
  bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || surrogate || cp > 0x10FFFF) return 0;
  return n;
}

// XML 1.0 allows tab, newline and carriage return of the C0 controls, and no U+FFFE,
// U+FFFF (surrogates are not valid UTF-8 to begin with).
bool is_xml_char(std::uint32_t cp) {
  return cp >= 0x20 ? cp != 0xFFFE && cp != 0xFFFF : cp == '\t' || cp == '\n' || cp == '\r';
}

// ASCII that needs no repair or escape: printable (DEL too), tab, newline, return; not '_'.
bool is_plain(char ch) {
  auto c = static_cast<unsigned char>(ch);
  return c < 0x80 && c != '_' && (c >= 0x20 || c == '\t' || c == '\n' || c == '\r');
}

struct Prepared {
  std::string text;
  bool complete = true;  // the whole input fitted
};

// Copies `in` with the repairs of cell_text() until the next character would take
// the text past `budget` (UTF-16 units as Excel counts, or code points after escaping
// as libxlsxwriter counts).
Prepared prepare(std::string_view in, std::size_t budget) {
  Prepared out;
  out.text.reserve(std::min(in.size(), budget * 4) + 8);
  std::size_t units = 0, points = 0;
  for (std::size_t i = 0; i < in.size();) {
    // Plain ASCII (no '_', which may open an escape) is one unit and one point a byte:
    // a run of it is copied at once, as far as the budget goes.
    std::size_t run = i;
    while (run < in.size() && is_plain(in[run])) ++run;
    if (run > i) {
      std::size_t take = std::min(run - i, budget - std::max(units, points));
      out.text.append(in.substr(i, take));
      units += take;
      points += take;
      if (take < run - i) {
        out.complete = false;
        return out;
      }
      i = run;
      continue;
    }
    std::string_view piece;
    std::size_t piece_units = 1, piece_points = 1, advance = 1;
    std::uint32_t cp = 0;
    bool escape = in[i] == '_' && i + 6 < in.size() && (in[i + 1] == 'x' || in[i + 1] == 'X') &&
                  is_hex(in[i + 2]) && is_hex(in[i + 3]) && is_hex(in[i + 4]) && is_hex(in[i + 5]) &&
                  in[i + 6] == '_';
    if (escape) {
      piece = "_x005F_";  // Excel decodes this back to the '_'
      piece_points = piece.size();
    } else if (std::size_t n = decode(in, i, cp); n == 0) {
      piece = kReplacement;
    } else {
      advance = n;
      piece = is_xml_char(cp) ? in.substr(i, n) : kReplacement;
      if (cp > 0xFFFF) piece_units = 2;  // a surrogate pair in UTF-16
    }
    if (units + piece_units > budget || points + piece_points > budget) {
      out.complete = false;
      return out;
    }
    out.text += piece;
    units += piece_units;
    points += piece_points;
    i += advance;
  }
  return out;
}

}  // namespace

std::string cell_text(std::string_view text, std::size_t limit) {
  Prepared p = prepare(text, limit);
  if (p.complete) return std::move(p.text);
  std::size_t marker = display_length(kCutMarker);
  p = prepare(text, limit > marker ? limit - marker : 0);
  p.text += kCutMarker;
  return std::move(p.text);
}

bool cell_text_is_cut(std::string_view text, std::size_t limit) { return !prepare(text, limit).complete; }

std::string xml_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    std::size_t n = decode(text, i, cp);
    out += n > 0 && is_xml_char(cp) ? text.substr(i, n) : kReplacement;
    i += n > 0 ? n : 1;
  }
  return out;
}

std::size_t display_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) n += !text::is_utf8_continuation(static_cast<unsigned char>(c));
  return n;
}

std::string sheet_name(std::string_view base, std::size_t n) {
  std::string suffix = n <= 1 ? "" : " (" + std::to_string(n) + ")";
  std::string name;
  std::size_t room = kMaxSheetName - suffix.size(), chars = 0;
  for (std::size_t i = 0; i < base.size() && chars < room;) {
    std::uint32_t cp = 0;
    std::size_t len = decode(base, i, cp);
    if (len == 0) {
      name += '_';
      ++i;
    } else {
      std::string_view piece = base.substr(i, len);
      bool forbidden = (piece.size() == 1 && std::string_view("[]:*?/\\").find(piece[0]) != std::string_view::npos) ||
                       !is_xml_char(cp) || cp == '\t' || cp == '\n' || cp == '\r';
      name += forbidden ? std::string_view("_") : piece;
      i += len;
    }
    ++chars;
  }
  // A sheet name may not start or end with an apostrophe.
  if (!name.empty() && name.front() == '\'') name.front() = '_';
  if (!name.empty() && name.back() == '\'' && suffix.empty()) name.back() = '_';
  if (name.empty()) name = "Sheet";
  return name + suffix;
}

std::string cell_name(std::size_t row, std::size_t col) {
  std::string letters;
  for (std::size_t c = col + 1; c > 0; c = (c - 1) / 26)
    letters.insert(letters.begin(), static_cast<char>('A' + (c - 1) % 26));
  return letters + std::to_string(row + 1);
}

std::string cell_reference(std::string_view sheet, std::size_t row, std::size_t col) {
  std::string ref = "'";
  for (char c : sheet) {
    if (c == '\'') ref += '\'';
    ref += c;
  }
  ref += "'!";
  return ref + cell_name(row, col);
}

}  // namespace factsheet::write
