// A temporary file that collects part of an output while the run goes on, to be copied
// into it at the end: the HTML report's document texts and table rows, a streamed
// workbook sheet's deflated rows, go to disk, not memory. The file is unlinked as soon as it is created, so it disappears
// with the process whatever happens.
#pragma once
#include <cstdio>
#include <functional>
#include <string>
#include <string_view>

#include "write/output.hpp"

namespace factsheet::write {

class Spool {
 public:
  // `dir`: where the file goes; empty: the system's temporary directory. `owner` names
  // the output in errors.
  explicit Spool(const std::string& dir, std::string owner = "HTML report");
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void write(std::string_view bytes);
  // Writes everything spooled so far to `out`; the spool stays as it is.
  void copy_to(Output& out);
  void copy_to(const std::function<void(std::string_view)>& sink);

 private:
  [[noreturn]] void fail(const std::string& what, int err) const;

  std::string owner_;
  std::FILE* file_ = nullptr;
};

}  // namespace factsheet::write
