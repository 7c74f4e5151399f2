#include "read/file_walk.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <utility>

#include "read/input_format.hpp"

namespace factsheet::read {

namespace fs = std::filesystem;

bool is_document_file_name(std::string_view path) { return format_for_extension(path).has_value(); }

std::vector<std::string> list_document_files(const std::string& dir, const DiagnosticSink& sink) {
  std::vector<std::string> files;
  std::set<std::pair<dev_t, ino_t>> visited;
  std::vector<fs::path> pending{fs::path(dir)};
  auto report = [&](const std::string& path, int err) {
    sink({Severity::error, path + ": " + std::strerror(err)});
  };
  // An explicit stack rather than recursion: deep trees cannot exhaust the call stack.
  while (!pending.empty()) {
    fs::path current = std::move(pending.back());
    pending.pop_back();
    struct stat st;
    if (::stat(current.c_str(), &st) != 0) {
      report(current.string(), errno);
      continue;
    }
    if (!visited.emplace(st.st_dev, st.st_ino).second) continue;  // seen via another link

    std::error_code ec;
    fs::directory_iterator it(current, ec), end;
    if (ec) {
      report(current.string(), ec.value());
      continue;
    }
    std::vector<fs::path> subdirs;
    for (; it != end; it.increment(ec)) {
      const fs::path& p = it->path();
      // The type the directory listing gives, which needs no stat() of its own; a link is
      // followed (stat), as before.
      std::error_code type_error;
      const bool dir = it->is_directory(type_error);
      const bool regular = !type_error && !dir && it->is_regular_file(type_error);
      if (type_error) {
        // Dangling link: an error only if it looks like an input we would have read.
        if (is_document_file_name(p.native())) report(p.string(), type_error.value());
        continue;
      }
      if (dir)
        subdirs.push_back(p);
      else if (regular && is_document_file_name(p.native()))
        files.push_back(p.string());
    }
    if (ec) report(current.string(), ec.value());
    // Visit subdirectories in sorted order, so which of two links to one directory
    // names its files does not depend on the order the OS lists entries in.
    std::sort(subdirs.begin(), subdirs.end());
    pending.insert(pending.end(), std::make_move_iterator(subdirs.rbegin()),
                   std::make_move_iterator(subdirs.rend()));
  }
  std::sort(files.begin(), files.end());  // char_traits<char> compares as unsigned bytes
  return files;
}

}  // namespace factsheet::read
