// The unit tables generated from UDUNITS-2 (tools/udunits_table.cpp): every unit name,
// symbol and SI-prefixed form beyond units.tsv, and the SI conversion of every symbol.
#include <map>
#include <set>

#include "lexicon/lexicon.hpp"
#include "lexicon/tsv.hpp"

namespace factsheet {
namespace {

std::string_view content(const Lexicon::FileViews& list, const std::string& name, const std::string& origin) {
  for (const auto& [n, c] : list)
    if (n == name) return c;
  throw LexiconError((origin.empty() ? name : origin + "/" + name) + ": missing grammar file");
}

double number(const TsvTable& t, const TsvTable::Row& r, std::size_t col) {
  try {
    std::size_t used = 0;
    double v = std::stod(r.cells[col], &used);
    if (used == r.cells[col].size()) return v;
  } catch (const std::exception&) {
  }
  throw LexiconError(t.where(r) + "not a number: '" + r.cells[col] + "'");
}

}  // namespace

void Lexicon::load_generated_units(const FileViews& list, const std::string& origin) {
  auto deny = TsvTable::parse(content(list, "unit_deny.tsv", origin), "unit_deny.tsv", origin,
                              {"surface", "reason"});
  std::set<std::string, std::less<>> denied;
  for (const auto& r : deny.rows()) denied.insert(r.cells[0]);

  // units.tsv decides every surface it lists, in any case: a generated "mS" (millisiemens)
  // never shadows its "ms", nor "Mm" (megametre) its "mm".
  std::set<std::string, std::less<>> hand;
  for (const std::string& p : units_table_.phrases()) hand.insert(p);

  auto gen = TsvTable::parse(content(list, "udunits_units.tsv", origin), "udunits_units.tsv", origin,
                             {"surface", "symbol", "name", "dimension", "case", "udunits"});
  for (const auto& r : gen.rows()) {
    const std::string& surface = r.cells[0];
    if (denied.count(surface) || hand.count(fold_phrase(surface))) continue;
    Unit u;
    u.symbol = r.cells[1];
    u.name = r.cells[2];
    u.newsquant = u.name;
    u.dimension = r.cells[3];
    u.kind = u.dimension == "time" ? Kind::duration : Kind::measure;
    u.attached = true;
    u.generated = true;
    bool exact = r.cells[4] == "exact";
    if (!exact && r.cells[4] != "any") throw LexiconError(gen.where(r) + "case must be exact or any");
    auto id = static_cast<std::uint32_t>(units_.size());
    if (!units_table_.add(surface, id, exact)) continue;  // "Pa" and "pa" both generated: first wins
    units_.push_back(u);
    unit_by_symbol_.try_emplace(u.symbol, id);
  }

  auto si = TsvTable::parse(content(list, "udunits_si.tsv", origin), "udunits_si.tsv", origin,
                            {"symbol", "factor", "offset", "si_unit"});
  for (const auto& r : si.rows())
    si_by_symbol_[r.cells[0]] = SiConversion{number(si, r, 1), number(si, r, 2), r.cells[3]};
}

std::optional<SiConversion> Lexicon::si_conversion(std::string_view symbol) const {
  if (auto it = si_by_symbol_.find(symbol); it != si_by_symbol_.end()) return it->second;
  auto slash = symbol.find('/');
  if (slash == std::string_view::npos || slash == 0) return std::nullopt;
  auto num = si_conversion(symbol.substr(0, slash)), den = si_conversion(symbol.substr(slash + 1));
  if (!num || !den || num->offset != 0 || den->offset != 0 || den->factor == 0) return std::nullopt;
  return SiConversion{num->factor / den->factor, 0, num->unit + "/" + den->unit};
}

}  // namespace factsheet
