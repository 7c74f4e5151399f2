#include "read/jsonl_record.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include "read/encoding.hpp"
#include "read/json_error.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

using nlohmann::json;

// The problems of a record, worded once for both parsers below.
constexpr const char* kNotObject = "expected a JSON object";
constexpr const char* kBadId = "\"id\" must be a string or a number";
constexpr const char* kNoText = "missing \"text\"";
std::string not_a_string(const char* key) { return std::string("\"") + key + "\" must be a string"; }

// The optional string field `key`; false (after `problem` is set) for another type.
bool optional_string(const json& obj, const char* key, std::string& out, std::string& problem) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    problem = not_a_string(key);
    return false;
  }
  out = it->get<std::string>();
  return true;
}

// The document's fields from the record; the problem with them, or "" when they are fine.
std::string read_fields(const json& obj, const std::string& where, Document& doc) {
  auto id = obj.find("id");
  // An empty id would leave the claims without a document to name.
  if (id == obj.end() || id->is_null() || (id->is_string() && id->get_ref<const std::string&>().empty()))
    doc.id = where;
  else if (id->is_string())
    doc.id = id->get<std::string>();
  else if (id->is_number())  // as written: 7 -> "7", 2.5 -> "2.5"
    doc.id = id->dump();
  else
    return kBadId;

  auto text = obj.find("text");
  if (text == obj.end()) return kNoText;
  if (!text->is_string()) return not_a_string("text");
  doc.text = text->get<std::string>();

  std::string problem;
  if (!optional_string(obj, "title", doc.title, problem) ||
      !optional_string(obj, "source", doc.source, problem) ||
      !optional_string(obj, "date", doc.date, problem))
    return problem;
  return {};
}

// The fast path: simdjson's DOM parser validates the whole line (UTF-8 included) several
// times faster than nlohmann, which stays the general path and the one that words errors.
enum class Fast { document, problem, general };
// Lines longer than this take the general path, so the kept parser's buffers stay small.
constexpr std::size_t kFastLineLimit = std::size_t{1} << 20;

// The optional string field `value` (absent or null: nothing); false (after `problem` is
// set) for another type.
bool fast_optional_string(const simdjson::dom::element* value, const char* key, std::string& out,
                          std::string& problem) {
  if (!value || value->is_null()) return true;
  std::string_view s;
  if (value->get_string().get(s)) {
    problem = not_a_string(key);
    return false;
  }
  out.assign(s);
  return true;
}

// read_fields() on simdjson's tree: the same fields, problems and order of checks. Any
// error of the parser, and an id written as a number (which nlohmann writes back in its own
// way), go the general path.
Fast read_fast(std::string& line, const std::string& where, Document& doc, std::string& problem) {
  if (line.size() > kFastLineLimit) return Fast::general;
  thread_local simdjson::dom::parser parser(kFastLineLimit);
  const std::size_t size = line.size();
  line.append(simdjson::SIMDJSON_PADDING, ' ');  // the parser reads past the end
  simdjson::dom::element root;
  auto error = parser.parse(line.data(), size, false).get(root);
  line.resize(size);  // the tree keeps copies of its strings
  if (error) return Fast::general;
  simdjson::dom::object obj;
  if (root.get_object().get(obj)) {
    problem = kNotObject;
    return Fast::problem;
  }
  // A repeated key: the last one counts, as in nlohmann's object.
  std::optional<simdjson::dom::element> id, text, title, source, date;
  for (simdjson::dom::key_value_pair field : obj) {
    if (field.key == "id") id = field.value;
    else if (field.key == "text") text = field.value;
    else if (field.key == "title") title = field.value;
    else if (field.key == "source") source = field.value;
    else if (field.key == "date") date = field.value;
  }
  std::string_view s;
  if (!id || id->is_null()) {
    doc.id = where;
  } else if (!id->get_string().get(s)) {
    doc.id = s.empty() ? where : std::string(s);
  } else if (id->is_number()) {
    return Fast::general;
  } else {
    problem = kBadId;
    return Fast::problem;
  }
  if (!text) {
    problem = kNoText;
    return Fast::problem;
  }
  if (text->get_string().get(s)) {
    problem = not_a_string("text");
    return Fast::problem;
  }
  doc.text.assign(s);
  if (!fast_optional_string(title ? &*title : nullptr, "title", doc.title, problem) ||
      !fast_optional_string(source ? &*source : nullptr, "source", doc.source, problem) ||
      !fast_optional_string(date ? &*date : nullptr, "date", doc.date, problem))
    return Fast::problem;
  return Fast::document;
}

}  // namespace

namespace {

std::optional<Document> parse_record(std::string line, const std::string& file, int line_no, std::size_t offset,
                                     const DiagnosticSink& sink, const std::string& encoding, bool fast) {
  std::string where = file + ":" + std::to_string(line_no);
  auto error = [&](const std::string& problem) {
    sink({Severity::error, where + ": " + problem});
    return std::nullopt;
  };
  // nlohmann rejects invalid UTF-8 inside strings, so decode or repair before parsing.
  if (!encoding.empty() && !is_utf8_name(encoding))
    line = decode_from(line, encoding, where, offset, sink);
  else
    repair_text(line, where, offset, sink);
  if (fast) {
    Document doc;
    std::string problem;
    switch (read_fast(line, where, doc, problem)) {
      case Fast::document: return doc;
      case Fast::problem: return error(problem);
      case Fast::general: break;
    }
  }
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::exception& e) {  // a syntax error, or a number out of range ("1e400")
    return error(describe_json_error(e));
  }
  if (!obj.is_object()) return error(kNotObject);

  Document doc;
  std::string problem;
  try {
    problem = read_fields(obj, where, doc);
  } catch (const json::exception& e) {
    problem = describe_json_error(e);
  }
  if (!problem.empty()) return error(problem);
  return doc;
}

}  // namespace

std::optional<Document> parse_jsonl_record(std::string line, const std::string& file, int line_no,
                                           std::size_t offset, const DiagnosticSink& sink,
                                           const std::string& encoding) {
  return parse_record(std::move(line), file, line_no, offset, sink, encoding, true);
}

std::optional<Document> parse_jsonl_record_general(std::string line, const std::string& file, int line_no,
                                                   std::size_t offset, const DiagnosticSink& sink,
                                                   const std::string& encoding) {
  return parse_record(std::move(line), file, line_no, offset, sink, encoding, false);
}

}  // namespace factsheet::read
