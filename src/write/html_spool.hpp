// A temporary file that collects part of a report while the run goes on, to be copied
// into the output at the end: the HTML report's document texts and table rows go to
// disk, not memory. The file is unlinked as soon as it is created, so it disappears
// with the process whatever happens.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "write/output.hpp"

namespace factsheet::write {

class Spool {
 public:
  // `dir`: where the file goes; empty: the system's temporary directory.
  explicit Spool(const std::string& dir);
  ~Spool();
  Spool(const Spool&) = delete;
  Spool& operator=(const Spool&) = delete;

  void write(std::string_view bytes);
  // Writes everything spooled so far to `out`; the spool stays as it is.
  void copy_to(Output& out);

 private:
  std::FILE* file_ = nullptr;
};

}  // namespace factsheet::write
