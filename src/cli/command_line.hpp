// The program's arguments as given, kept by main() for reports that record their run
// (the About sheet of an xlsx fact sheet).
#pragma once
#include <string>
#include <vector>

namespace factsheet::cli {

void remember_command_line(int argc, char** argv);
const std::vector<std::string>& command_line();

}  // namespace factsheet::cli
