// Keys the audit builds its classes of figures from, shared by its reading of figures
// and its findings.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

#include "audit/figure_store.hpp"
#include "text/chars.hpp"

namespace factsheet::audit {

// Adds a pool id to a class key.
inline void append_key(std::string& key, std::uint32_t id) {
  key.append(reinterpret_cast<const char*>(&id), sizeof id);
}

// Whether a period is anchored in time: it holds a year ("Q3 2004", "2004-12", "1990s") or
// a month of the calendar ("--12"). "Q3", "last year" or "the quarter" of two stories may
// be two different periods.
inline bool anchored(std::string_view period) {
  if (period.find("--") != std::string_view::npos) return true;
  std::size_t run = 0;
  for (char ch : period) {
    run = text::is_digit(ch) ? run + 1 : 0;
    if (run == 4) return true;
  }
  return false;
}

// The article a figure is in, as one number.
inline std::uint64_t article_key(const StoredFigure& f) { return f.place; }

}  // namespace factsheet::audit
