#include "write/currency_symbols.hpp"

#include <array>
#include <utility>

namespace factsheet::write {

std::string_view currency_symbol(std::string_view code) {
  // Only symbols that are unambiguous in English news; "$" alone is left to the
  // US dollar's "US$" so that A$, C$ and HK$ amounts never read as US dollars.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 11> kSymbols = {{
      {"USD", "US$"}, {"EUR", "€"}, {"GBP", "£"}, {"JPY", "¥"}, {"INR", "₹"}, {"AUD", "A$"},
      {"CAD", "C$"}, {"HKD", "HK$"}, {"NZD", "NZ$"}, {"SGD", "S$"}, {"KRW", "₩"},
  }};
  for (const auto& [c, symbol] : kSymbols)
    if (c == code) return symbol;
  return {};
}

std::string currency_prefix(std::string_view code) {
  if (std::string_view symbol = currency_symbol(code); !symbol.empty()) return std::string(symbol);
  if (code.size() != 3) return {};
  for (char c : code)
    if (c < 'A' || c > 'Z') return {};
  return std::string(code) + " ";
}

std::string_view money_currency(std::string_view unit) { return unit.substr(0, unit.find('/')); }

}  // namespace factsheet::write
