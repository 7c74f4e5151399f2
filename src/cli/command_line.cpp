#include "cli/command_line.hpp"

namespace factsheet::cli {
namespace {

std::vector<std::string>& arguments() {
  static std::vector<std::string> args;
  return args;
}

}  // namespace

void remember_command_line(int argc, char** argv) { arguments().assign(argv, argv + argc); }

const std::vector<std::string>& command_line() { return arguments(); }

}  // namespace factsheet::cli
