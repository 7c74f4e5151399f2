#include "cli/commands.hpp"

namespace factsheet::cli {

void add_jobs_option(CLI::App* cmd, unsigned& jobs) {
  cmd->add_option("-j,--jobs", jobs,
                  "Extract with N threads (default 0: one per core); the output is the same for any N")
      ->check(CLI::Range(0, 256))
      ->type_name("N");
}

}  // namespace factsheet::cli
