// Runs one grammar rule over text[pos, end) with the Source in the parse context.
#pragma once
#include <optional>

#include "grammar/primitives.hpp"

namespace factsheet::grammar {

template <typename Attr, typename Parser>
std::optional<Attr> run_rule(const Parser& p, const Source& src, std::size_t pos, std::size_t end,
                             std::size_t* stop = nullptr) {
  if (pos >= end || end > src.text.size()) return std::nullopt;
  Iterator first = src.text.data() + pos;
  Iterator last = src.text.data() + end;
  Attr attr{};
  if (!x3::parse(first, last, x3::with<source_tag>(src)[p], attr)) return std::nullopt;
  if (stop) *stop = static_cast<std::size_t>(first - src.text.data());
  return attr;
}

}  // namespace factsheet::grammar
