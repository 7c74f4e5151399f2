#include "read/pdf_lines.hpp"

#include <vector>

#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

// Line breaks unified to "\n", ligatures spelled out.
std::string normalise(std::string_view page) {
  static constexpr std::string_view kLigatures[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
  std::string out;
  out.reserve(page.size());
  for (std::size_t i = 0; i < page.size(); ++i) {
    char c = page[i];
    if (c == '\r') {
      if (i + 1 < page.size() && page[i + 1] == '\n') ++i;
      out += '\n';
    } else if (c == '\f' || c == '\v') {
      out += '\n';
    } else if (c == '\xEF' && i + 2 < page.size() && page[i + 1] == '\xAC' &&
               static_cast<unsigned char>(page[i + 2]) >= 0x80 &&
               static_cast<unsigned char>(page[i + 2]) <= 0x86) {
      out += kLigatures[static_cast<unsigned char>(page[i + 2]) - 0x80];
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

std::string_view trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

char32_t first_code_point(std::string_view s) {
  char32_t cp = 0;
  if (!s.empty()) text::decode_at(s, 0, cp);
  return cp;
}

char32_t last_code_point(std::string_view s, std::size_t& length) {
  char32_t cp = 0;
  length = text::length_before(s, s.size());
  if (length > 0) text::decode_at(s, s.size() - length, cp);
  return cp;
}

bool is_lower(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0xFF && c != 0xF7);
}
bool is_upper(char32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7);
}
bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }

bool ends_sentence(std::string_view s) {
  std::size_t n = 0;
  char32_t c = last_code_point(s, n);
  // Closing quotes and brackets after the stop: 'rose 5%."'
  while (n > 0 && (c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019)) {
    s.remove_suffix(n);
    c = last_code_point(s, n);
  }
  return c == '.' || c == '!' || c == '?' || c == 0x2026;
}

// A list item starts a line of its own: "• roads", "- roads", "– roads".
bool starts_list_item(std::string_view line) {
  char32_t c = first_code_point(line);
  if (c == 0x2022 || c == 0x25E6 || c == 0x25AA || c == 0x2023 || c == 0x25CF || c == '*')
    return true;
  return (line.starts_with("- ") || line.starts_with("\xE2\x80\x93 ") ||
          line.starts_with("\xE2\x80\x94 "));
}

// Whether `para` stops in the middle of a sentence: after a comma or semicolon,
// or after a word in lower case ("growth of 3% in", "16 billion"). A heading
// ends in a capitalised word or a number ("1. Outlook", "Report 2023").
bool ends_mid_sentence(std::string_view para) {
  std::size_t n = 0;
  char32_t last = last_code_point(para, n);
  if (last == ',' || last == ';') return true;
  if (!is_lower(last)) return false;
  std::size_t space = para.find_last_of(' ');
  std::string_view word = space == std::string_view::npos ? para : para.substr(space + 1);
  return is_lower(first_code_point(word));
}

enum class Join { none, space, direct, drop_hyphen };

Join how_to_join(std::string_view para, std::string_view next) {
  char32_t after = first_code_point(next);
  std::size_t n = 0;
  char32_t last = last_code_point(para, n);
  if (last == 0xAD) return Join::drop_hyphen;  // a soft hyphen marks a hyphenation point
  if (last == '-' || last == 0x2010) {
    std::size_t m = 0;
    char32_t before = last_code_point(para.substr(0, para.size() - n), m);
    if (is_lower(before) && is_lower(after)) return Join::drop_hyphen;
    if ((is_lower(before) || is_upper(before) || is_digit(before)) &&
        (is_lower(after) || is_upper(after) || is_digit(after)))
      return Join::direct;  // "5-" "year", "COVID-" "19"
  }
  if (ends_sentence(para) || starts_list_item(next)) return Join::none;
  if (is_lower(after)) return Join::space;
  // "to 16 billion" + "US dollars.", "rising" + "16% to": the sentence goes on. A
  // line of digits after one ending in a digit stays apart (table columns).
  if (ends_mid_sentence(para)) return Join::space;
  return Join::none;
}

}  // namespace

std::string reflow_pdf_page(std::string_view page) {
  std::string text = normalise(page);
  std::string out, para;
  auto flush = [&] {
    if (!para.empty()) out += para + '\n';
    para.clear();
  };
  std::string_view rest(text);
  while (!rest.empty()) {
    std::size_t nl = rest.find('\n');
    std::string_view line = trim(rest.substr(0, nl));
    rest.remove_prefix(nl == std::string_view::npos ? rest.size() : nl + 1);
    if (line.empty()) {
      flush();
      continue;
    }
    if (para.empty()) {
      para = line;
      continue;
    }
    switch (how_to_join(para, line)) {
      case Join::drop_hyphen: {
        std::size_t n = 0;
        last_code_point(para, n);
        para.erase(para.size() - n);  // the hyphen: never longer than the paragraph
        para += line;
        break;
      }
      case Join::direct: para += line; break;
      case Join::space: para += ' '; para += line; break;
      case Join::none:
        flush();
        para = line;
        break;
    }
  }
  flush();
  return out;
}

}  // namespace factsheet::read
