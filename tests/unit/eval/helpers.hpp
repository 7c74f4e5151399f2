// Hand-made gold items and claims for the eval tests.
#pragma once
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "claim/claim.hpp"
#include "eval/gold_item.hpp"
#include "eval/text_lines.hpp"

namespace factsheet::eval::test {

// Byte offset of the `occurrence`-th `span` on 1-based line `line` of `text`.
inline std::size_t offset_of(std::string_view text, std::size_t line, std::string_view span,
                             std::size_t occurrence = 1) {
  TextLines lines(text);
  std::string_view l = lines.line(line);
  std::size_t pos = std::string_view::npos;
  for (std::size_t i = 0; i < occurrence; ++i) {
    pos = l.find(span, pos == std::string_view::npos ? 0 : pos + 1);
    if (pos == std::string_view::npos) ADD_FAILURE() << "no \"" << span << "\" on line " << line;
  }
  return lines.start(line) + pos;
}

inline GoldItem gold(std::string_view text, std::size_t line, std::string span, Kind kind, Value value,
                     std::optional<std::string> unit = std::nullopt, bool optional = false,
                     Qualifier q = Qualifier::eq) {
  GoldItem g;
  g.line = line;
  g.start = offset_of(text, line, span);
  g.end = g.start + span.size();
  g.text = std::move(span);
  g.kind = kind;
  g.value = std::move(value);
  g.unit = std::move(unit);
  g.optional = optional;
  g.qualifier = q;
  return g;
}

inline Claim claim(std::string_view text, std::size_t line, std::string span, Kind kind, Value value,
                   std::optional<std::string> unit = std::nullopt, Qualifier q = Qualifier::eq) {
  Claim c;
  c.start = offset_of(text, line, span);
  c.end = c.start + span.size();
  c.text = std::move(span);
  c.kind = kind;
  c.value = std::move(value);
  c.unit = std::move(unit);
  c.qualifier = q;
  return c;
}

}  // namespace factsheet::eval::test
