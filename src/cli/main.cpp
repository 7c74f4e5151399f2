#include <cstdio>
#include <exception>

#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/messages.hpp"

int main(int argc, char** argv) {
  namespace cli = factsheet::cli;
  cli::remember_command_line(argc, argv);
  CLI::App app{"factsheet: find the numeric claims in news text", "factsheet"};
  app.set_version_flag("--version", "factsheet " FACTSHEET_VERSION);
  app.require_subcommand(1);
  cli::add_extract_command(app);
  cli::add_eval_command(app);
  cli::add_audit_command(app);
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
  if (std::fflush(stdout) != 0) {
    cli::print_error("<stdout>: write error");
    return cli::kOutputError;
  }
  return cli::kOk;
}
