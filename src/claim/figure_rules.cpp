#include "claim/figure_rules.hpp"
#include "text/chars.hpp"

namespace factsheet {

bool is_headline_kind(Kind kind) {
  switch (kind) {
    case Kind::date:
    case Kind::year:
    case Kind::time:
    case Kind::ordinal:
    case Kind::other: return false;
    default: return true;
  }
}

bool is_minor_count(const Claim& c, const MinorNouns& nouns) {
  if (c.kind != Kind::count || c.is_range() || !c.unit) return false;
  const double* v = std::get_if<double>(&c.value);
  if (!v || *v < 0 || *v > kMinorCountMax) return false;
  return !text::has_digit(c.text) && nouns.count(text::lower_ascii(*c.unit)) > 0;
}

}  // namespace factsheet
