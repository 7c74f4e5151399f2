// Where libxlsxwriter, which writes to a path, puts the workbook: the output's own
// temporary file when it has one (AtomicFileOutput, renamed into place by its owner),
// else a temporary file whose bytes are copied to the output once the workbook is
// closed, and removed in any case (by a terminating signal too: write/temp_cleanup.hpp).
#pragma once
#include <string>

#include "write/output.hpp"

namespace factsheet::write {

class XlsxTarget {
 public:
  // `tmpdir`: where the copy-through file goes (empty: the system's temp directory).
  XlsxTarget(Output& out, const std::string& tmpdir);
  ~XlsxTarget();
  XlsxTarget(const XlsxTarget&) = delete;
  XlsxTarget& operator=(const XlsxTarget&) = delete;

  const std::string& path() const { return path_; }
  // The directory of path(): libxlsxwriter's own temporary files go beside the output.
  std::string directory() const;
  // After the workbook is closed: copies it to the output if needed, then flushes.
  void deliver();

 private:
  Output& out_;
  std::string path_;
  bool owned_ = false;  // path_ is our temporary file
  int cleanup_slot_ = -1;  // its slot in write/temp_cleanup.hpp
};

}  // namespace factsheet::write
