// Reads the example corpora in grammars/examples/*.tsv.
//
// Positive files (one per kind of figure) have the columns
//   input  text  kind  value  unit  qualifier  change
// where `text` is the claim's exact span in `input`; `value` is a number, "lo..hi" for a
// range, "part/whole" for a ratio or an ISO-like string for dates and times; empty unit,
// qualifier and change mean null, "=" and null. negative.tsv has the columns
//   input  forbidden
// and no claim other than kind "other" may overlap the forbidden text.
#pragma once
#include <string>
#include <vector>

namespace factsheet::corpus {

struct Example {
  std::string file;
  int line = 0;
  std::string input, text, kind, value, unit, qualifier, change;
  bool negative = false;
};

std::vector<Example> load_examples(const std::string& dir);

}  // namespace factsheet::corpus
