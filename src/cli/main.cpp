#include <cstdio>
#include <exception>

#include "cli/checked_stdout.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "write/temp_cleanup.hpp"

namespace {

namespace cli = factsheet::cli;

int run(int argc, char** argv) {
  cli::remember_command_line(argc, argv);
  CLI::App app{"factsheet: find the numeric claims in news text", "factsheet"};
  app.set_version_flag("--version", "factsheet " FACTSHEET_VERSION);
  app.require_subcommand(1);
  cli::add_extract_command(app);
  cli::add_eval_command(app);
  cli::add_audit_command(app);
  cli::add_report_command(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version: to stdout, status 0
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    cli::print_error(std::string(e.what()) + " (see factsheet --help)");
    return cli::kUsageError;
  } catch (const cli::CliExit& e) {
    return e.status;
  } catch (const std::exception& e) {
    cli::print_error(e.what());
    return cli::kInputError;
  }
  return cli::kOk;
}

}  // namespace

int main(int argc, char** argv) {
  // A signal must not leave an output's temporary file behind.
  factsheet::write::install_temp_file_cleanup();
  // Every command ends here: whatever it printed must have reached standard output.
  cli::CheckedStdout out;
  return out.finish(run(argc, argv));
}
