#include <cstdio>
#include <cstdlib>
#include <exception>
#include <string>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/checked_stdout.hpp"
#include "cli/command_line.hpp"
#include "cli/commands.hpp"
#include "cli/messages.hpp"
#include "write/temp_cleanup.hpp"

namespace {

namespace cli = factsheet::cli;

// The subcommand the arguments name ("extract", "eval newsquant"), "" when none: the
// help that an error message points at.
std::string named_command(CLI::App& app, int argc, char** argv) {
  std::string path;
  CLI::App* at = &app;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg.empty() || arg[0] == '-') continue;
    CLI::App* sub = nullptr;
    for (CLI::App* s : at->get_subcommands({}))
      if (s->get_name() == arg) sub = s;
    if (!sub) break;
    path += (path.empty() ? "" : " ") + arg;
    at = sub;
  }
  return path;
}

int run(int argc, char** argv) {
  cli::remember_command_line(argc, argv);
  CLI::App app{"factsheet: find the numeric claims in news text", "factsheet"};
  app.set_version_flag("--version", "factsheet " FACTSHEET_VERSION);
  app.require_subcommand(1);
  cli::add_extract_command(app);
  cli::add_eval_command(app);
  cli::add_audit_command(app);
  cli::add_report_command(app);
  app.footer(
      "Examples:\n"
      "  factsheet extract article.txt -o article.xlsx\n"
      "  factsheet extract reports/ --kinds money,percent -o figures.csv\n"
      "  factsheet audit drafts/ -o audit.xlsx\n"
      "Each subcommand has its own --help (factsheet extract --help).");
  // The first word must be a subcommand: name the one that is not.
  if (argc > 1 && argv[1][0] != '-' && named_command(app, 2, argv).empty()) {
    std::string names;
    for (CLI::App* s : app.get_subcommands({})) names += (names.empty() ? "" : ", ") + s->get_name();
    cli::print_error(std::string("unknown subcommand '") + argv[1] + "' (the subcommands are " + names +
                     "; see factsheet --help)");
    return cli::kUsageError;
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {  // --help, --version: to stdout, status 0
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::string command = named_command(app, argc, argv);
    cli::print_error(std::string(e.what()) + " (see factsheet " + (command.empty() ? "" : command + " ") + "--help)");
    return cli::kUsageError;
  } catch (const cli::CliExit& e) {
    return e.status;
  } catch (const std::exception& e) {
    cli::print_error(e.what());
    return cli::kInputError;
  }
  return cli::kOk;
}

// glibc raises its mmap threshold each time a large block is freed (up to 32 MiB), and
// from then on such blocks (a part of a large text, the audit's arrays) come from the
// threads' arenas, which keep their memory once freed: a run's resident memory then
// creeps above what it holds. A fixed threshold hands every block of 512 KiB or more
// back to the system when it is freed. The environment's own setting stands.
void return_large_blocks() {
#if defined(__GLIBC__)
  if (std::getenv("MALLOC_MMAP_THRESHOLD_") == nullptr) mallopt(M_MMAP_THRESHOLD, 512 * 1024);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  return_large_blocks();
  // A signal must not leave an output's temporary file behind.
  factsheet::write::install_temp_file_cleanup();
  // Every command ends here: whatever it printed must have reached standard output.
  cli::CheckedStdout out;
  return out.finish(run(argc, argv));
}
