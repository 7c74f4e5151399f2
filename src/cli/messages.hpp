// Diagnostics of the CLI: one line each on stderr, "factsheet: MESSAGE" or
// "factsheet: warning: MESSAGE". Control characters (e.g. a newline in a file
// name) are shown as '?' so a message never spans lines.
#pragma once
#include <string_view>

namespace factsheet::cli {

void print_error(std::string_view message);
void print_warning(std::string_view message);

}  // namespace factsheet::cli
