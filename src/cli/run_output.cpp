#include "cli/run_output.hpp"

#include "cli/messages.hpp"

namespace factsheet::cli {

bool is_stdout(const std::string& output) { return output.empty() || output == "-"; }

std::optional<RunOutput> open_run_output(const std::string& output) {
  RunOutput run;
  try {
    if (is_stdout(output)) {
      run.out = std::make_unique<write::StdoutOutput>();
    } else {
      auto atomic = std::make_unique<write::AtomicFileOutput>(output);
      run.file = atomic.get();
      run.out = std::move(atomic);
    }
  } catch (const write::OutputError& e) {
    print_error(e.what());
    return std::nullopt;
  }
  return run;
}

}  // namespace factsheet::cli
