// The claims a run keeps (`extract --kinds`, `--min-sources`), in front of any writer.
// A kinds filter streams. A minimum of sources must see every claim before it knows
// which fact each one states, so it holds the run's claims until finish(): memory then
// grows with them.
#pragma once
#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

#include "write/claim_writer.hpp"
#include "write/headline_index.hpp"
#include "write/source_index.hpp"

namespace factsheet::write {

struct ClaimFilter {
  std::vector<Kind> kinds;      // empty: every kind
  std::size_t min_sources = 1;  // 1: no minimum
  MinorNouns minor_nouns;       // for the facts a minimum of sources counts (headline_rules.hpp)
  bool active() const { return !kinds.empty() || min_sources > 1; }
};

// Largest --min-sources: the distinct sources a fact keeps count of.
inline constexpr std::size_t kMaxMinSources = HeadlineIndex::kMaxPlaces;

class FilteringWriter final : public ClaimWriter {
 public:
  FilteringWriter(std::unique_ptr<ClaimWriter> inner, ClaimFilter filter);
  void write(const Claim& claim) override;
  void finish() override;

 private:
  std::unique_ptr<ClaimWriter> inner_;
  ClaimFilter filter_;
  HeadlineIndex facts_;
  SourceIndex sources_;
  std::vector<std::pair<Claim, std::optional<std::uint32_t>>> held_;  // with their fact
};

// "money,percent" -> kinds; nullopt naming the first unknown one in `bad`.
std::optional<std::vector<Kind>> parse_kinds(std::string_view list, std::string& bad);

}  // namespace factsheet::write
