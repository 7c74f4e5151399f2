#include "write/xlsx_target.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "write/temp_cleanup.hpp"
#include "io/temp_file.hpp"

namespace factsheet::write {

XlsxTarget::XlsxTarget(Output& out, const std::string& tmpdir) : out_(out) {
  path_ = out.direct_path();
  if (!path_.empty()) return;
  io::TempFile t = io::make_temp_file(tmpdir, "factsheet-xlsx-");
  if (t.fd < 0) throw OutputError(t.dir + "/factsheet-xlsx-XXXXXX: " + std::strerror(t.error));
  ::close(t.fd);
  path_ = t.path;
  owned_ = true;
  cleanup_slot_ = register_temp_file(path_);
}

XlsxTarget::~XlsxTarget() {
  if (!owned_) return;
  ::unlink(path_.c_str());
  unregister_temp_file(cleanup_slot_);
}

std::string XlsxTarget::directory() const {
  std::string dir = std::filesystem::path(path_).parent_path().string();
  return dir.empty() ? "." : dir;
}

void XlsxTarget::deliver() {
  if (owned_) {
    int fd = ::open(path_.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw OutputError(path_ + ": " + std::strerror(errno));
    std::vector<char> chunk(1 << 16);
    for (;;) {
      ssize_t n = ::read(fd, chunk.data(), chunk.size());
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) {
        int err = errno;
        ::close(fd);
        throw OutputError(path_ + ": " + std::strerror(err));
      }
      if (n == 0) break;
      out_.write(std::string_view(chunk.data(), static_cast<std::size_t>(n)));
    }
    ::close(fd);
  }
  out_.flush();
}

}  // namespace factsheet::write
