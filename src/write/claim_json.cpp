#include "write/claim_json.hpp"

#include "write/json_text.hpp"

namespace factsheet::write {

void append_claim_json(std::string& out, const Claim& c) {
  char open = '{';
  for (const ClaimField& field : kClaimFieldTable) {
    out += open;
    open = ',';
    out += '"';
    out += field.name;  // plain ASCII names: nothing to escape
    out += "\":";
    FieldValue v = field.get(c);
    if (const auto* s = std::get_if<std::string_view>(&v))
      append_json_string(out, *s);
    else if (const auto* d = std::get_if<double>(&v))
      append_json_number(out, *d);
    else if (const auto* i = std::get_if<std::int64_t>(&v))
      out += std::to_string(*i);
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
