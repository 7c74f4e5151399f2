#include "write/headline_rules.hpp"

#include "text/chars.hpp"

namespace factsheet::write {

bool restated_by_bracket(const Claim& c) {
  if (c.kind != Kind::ratio || c.text.empty()) return false;
  std::size_t at = c.sentence.find(c.text);
  if (at == std::string::npos) return false;
  std::string_view rest = std::string_view(c.sentence).substr(at + c.text.size());
  std::size_t p = 0;
  while (p < rest.size() && rest[p] == ' ') ++p;
  if (p >= rest.size() || rest[p] != '(') return false;
  std::size_t digits = ++p;
  while (p < rest.size() && (text::is_digit(rest[p]) || rest[p] == '.')) ++p;
  if (p == digits) return false;
  std::string_view tail = rest.substr(p);
  for (std::string_view mark : {"%)", " per cent)", " percent)"})
    if (tail.substr(0, mark.size()) == mark) return true;
  return false;
}

HeadlineVerdict headline_verdict(const Claim& c, const MinorNouns& nouns) {
  if (!is_headline_kind(c.kind)) return HeadlineVerdict::not_a_figure;
  if (std::holds_alternative<std::string>(c.value)) return HeadlineVerdict::not_a_figure;
  if (is_minor_count(c, nouns)) return HeadlineVerdict::minor;
  if (restated_by_bracket(c)) return HeadlineVerdict::restated;
  return HeadlineVerdict::listed;
}

}  // namespace factsheet::write
