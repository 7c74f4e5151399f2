#include "cli/commands.hpp"
#include "read/encoding.hpp"

namespace factsheet::cli {

void add_jobs_option(CLI::App* cmd, unsigned& jobs) {
  cmd->add_option("-j,--jobs", jobs,
                  "Extract with N threads (default 0: one per core); the output is the same for any N")
      ->check(CLI::Range(0, 256))
      ->type_name("N");
}

void add_encoding_option(CLI::App* cmd, std::string& encoding) {
  cmd->add_option("--encoding", encoding,
                  "Read every input as NAME (an iconv name: windows-1252, latin1, utf-16le, shift_jis, ...) "
                  "instead of guessing the encoding of input that is not UTF-8; utf-8 repairs invalid bytes")
      ->check(CLI::Validator(
          [](std::string& name) {
            return read::encoding_known(name) ? std::string() : "unknown encoding '" + name + "'";
          },
          "", "encoding"))
      ->type_name("NAME");
}

}  // namespace factsheet::cli
