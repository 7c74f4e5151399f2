#include "read/decoded_copy.hpp"

#include <cstring>
#include <optional>

#include "read/encoding.hpp"
#include "read/html_charset.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

constexpr std::size_t kBlock = std::size_t{1} << 20;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

}  // namespace

DecodedCopy decode_to_copy(InputFile& in, const TextPlan& plan, const std::string& name, const std::string& dir,
                           const DiagnosticSink& sink, std::size_t reserve) {
  DecodedCopy result;
  TempCopy copy(dir, reserve);
  if (!copy.ok()) {
    result.read_whole = true;
    result.warning = name + ": no temporary file to decode this long text into (" + copy.why() + "); read whole";
    return result;
  }
  if (plan.announce) sink({Severity::warning, read_as_warning(name, plan.encoding)});
  // windows-1252 by the WHATWG table, which (unlike iconv's) decodes every byte, as
  // decode_from does; any other encoding through iconv.
  const bool table = plan.encoding == "windows-1252";
  std::optional<Transcoder> iconv;
  if (!table) iconv.emplace(plan.encoding);
  std::string block(kBlock, '\0'), out, head;  // head: the text's first bytes, until a U+FEFF can be told
  std::size_t skip = plan.skip, written = 0;
  std::optional<std::size_t> nul;  // text offset of the first NUL: a binary file
  bool started = false, failed = false;
  for (bool last = false; !last;) {
    std::size_t n = in.read(block.data(), block.size());
    last = n == 0;
    std::string_view bytes(block.data(), n);
    std::size_t dropped = std::min(skip, bytes.size());
    bytes.remove_prefix(dropped);
    skip -= dropped;
    out.clear();
    if (table)
      out = windows_1252_to_utf8(bytes);
    else
      iconv->feed(bytes, last, out);
    std::string_view text = out;
    // iconv keeps a BOM of the encoding named (e.g. "utf-16le") as U+FEFF: dropped.
    if (!started && !table) {
      head += out;
      if (head.size() < kUtf8Bom.size() && !last) continue;
      if (head.starts_with(kUtf8Bom)) head.erase(0, kUtf8Bom.size());
      started = true;
      text = head;
    }
    if (!nul)
      if (const void* p = std::memchr(text.data(), '\0', text.size()))
        nul = written + static_cast<std::size_t>(static_cast<const char*>(p) - text.data());
    // After a NUL or a failed write, the rest is decoded for the warning's count only.
    if (!nul && !failed && !copy.write(text)) failed = true;
    written += text.size();
  }
  if (iconv && iconv->replaced() > 0)
    sink({Severity::warning, invalid_encoding_warning(name, plan.encoding,
                                                      plan.skip + iconv->first_offset().value_or(0),
                                                      iconv->replaced())});
  if (nul) {
    sink({Severity::error, binary_error(name, "binary file", *nul)});
    return result;
  }
  if (failed) {
    sink({Severity::error, name + ": could not decode this long text into a temporary file (" + copy.why() +
                               "); not read"});
    return result;
  }
  result.file = copy.release(name);
  return result;
}

}  // namespace factsheet::read
