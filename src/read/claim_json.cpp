#include "read/claim_json.hpp"

#include <string>

#include "read/json_error.hpp"

namespace factsheet::read {
namespace {

using nlohmann::json;

[[noreturn]] void fail(const char* key, const char* must) {
  throw ClaimJsonError(std::string("\"") + key + "\" must be " + must);
}

// The field, or nullptr when it is missing or null.
const json* field(const json& obj, const char* key) {
  auto it = obj.find(key);
  return it == obj.end() || it->is_null() ? nullptr : &*it;
}

const json& required(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) throw ClaimJsonError(std::string("missing \"") + key + "\"");
  return *v;
}

std::string string_field(const json& v, const char* key) {
  if (!v.is_string()) fail(key, "a string");
  return v.get<std::string>();
}

std::size_t offset_field(const json& obj, const char* key) {
  const json& v = required(obj, key);
  if (!v.is_number_unsigned()) fail(key, "a non-negative integer");
  return v.get<std::size_t>();
}

std::optional<std::string> optional_string(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  return string_field(*v, key);
}

std::optional<double> optional_number(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  if (!v->is_number()) fail(key, "a number");
  return v->get<double>();
}

// A 1-based index (article, page, line, column): a positive integer.
std::optional<int> optional_index(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::nullopt;
  if (!v->is_number_integer() || v->get<long long>() < 1 || v->get<long long>() > 2147483647)
    fail(key, "a positive integer");
  return static_cast<int>(v->get<long long>());
}

Value value_field(const json& obj, const char* key) {
  const json* v = field(obj, key);
  if (!v) return std::monostate{};
  if (v->is_number()) return v->get<double>();
  if (v->is_string()) return v->get<std::string>();
  fail(key, "a number, a string or null");
}

Claim decode(const json& obj) {
  Claim c;
  c.doc = string_field(required(obj, "doc"), "doc");
  c.start = offset_field(obj, "start");
  c.end = offset_field(obj, "end");
  if (c.end < c.start) throw ClaimJsonError("\"end\" must not be less than \"start\"");
  c.line = optional_index(obj, "line");
  c.column = optional_index(obj, "column");
  c.text = string_field(required(obj, "text"), "text");
  if (auto s = optional_string(obj, "sentence")) c.sentence = std::move(*s);

  auto kind = parse_kind(string_field(required(obj, "kind"), "kind"));
  if (!kind) fail("kind", "a known kind");
  c.kind = *kind;

  c.value = value_field(obj, "value");
  c.low = value_field(obj, "low");
  c.high = value_field(obj, "high");
  c.part = optional_number(obj, "part");
  c.whole = optional_number(obj, "whole");
  c.unit = optional_string(obj, "unit");
  c.unit_name = optional_string(obj, "unit_name");
  c.value_in_si = optional_number(obj, "si_value");
  c.si_unit = optional_string(obj, "si_unit");

  if (auto q = optional_string(obj, "qualifier")) {
    auto parsed = parse_qualifier(*q);
    if (!parsed) fail("qualifier", "one of = ~ > >= < <= (or exact, about, more than, at least, less than, up to)");
    c.qualifier = *parsed;
  }
  if (auto ch = optional_string(obj, "change")) {
    auto parsed = parse_change(*ch);
    if (!parsed) fail("change", "\"up\", \"down\" or null");
    c.change = *parsed;
  }
  c.subject = optional_string(obj, "subject");
  c.time = optional_string(obj, "time");
  c.time_text = optional_string(obj, "time_text");
  c.attribution = optional_string(obj, "attribution");
  c.entity = optional_string(obj, "entity");
  c.measure = optional_string(obj, "measure");
  c.scope = optional_string(obj, "scope");
  c.period = optional_string(obj, "period");
  c.role = optional_string(obj, "role");
  c.article = optional_index(obj, "article");
  c.title = optional_string(obj, "title");
  c.source = optional_string(obj, "source");
  c.dateline = optional_string(obj, "dateline");
  c.date = optional_string(obj, "date");
  c.page = optional_index(obj, "page");
  return c;
}

}  // namespace

Claim claim_from_json(const json& obj) {
  if (!obj.is_object()) throw ClaimJsonError("a claim must be a JSON object");
  try {
    return decode(obj);
  } catch (const json::exception& e) {  // the checks above leave none, but never let one escape
    throw ClaimJsonError(describe_json_error(e));
  }
}

Claim parse_claim_json(std::string_view text) {
  json obj;
  try {
    obj = json::parse(text);
  } catch (const json::parse_error& e) {
    throw ClaimJsonError(std::string("invalid JSON at byte ") + std::to_string(e.byte));
  } catch (const json::exception& e) {  // a number out of range ("1e400")
    throw ClaimJsonError(describe_json_error(e));
  }
  return claim_from_json(obj);
}

}  // namespace factsheet::read
