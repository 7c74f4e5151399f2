#include "read/jsonl_record.hpp"

#include <nlohmann/json.hpp>

#include "read/encoding.hpp"
#include "read/json_error.hpp"
#include "read/text_decode.hpp"

namespace factsheet::read {
namespace {

using nlohmann::json;

// The optional string field `key`; false (after `problem` is set) for another type.
bool optional_string(const json& obj, const char* key, std::string& out, std::string& problem) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return true;
  if (!it->is_string()) {
    problem = std::string("\"") + key + "\" must be a string";
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
    return "\"id\" must be a string or a number";

  auto text = obj.find("text");
  if (text == obj.end()) return "missing \"text\"";
  if (!text->is_string()) return "\"text\" must be a string";
  doc.text = text->get<std::string>();

  std::string problem;
  if (!optional_string(obj, "title", doc.title, problem) ||
      !optional_string(obj, "source", doc.source, problem) ||
      !optional_string(obj, "date", doc.date, problem))
    return problem;
  return {};
}

}  // namespace

std::optional<Document> parse_jsonl_record(std::string line, const std::string& file, int line_no,
                                           std::size_t offset, const DiagnosticSink& sink,
                                           const std::string& encoding) {
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
  json obj;
  try {
    obj = json::parse(line);
  } catch (const json::exception& e) {  // a syntax error, or a number out of range ("1e400")
    return error(describe_json_error(e));
  }
  if (!obj.is_object()) return error("expected a JSON object");

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

}  // namespace factsheet::read
