#include "cli/messages.hpp"

#include <cstdio>
#include <string>

namespace factsheet::cli {
namespace {

void print(std::string_view prefix, std::string_view message) {
  std::string line(prefix);
  for (char c : message) line += static_cast<unsigned char>(c) < 0x20 || c == 0x7f ? '?' : c;
  line += '\n';
  // One write per line, so lines from several threads never interleave.
  std::fwrite(line.data(), 1, line.size(), stderr);
}

}  // namespace

void print_error(std::string_view message) { print("factsheet: ", message); }
void print_warning(std::string_view message) { print("factsheet: warning: ", message); }

}  // namespace factsheet::cli
