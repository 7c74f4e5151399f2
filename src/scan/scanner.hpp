// Scanner: one RE2 pass over a sentence that finds where figures may start (digits,
// number words, "a dozen"-style phrases) and the spans that can hold no figure
// (URLs, e-mail addresses). The grammars then parse each candidate exactly.
#pragma once
#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "lexicon/lexicon.hpp"

namespace factsheet {

struct Candidate {
  enum class Type { digits, words, excluded };
  Type type = Type::digits;
  std::size_t begin = 0, end = 0;  // the matched anchor, not the whole figure
};

class Scanner {
 public:
  explicit Scanner(const Lexicon& lex);
  ~Scanner();
  Scanner(const Scanner&) = delete;
  Scanner& operator=(const Scanner&) = delete;

  // Appends the candidates of text[begin, end) in order (a sentence); word boundaries still
  // see the bytes around it. Thread-safe.
  void scan(std::string_view text, std::size_t begin, std::size_t end, std::vector<Candidate>& out) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factsheet
