// A sentence as tagged tokens for the context rules: words with their lexicon roles,
// numbers and punctuation, each knowing which claim (if any) covers it.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claim/claim.hpp"
#include "lexicon/lexicon.hpp"

namespace factsheet::context {

enum class TokenType : std::uint8_t { word, number, punct };

struct Token {
  std::size_t begin = 0, end = 0;  // byte offsets into the document text
  TokenType type = TokenType::word;
  std::string_view lower;           // ASCII-lower-cased text: the document's, or the sentence's copy
  RoleBits roles;                   // syntax.tsv roles
  bool function = false;            // words.tsv function
  bool lex_verb = false;            // words.tsv verb, a change verb or a reporting verb
  bool change_verb = false;         // changes.tsv verb ("rose", "lost")
  bool reporting = false;           // attribution.tsv verb ("said", "reported")
  bool change_word = false;         // any changes.tsv role ("higher", "drop")
  bool change_adverb = false;       // changes.tsv adverb ("up", "higher")
  bool change_noun = false;         // changes.tsv noun ("drop", "improvement")
  bool cue_word = false;            // another words.tsv class (length, score, age cues ...)
  bool temporal = false;            // words.tsv temporal
  bool adverb = false;              // words.tsv adverb or an -ly word
  bool capitalized = false;
  bool verb = false;                // a verb form here (lexicon, or suffix rule in context)
  bool content = false;             // a noun/adjective-like word of a noun phrase
  int claim = -1;                   // index of the covering claim among the sentence's claims
  bool in_name = false;             // the claim is a number inside a name ("S&P 500"): a word here
  bool time_word = false;           // words.tsv temporal, a month name, or a date/year/time claim
  bool unit_word = false;           // a currency or unit name ("US", "dollars", "km")

  // Part of a figure (a claim that is not a name).
  bool figure() const { return claim >= 0 && !in_name; }

  bool has(SyntaxRole r) const { return roles.has(r); }
  bool is_punct(std::string_view p) const { return type == TokenType::punct && lower == p; }
};

class TaggedSentence {
 public:
  // Tokenizes text[begin, end); `claims` are the claims lying in it (document offsets).
  TaggedSentence(std::string_view text, std::size_t begin, std::size_t end, const Lexicon& lex,
                 const std::vector<const Claim*>& claims);
  // Gives its buffers back to the thread for the next sentence (see Scratch in tokens.cpp).
  ~TaggedSentence();
  TaggedSentence(const TaggedSentence&) = delete;
  TaggedSentence& operator=(const TaggedSentence&) = delete;

  const std::vector<Token>& tokens() const { return tokens_; }
  std::size_t size() const { return tokens_.size(); }
  const Token& operator[](std::size_t i) const { return tokens_[i]; }
  std::string_view text(std::size_t from, std::size_t to) const;  // tokens [from, to) as written
  std::string_view document() const { return text_; }

  // Tokens [first, last) covered by claim k; first == last when none. Constant time.
  std::pair<std::size_t, std::size_t> claim_tokens(int k) const;

  bool is_content(std::size_t i) const { return tokens_[i].content; }
  bool is_verb(std::size_t i) const { return tokens_[i].verb; }
  // A verb, or an adverb that may stand inside a verb group ("have also been").
  bool is_verb_group(std::size_t i) const;
  bool is_clause_break(std::size_t i) const;  // , ; : ( ) quotes and dashes

 private:
  void tag_in_context();

  std::string_view text_;
  // The lower-cased forms of the tokens that are not lower case as written, one after the
  // other; never longer than the sentence, so sized once and never moved.
  std::unique_ptr<char[]> lowered_;
  std::size_t lowered_capacity_ = 0;
  std::vector<Token> tokens_;
  std::vector<std::pair<std::size_t, std::size_t>> claim_ranges_;  // per claim: its tokens
};

}  // namespace factsheet::context
