#include "eval/answer_key_loader.hpp"

#include <fstream>
#include <nlohmann/json.hpp>

#include "eval/text_lines.hpp"

namespace factsheet::eval {
namespace {

using nlohmann::json;

class RecordReader {
 public:
  RecordReader(const json& j, std::string where) : j_(j), where_(std::move(where)) {}

  [[noreturn]] void fail(const std::string& what) const { throw GoldError(where_ + ": " + what); }

  const json& field(const char* key) const {
    auto it = j_.find(key);
    if (it == j_.end()) fail(std::string("missing field \"") + key + "\"");
    return *it;
  }
  std::size_t positive(const char* key) const {
    const json& v = field(key);
    if (!v.is_number_integer() || v.get<long long>() < 1)
      fail(std::string("\"") + key + "\" must be a positive integer");
    return static_cast<std::size_t>(v.get<long long>());
  }
  std::string string(const char* key) const {
    const json& v = field(key);
    if (!v.is_string()) fail(std::string("\"") + key + "\" must be a string");
    return v.get<std::string>();
  }
  std::optional<std::string> nullable_string(const char* key) const {
    const json& v = field(key);
    if (v.is_null()) return std::nullopt;
    if (!v.is_string()) fail(std::string("\"") + key + "\" must be a string or null");
    return v.get<std::string>();
  }
  Value value(const char* key) const {
    const json& v = field(key);
    if (v.is_null()) return std::monostate{};
    if (v.is_number()) return v.get<double>();
    if (v.is_string()) return v.get<std::string>();
    fail(std::string("\"") + key + "\" must be a number, a string or null");
  }
  double number(const char* key) const {
    const json& v = field(key);
    if (!v.is_number()) fail(std::string("\"") + key + "\" must be a number");
    return v.get<double>();
  }
  bool has(const char* key) const { return j_.contains(key); }

 private:
  const json& j_;
  std::string where_;
};

GoldItem parse_record(const std::string& line, const std::string& where) {
  json j;
  try {
    j = json::parse(line);
  } catch (const json::parse_error& e) {
    throw GoldError(where + ": not valid JSON: " + e.what());
  } catch (const json::out_of_range&) {  // a number beyond double's range: 1e999
    throw GoldError(where + ": not valid JSON: a number out of range");
  }
  if (!j.is_object()) throw GoldError(where + ": not a JSON object");
  RecordReader r(j, where);
  GoldItem g;
  g.line = r.positive("line");
  g.text = r.string("text");
  if (g.text.empty()) r.fail("\"text\" is empty");
  g.occurrence = r.positive("occurrence");
  std::string kind = r.string("kind");
  auto k = parse_kind(kind);
  if (!k) r.fail("unknown kind \"" + kind + "\"");
  g.kind = *k;
  g.value = r.value("value");
  if (r.has("low") != r.has("high")) r.fail("\"low\" and \"high\" must come together");
  if (r.has("low")) {
    g.low = r.value("low");
    g.high = r.value("high");
    if (!g.is_range()) r.fail("\"low\" must not be null in a range");
  }
  if (r.has("part") != r.has("whole")) r.fail("\"part\" and \"whole\" must come together");
  if (r.has("part")) {
    g.part = r.number("part");
    g.whole = r.number("whole");
  }
  g.unit = r.nullable_string("unit");
  std::string q = r.string("qualifier");
  auto qualifier = parse_qualifier(q);
  if (!qualifier) r.fail("unknown qualifier \"" + q + "\"");
  g.qualifier = *qualifier;
  g.subject = r.nullable_string("subject");
  const json& opt = r.field("optional");
  if (!opt.is_boolean()) r.fail("\"optional\" must be true or false");
  g.optional = opt.get<bool>();
  return g;
}

}  // namespace

std::vector<GoldItem> load_answer_key(std::istream& in, const std::string& origin) {
  std::vector<GoldItem> items;
  std::string line;
  std::size_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    GoldItem g = parse_record(line, origin + ":" + std::to_string(n));
    g.record = n;
    items.push_back(std::move(g));
  }
  if (in.bad()) throw GoldError(origin + ": read error");
  return items;
}

std::vector<GoldItem> load_answer_key_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw GoldError(path + ": cannot open");
  return load_answer_key(in, path);
}

void locate_gold(std::string_view text, std::vector<GoldItem>& items, const std::string& origin) {
  TextLines lines(text);
  for (GoldItem& g : items) {
    std::string where = origin + ":" + std::to_string(g.record) + ": ";
    if (g.line > lines.count())
      throw GoldError(where + "line " + std::to_string(g.line) + " is past the end of the text (" +
                      std::to_string(lines.count()) + " lines)");
    std::string_view line = lines.line(g.line);
    std::size_t pos = std::string_view::npos;
    for (std::size_t i = 0; i < g.occurrence; ++i) {
      pos = line.find(g.text, pos == std::string_view::npos ? 0 : pos + 1);
      if (pos == std::string_view::npos) break;
    }
    if (pos == std::string_view::npos)
      throw GoldError(where + "\"" + g.text + "\" (occurrence " + std::to_string(g.occurrence) +
                      ") not found on line " + std::to_string(g.line));
    g.start = lines.start(g.line) + pos;
    g.end = g.start + g.text.size();
  }
}

}  // namespace factsheet::eval
