#include "read/encoding.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <cerrno>
#include <memory>
#include <stdexcept>
#include <type_traits>

#include "text/chars.hpp"

namespace factsheet::read {
namespace {

using text::to_lower;

struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};
using Iconv = std::unique_ptr<void, IconvCloser>;

Iconv open_iconv(const std::string& to, const std::string& from) {
  iconv_t cd = iconv_open(to.c_str(), from.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return nullptr;
  return Iconv(cd);
}

struct UchardetCloser {
  void operator()(uchardet_t ud) const { uchardet_delete(ud); }
};

}  // namespace

bool encoding_known(const std::string& name) {
  // iconv also accepts "//TRANSLIT"-style suffixes and an empty name (the locale's):
  // neither names an encoding of a file.
  if (name.empty() || name.find('/') != std::string::npos) return false;
  return open_iconv("UTF-8", name) != nullptr;
}

bool is_utf8_name(std::string_view name) {
  std::string squeezed;
  for (char c : name)
    if (c != '-' && c != '_') squeezed += to_lower(c);
  return squeezed == "utf8";
}

bool ascii_compatible(const std::string& name) {
  Iconv cd = open_iconv(name, "UTF-8");
  if (!cd) return false;
  std::string in = "{\"a\": 1}\n", out(64, '\0');
  char* inp = in.data();
  char* outp = out.data();
  std::size_t inleft = in.size(), outleft = out.size();
  if (iconv(static_cast<iconv_t>(cd.get()), &inp, &inleft, &outp, &outleft) == static_cast<std::size_t>(-1))
    return false;
  out.resize(out.size() - outleft);
  return out == in;
}

Transcoded transcode_to_utf8(std::string_view bytes, const std::string& encoding) {
  Transcoder t(encoding);
  Transcoded result;
  t.feed(bytes, true, result.text);
  result.replaced = t.replaced();
  result.first_offset = t.first_offset();
  return result;
}

namespace {

// Bytes of the code unit of `encoding`: 2 for UTF-16 and UCS-2, 4 for UTF-32 and UCS-4,
// else 1. An undecodable unit is skipped whole, so that what follows stays aligned.
std::size_t unit_bytes(const std::string& encoding) {
  std::string name;
  for (char c : encoding)
    if (c != '-' && c != '_') name += to_lower(c);
  if (name.starts_with("utf16") || name.starts_with("ucs2") || name.starts_with("unicode")) return 2;
  if (name.starts_with("utf32") || name.starts_with("ucs4")) return 4;
  return 1;
}

}  // namespace

Transcoder::Transcoder(const std::string& encoding) : unit_(unit_bytes(encoding)) {
  Iconv handle = open_iconv("UTF-8", encoding);
  if (!handle) throw std::invalid_argument("unknown encoding: " + encoding);
  cd_ = handle.release();
}

Transcoder::~Transcoder() { iconv_close(static_cast<iconv_t>(cd_)); }

void Transcoder::feed(std::string_view bytes, bool last, std::string& out) {
  auto cd = static_cast<iconv_t>(cd_);
  std::string joined;
  if (!carry_.empty()) {
    joined = std::move(carry_);
    joined.append(bytes);
    bytes = joined;
  }
  carry_.clear();
  std::size_t used = out.size();
  out.resize(used + bytes.size() + bytes.size() / 2 + 16);
  char* inp = const_cast<char*>(bytes.data());  // iconv does not write through it
  std::size_t inleft = bytes.size();
  // `count`: the undecodable bytes (a unit), or 1 for a sequence the input's end cut short.
  auto replace = [&](std::size_t skip, std::size_t count) {
    if (!first_offset_) first_offset_ = base_ + static_cast<std::size_t>(inp - bytes.data());
    replaced_ += count;
    if (out.size() - used < 3) out.resize(out.size() * 2);
    out.replace(used, 3, "\xEF\xBF\xBD");
    used += 3;
    inp += skip;
    inleft -= skip;
  };
  // The final call (null input) flushes a stateful encoding's pending output.
  bool done = false;
  while (!done) {
    bool flushing = inleft == 0;
    if (flushing && !last) break;
    char* outp = out.data() + used;
    std::size_t outleft = out.size() - used;
    std::size_t r = flushing ? iconv(cd, nullptr, nullptr, &outp, &outleft)
                             : iconv(cd, &inp, &inleft, &outp, &outleft);
    used = out.size() - outleft;
    if (r != static_cast<std::size_t>(-1)) {
      done = flushing;
      continue;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
    } else if (errno == EILSEQ) {
      std::size_t unit = std::min(unit_, inleft);
      replace(unit, unit);
    } else if (errno == EINVAL) {  // an incomplete sequence ends the input
      if (!last) {
        carry_.assign(inp, inleft);
        break;
      }
      replace(inleft, 1);
    } else {  // iconv documents no other error: give up on the rest
      if (inleft > 0) replace(inleft, 1);
      done = true;
    }
  }
  base_ += bytes.size() - carry_.size();
  out.resize(used);
}

std::string guess_encoding(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, UchardetCloser> ud(uchardet_new());
  if (!ud) return {};
  if (uchardet_handle_data(ud.get(), bytes.data(), bytes.size()) != 0) return {};
  uchardet_data_end(ud.get());
  std::string name = uchardet_get_charset(ud.get());
  for (char& c : name) c = to_lower(c);
  return name;
}

}  // namespace factsheet::read
