// Reading an answer key (*.gold.jsonl) and placing its records in the text.
#pragma once
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "eval/gold_item.hpp"

namespace factsheet::eval {

// Parses one JSON object per line (blank lines are skipped). `origin` names the file in
// errors: "ORIGIN:LINE: ...". The optional "change" field ("up", "down" or null) must be on
// every record or on none. Throws GoldError.
std::vector<GoldItem> load_answer_key(std::istream& in, const std::string& origin);
std::vector<GoldItem> load_answer_key_file(const std::string& path);

// A text and its answer key, as named on the command line.
struct AnswerKeyPaths {
  std::string text, gold;
};
// TEXT GOLD TEXT GOLD ... -> pairs, in order. Throws std::invalid_argument for an odd count
// (naming the path left without a GOLD) or none.
std::vector<AnswerKeyPaths> pair_answer_key_paths(const std::vector<std::string>& paths);

// Sets start/end of every item: the `occurrence`-th exact occurrence of `text` in its line
// (occurrences may overlap, as str.find(text, previous + 1) counts them). Throws GoldError
// naming ORIGIN:RECORD for an item that cannot be located.
void locate_gold(std::string_view text, std::vector<GoldItem>& items, const std::string& origin);

}  // namespace factsheet::eval
