// Scanner: finds where figures may start in a sentence (digits, number words, "a
// dozen"-style phrases) and the spans that can hold no figure (URLs, e-mail addresses), as
// the matches of one RE2 pattern; it reads the bytes no match can start at by hand
// (scan/match_starts.hpp). The grammars then parse each candidate exactly.
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
  // The same candidates as one RE2 search after another gives them: the definition that
  // scan(), which reads most of the text by hand, keeps to.
  void scan_by_regex(std::string_view text, std::size_t begin, std::size_t end, std::vector<Candidate>& out) const;
  // Whether scan() reads by hand to where a match may start; false when a number phrase of
  // the lexicon does not begin with a word of two to 31 ASCII letters, and then RE2 searches
  // on from wherever the scan stands.
  bool reads_by_hand() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace factsheet
