#include "cli/input_manifest.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "read/file_walk.hpp"
#include "write/sha256.hpp"

namespace factsheet::cli {
namespace {

write::InputFileInfo describe(const std::string& path) {
  write::InputFileInfo info;
  info.path = path;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    info.note = std::string("not read: ") + std::strerror(errno);
    return info;
  }
  write::Sha256 hash;
  std::uint64_t size = 0;
  std::vector<char> chunk(1 << 16);
  for (;;) {
    ssize_t n = ::read(fd, chunk.data(), chunk.size());
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      info.note = std::string("not read: ") + std::strerror(errno);
      ::close(fd);
      return info;
    }
    if (n == 0) break;
    hash.update(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
    size += static_cast<std::uint64_t>(n);
  }
  ::close(fd);
  info.size = size;
  info.sha256 = hash.hex_digest();
  return info;
}

}  // namespace

std::vector<write::InputFileInfo> input_manifest(const std::vector<std::string>& inputs) {
  std::vector<write::InputFileInfo> out;
  for (const std::string& input : inputs) {
    if (input == "-") {
      out.push_back({"-", std::nullopt, "", "standard input: not kept, so not checksummed"});
      continue;
    }
    std::error_code ec;
    if (std::filesystem::is_directory(input, ec)) {
      // Problems were reported by the reader already.
      for (const std::string& file : read::list_document_files(input, [](const read::Diagnostic&) {}))
        out.push_back(describe(file));
      continue;
    }
    out.push_back(describe(input));
  }
  return out;
}

}  // namespace factsheet::cli
