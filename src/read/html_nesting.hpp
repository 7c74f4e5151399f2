// Bounds how deeply a page's elements nest before the HTML parser sees it.
//
// gumbo's tree construction slows down much faster than linearly with the number
// of open elements: 10,000 unclosed <div>s take a second, 50,000 over a minute.
// So a light tag scan follows the nesting (void elements, raw-text elements such as
// <script>, end tags closing within their scope, the end tags HTML lets authors
// leave out for table cells, rows, list items, options and headings) and drops
// the start tags that would open an element deeper than `max_depth`, or a
// formatting element (<b>, <font>...) beyond `max_formatting` open ones. The start
// tag of a block element (a <div>, a heading, a table cell: what starts a line of the
// extracted text) is replaced by a <br>, which opens nothing, so the text before and
// after it still falls on separate lines. Ordinary pages nest a few dozen levels and
// are passed on untouched. Text is never dropped, and the scan takes time linear in
// the page (its stack never holds more than `max_depth` elements).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace factsheet::read {

inline constexpr std::size_t kMaxHtmlDepth = 512;
inline constexpr std::size_t kMaxHtmlFormatting = 64;

// The page with the excess start tags removed, or nullopt when none had to go.
std::optional<std::string> limit_html_nesting(std::string_view html,
                                              std::size_t max_depth = kMaxHtmlDepth,
                                              std::size_t max_formatting = kMaxHtmlFormatting);

}  // namespace factsheet::read
