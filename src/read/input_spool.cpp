#include "read/input_spool.hpp"

#include <algorithm>

#include "read/temp_copy.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;

}  // namespace

SpooledInput spool_input(InputFile& in, std::size_t hold, const std::string& dir, std::size_t limit,
                         const std::string& encoding, std::size_t reserve) {
  SpooledInput out;
  TextScanner scanner(encoding);
  // Up to `hold` bytes in memory: most inputs end there.
  std::string& head = out.bytes;
  bool partable = true;
  {
    char buf[1 << 16];
    while (head.size() <= hold) {
      std::size_t n = in.read(buf, sizeof buf);
      if (n == 0) {
        out.complete = true;
        return out;
      }
      head.append(buf, n);
      partable = partable && scanner.add(std::string_view(buf, n));
    }
  }
  if (!partable) return out;  // read whole by the caller, as before
  TempCopy copy(dir, reserve);
  if (!copy.ok()) {
    out.warning = in.name() + ": no temporary file to keep this long input in (" + copy.why() + "); read whole";
    return out;
  }
  // The bytes copied so far and then those of `pending` not copied, up to one byte past the
  // limit: what the whole reading has read when the copy stops.
  auto read_back = [&](std::string_view pending, std::size_t copied_before) {
    std::string bytes = copy.read_back(limit + 1);
    pending.remove_prefix(std::min(pending.size(), copy.size() - copied_before));  // a write cut short
    if (bytes.size() <= limit) bytes.append(pending.substr(0, limit + 1 - bytes.size()));
    return bytes;
  };
  std::string block = std::move(head);
  head.clear();
  std::string_view pending = block;
  for (;;) {
    std::size_t copied_before = copy.size();
    if (!copy.write(pending)) {
      out.bytes = read_back(pending, copied_before);
      out.warning = in.name() + ": could not keep this long input in a temporary file (" + copy.why() +
                    "); read whole";
      return out;
    }
    block.resize(kBlock);
    std::size_t n = in.read(block.data(), block.size());
    block.resize(n);
    pending = block;
    if (n == 0) break;
    if (!scanner.add(pending)) {  // not text to read in parts: read whole, as before
      out.bytes = read_back(pending, copy.size());
      return out;
    }
  }
  out.plan = scanner.finish();
  out.file = copy.release(in.name());
  return out;
}

}  // namespace factsheet::read
