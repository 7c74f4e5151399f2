#include "read/text_decode.hpp"

#include <cstring>

#include "text/utf8.hpp"

namespace factsheet::read {

std::optional<std::size_t> find_nul(const std::string& bytes) {
  const void* p = std::memchr(bytes.data(), '\0', bytes.size());
  if (!p) return std::nullopt;
  return static_cast<std::size_t>(static_cast<const char*>(p) - bytes.data());
}

std::size_t strip_bom(std::string& bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) {
    bytes.erase(0, 3);
    return 3;
  }
  return 0;
}

void repair_text(std::string& bytes, const std::string& where, std::size_t base,
                 const DiagnosticSink& sink) {
  text::Utf8Report report = text::repair_utf8(bytes);
  if (report.replaced == 0) return;
  std::size_t offset = base + report.first_offset.value_or(0);
  sink({Severity::warning, where + ": invalid UTF-8 at byte " + std::to_string(offset) + " (" +
                               std::to_string(report.replaced) +
                               (report.replaced == 1 ? " sequence" : " sequences") +
                               " replaced with U+FFFD)"});
}

std::optional<std::string> decode_text_file(std::string bytes, const std::string& name,
                                            const DiagnosticSink& sink) {
  if (auto nul = find_nul(bytes)) {
    sink({Severity::error, name + ": binary file (NUL byte at offset " + std::to_string(*nul) + ")"});
    return std::nullopt;
  }
  std::size_t base = strip_bom(bytes);
  repair_text(bytes, name, base, sink);
  return bytes;
}

}  // namespace factsheet::read
