#include "read/html_charset.hpp"

#include <array>
#include <cstdint>

#include "text/chars.hpp"
#include "text/utf8.hpp"

namespace factsheet::read {
namespace {

using text::to_lower;

using text::append_utf8;

}  // namespace

std::string declared_charset(std::string_view html) {
  std::string head;
  for (char c : html.substr(0, 1024)) head += to_lower(c);
  for (std::size_t at = head.find("charset"); at != std::string::npos;
       at = head.find("charset", at + 1)) {
    std::size_t i = at + 7;
    while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'))
      ++i;
    if (i >= head.size() || head[i] != '=') continue;
    ++i;
    while (i < head.size() && (head[i] == ' ' || head[i] == '"' || head[i] == '\'')) ++i;
    std::string label;
    while (i < head.size() && ((text::is_lower(head[i])) || (text::is_digit(head[i])) ||
                               head[i] == '-' || head[i] == '_' || head[i] == '.' || head[i] == ':'))
      label += head[i++];
    if (!label.empty()) return label;
  }
  return {};
}

bool is_windows_1252(std::string_view label) {
  // The labels the WHATWG Encoding Standard maps to windows-1252.
  static constexpr std::array<std::string_view, 17> kLabels = {
      "ansi_x3.4-1968", "ascii",      "cp1252",   "cp819",    "csisolatin1",     "ibm819",
      "iso-8859-1",     "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1",      "iso_8859-1:1987",
      "l1",             "latin1",     "us-ascii", "windows-1252", "x-cp1252"};
  for (std::string_view l : kLabels)
    if (l == label) return true;
  return false;
}

std::string windows_1252_to_utf8(std::string_view bytes) {
  // 0x80-0x9F; the five unassigned bytes map to the C1 controls of the same value.
  static constexpr std::array<char16_t, 32> kHigh = {
      0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (char c : bytes) {
    auto b = static_cast<unsigned char>(c);
    if (b < 0x80)
      out += c;
    else if (b < 0xA0)
      append_utf8(out, kHigh[b - 0x80]);
    else
      append_utf8(out, b);
  }
  return out;
}

}  // namespace factsheet::read
