#include "io/temp_file.hpp"

#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <vector>

namespace factsheet::io {

TempFile make_temp_file(const std::string& dir, std::string_view stem) {
  TempFile t;
  std::error_code ec;
  std::filesystem::path base = dir.empty() ? std::filesystem::temp_directory_path(ec) : std::filesystem::path(dir);
  if (ec) base = "/tmp";
  t.dir = base.string();
  std::string pattern = (base / stem).string() + "XXXXXX";
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  t.fd = ::mkostemp(name.data(), O_CLOEXEC);
  if (t.fd < 0) {
    t.error = errno;
    return t;
  }
  t.path = name.data();
  return t;
}

TempFile make_unlinked_temp_file(const std::string& dir, std::string_view stem) {
  TempFile t = make_temp_file(dir, stem);
  if (t.fd >= 0) ::unlink(t.path.c_str());
  return t;
}

}  // namespace factsheet::io
