#include "write/claim_filter.hpp"

#include <algorithm>
#include <limits>

namespace factsheet::write {

FilteringWriter::FilteringWriter(std::unique_ptr<ClaimWriter> inner, ClaimFilter filter)
    : inner_(std::move(inner)),
      filter_(std::move(filter)),
      facts_(filter_.minor_nouns, std::numeric_limits<std::size_t>::max()) {}

void FilteringWriter::write(const Claim& claim) {
  if (!filter_.kinds.empty() && std::find(filter_.kinds.begin(), filter_.kinds.end(), claim.kind) == filter_.kinds.end())
    return;
  if (filter_.min_sources <= 1) {
    inner_->write(claim);
    return;
  }
  std::uint32_t source = sources_.add(claim, {});
  facts_.add(claim, Mention::of(claim, source), {});
  held_.emplace_back(claim, facts_.last_fact());
}

void FilteringWriter::finish() {
  for (auto& [claim, fact] : held_)
    if (fact && facts_.facts()[*fact].sources.size() >= filter_.min_sources) inner_->write(claim);
  held_.clear();
  inner_->finish();
}

std::optional<std::vector<Kind>> parse_kinds(std::string_view list, std::string& bad) {
  std::vector<Kind> kinds;
  std::size_t i = 0;
  while (i <= list.size()) {
    std::size_t end = std::min(list.find(',', i), list.size());
    std::string_view name = list.substr(i, end - i);
    while (!name.empty() && name.front() == ' ') name.remove_prefix(1);
    while (!name.empty() && name.back() == ' ') name.remove_suffix(1);
    if (!name.empty()) {
      auto k = parse_kind(name);
      if (!k) {
        bad = std::string(name);
        return std::nullopt;
      }
      if (std::find(kinds.begin(), kinds.end(), *k) == kinds.end()) kinds.push_back(*k);
    }
    i = end + 1;
  }
  return kinds;
}

}  // namespace factsheet::write
