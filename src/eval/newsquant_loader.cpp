#include "eval/newsquant_loader.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "text/chars.hpp"

namespace factsheet::eval {
namespace {

using nlohmann::json;

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// A finite number at s[i] (from_chars: optional '-', digits, '.', exponent); advances i.
std::optional<double> number_at(std::string_view s, std::size_t& i) {
  double v = 0;
  auto [end, ec] = std::from_chars(s.data() + i, s.data() + s.size(), v);
  if (ec != std::errc() || !std::isfinite(v)) return std::nullopt;
  i = static_cast<std::size_t>(end - s.data());
  return v;
}

std::string string_field(const json& q, const char* key, const std::string& where) {
  auto it = q.find(key);
  if (it == q.end()) throw NewsQuantError(where + ": missing \"" + key + "\"");
  if (!it->is_string()) throw NewsQuantError(where + ": \"" + key + "\" must be a string");
  return it->get<std::string>();
}

}  // namespace

std::optional<NqValue> parse_newsquant_value(std::string_view s) {
  std::size_t i = 0;
  skip_spaces(s, i);
  auto low = number_at(s, i);
  if (!low) return std::nullopt;
  skip_spaces(s, i);
  if (i == s.size()) return NqValue::single(*low);
  if (s[i] != '-') return std::nullopt;
  ++i;
  skip_spaces(s, i);
  auto high = number_at(s, i);
  if (!high) return std::nullopt;
  skip_spaces(s, i);
  if (i != s.size()) return std::nullopt;
  return NqValue::between(*low, *high);
}

std::vector<std::string> concept_words(std::string_view concepts) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty() && word != "-") words.push_back(word);
    word.clear();
  };
  for (char c : concepts) {
    if (c == ' ' || c == ',' || c == '\t' || c == '\n' || c == '\r') {
      flush();
    } else {
      word += text::to_lower(c);
    }
  }
  flush();
  return words;
}

namespace {

std::vector<NqSentence> read_sentences(const json& j, const std::string& origin) {
  if (!j.is_array()) throw NewsQuantError(origin + ": expected a JSON list of sentences");
  std::vector<NqSentence> sentences;
  for (std::size_t s = 0; s < j.size(); ++s) {
    const json& js = j[s];
    std::string where = origin + ": sentence " + std::to_string(s + 1);
    if (!js.is_object()) throw NewsQuantError(where + ": not an object");
    NqSentence sentence;
    sentence.text = string_field(js, "text", where);
    auto qs = js.find("quantities");
    if (qs == js.end() || !qs->is_array()) throw NewsQuantError(where + ": \"quantities\" must be a list");
    for (std::size_t k = 0; k < qs->size(); ++k) {
      const json& jq = (*qs)[k];
      std::string qwhere = where + ", quantity " + std::to_string(k + 1);
      if (!jq.is_object()) throw NewsQuantError(qwhere + ": not an object");
      NqQuantity q;
      auto v = jq.find("value");
      if (v == jq.end()) throw NewsQuantError(qwhere + ": missing \"value\"");
      std::optional<NqValue> value;
      if (v->is_number()) {
        value = NqValue::single(v->get<double>());
      } else if (v->is_string()) {
        value = parse_newsquant_value(v->get<std::string>());
      }
      if (!value) throw NewsQuantError(qwhere + ": bad value " + v->dump());
      q.value = *value;
      q.unit = string_field(jq, "unit", qwhere);
      q.normalized_unit = string_field(jq, "normalized_unit", qwhere);
      q.change = string_field(jq, "change", qwhere);
      q.referred_concepts = string_field(jq, "referred_concepts", qwhere);
      sentence.quantities.push_back(std::move(q));
    }
    sentences.push_back(std::move(sentence));
  }
  return sentences;
}

}  // namespace

std::vector<NqSentence> load_newsquant(std::istream& in, const std::string& origin) {
  json j;
  try {
    j = json::parse(in);
  } catch (const json::exception& e) {  // a syntax error, or a number out of range ("1e400")
    throw NewsQuantError(origin + ": not valid JSON: " + e.what());
  }
  try {
    return read_sentences(j, origin);
  } catch (const json::exception& e) {
    throw NewsQuantError(origin + ": " + e.what());
  }
}

std::vector<NqSentence> load_newsquant_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw NewsQuantError(path + ": cannot open");
  return load_newsquant(in, path);
}

}  // namespace factsheet::eval
