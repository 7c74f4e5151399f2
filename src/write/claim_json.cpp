#include "write/claim_json.hpp"

#include <array>
#include <charconv>
#include <cstdint>

#include "write/json_text.hpp"

namespace factsheet::write {

namespace {

// Each field's key with what comes before it, '{"doc":' or ',"kind":', written in one append.
const std::array<std::string, kClaimFieldCount>& json_keys() {
  static const std::array<std::string, kClaimFieldCount> keys = [] {
    std::array<std::string, kClaimFieldCount> k;
    for (std::size_t i = 0; i < kClaimFieldCount; ++i)  // plain ASCII names: nothing to escape
      k[i] = std::string(i == 0 ? "{\"" : ",\"") + std::string(kClaimFieldTable[i].name) + "\":";
    return k;
  }();
  return keys;
}

void append_integer(std::string& out, std::int64_t n) {
  char buf[24];  // the longest int64 with its sign
  auto r = std::to_chars(buf, buf + sizeof buf, n);
  out.append(buf, static_cast<std::size_t>(r.ptr - buf));
}

}  // namespace

void append_claim_json(std::string& out, const Claim& c) {
  const std::array<std::string, kClaimFieldCount>& keys = json_keys();
  for (std::size_t i = 0; i < kClaimFieldCount; ++i) {
    out += keys[i];
    FieldValue v = kClaimFieldTable[i].get(c);
    if (const auto* s = std::get_if<std::string_view>(&v))
      append_json_string(out, *s);
    else if (const auto* d = std::get_if<double>(&v))
      append_json_number(out, *d);
    else if (const auto* n = std::get_if<std::int64_t>(&v))
      append_integer(out, *n);
    else
      out += "null";
  }
  out += '}';
}

std::string claim_to_json(const Claim& claim) {
  std::string out;
  append_claim_json(out, claim);
  return out;
}

}  // namespace factsheet::write
