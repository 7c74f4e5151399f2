#include "write/summary_counts.hpp"

namespace factsheet::write {

void SummaryCounts::add(const Claim& c, bool headline_figure) {
  ++figures;
  ++by_kind[static_cast<std::size_t>(c.kind)];
  if (!c.unit || !headline_figure) return;
  UnitCount& u = by_unit[*c.unit];
  if (u.figures++ == 0 && c.unit_name) u.name = *c.unit_name;
}

}  // namespace factsheet::write
