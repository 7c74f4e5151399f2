#include "cli/own_output.hpp"

#include <sys/stat.h>

namespace factsheet::cli {

std::vector<read::FileId> own_output_files(const write::AtomicFileOutput& output, const std::string& path) {
  std::vector<read::FileId> ids;
  struct stat st;
  for (const std::string& p : {path, output.temp_path()})
    if (!p.empty() && ::stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode)) ids.push_back({st.st_dev, st.st_ino});
  return ids;
}

}  // namespace factsheet::cli
