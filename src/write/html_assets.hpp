// The HTML report's inline style sheet and script, and the look of each claim kind.
#pragma once
#include <string_view>

#include "claim/claim.hpp"

namespace factsheet::write {

// The style sheet: screen (phone widths included) and print.
std::string_view report_style();
// The script: tooltips on hover and keyboard focus, sorting and filtering the table. It
// marks <html> with data-ready="1" when set up and data-script-error on any error, so
// that a test can tell.
std::string_view report_script();

// The symbol shown after a highlighted figure of this kind (a cue that needs no colour),
// also used in the legend: "¤" money, "%" percent, "#" count ...
std::string_view kind_symbol(Kind k);

}  // namespace factsheet::write
