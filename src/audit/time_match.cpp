#include "audit/time_match.hpp"

namespace factsheet::audit {

bool time_covers(std::string_view general, std::string_view specific) {
  if (specific.substr(0, general.size()) != general) return false;
  if (specific.size() == general.size()) return true;
  char next = specific[general.size()];
  return !general.empty() && (next == '-' || next == '/');
}

bool times_fit(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return true;
  return a.size() <= b.size() ? time_covers(a, b) : time_covers(b, a);
}

}  // namespace factsheet::audit
