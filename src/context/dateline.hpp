// Datelines that open a news article: "ASTANA, May 21 (Xinhua) -- ", "MINSK, 21 May
// (BelTA) – ", "BISHKEK, May 20 (Xinhua) —", "WASHINGTON (AP) —", "LONDON, May 20, 2024 -".
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "lexicon/lexicon.hpp"

namespace factsheet::context {

struct Dateline {
  std::size_t length = 0;       // bytes from the line start through the dash and the spaces after it
  std::string text;             // place and date as written: "ASTANA, May 20"
  std::size_t date_begin = 0, date_end = 0;  // the date within the line (equal when none)
  int month = 0, day = 0;       // 0 when the dateline has no date
  std::optional<int> year;      // when written
  std::optional<std::string> source;  // the "(Name)" as written, if any
};

// The dateline at the start of `line`: an upper-case place (up to five words), then a
// date ("May 20", "21 May", "May 20, 2024") and/or a "(Name)", then a dash or colon.
// A place alone is not enough. Month names come from the lexicon.
std::optional<Dateline> parse_dateline(std::string_view line, const Lexicon& lex);

}  // namespace factsheet::context
