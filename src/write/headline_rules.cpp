#include "write/headline_rules.hpp"

namespace factsheet::write {

HeadlineVerdict headline_verdict(const Claim& c, const MinorNouns& nouns) {
  if (!is_headline_kind(c.kind)) return HeadlineVerdict::not_a_figure;
  if (std::holds_alternative<std::string>(c.value)) return HeadlineVerdict::not_a_figure;
  if (is_minor_count(c, nouns)) return HeadlineVerdict::minor;
  return HeadlineVerdict::listed;
}

}  // namespace factsheet::write
