#include "read/input_format.hpp"

#include <array>
#include <string>
#include <utility>

#include "text/chars.hpp"

namespace factsheet::read {
namespace {

std::string lower_extension(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return {};  // ".profile" has no extension
  std::string ext(name.substr(dot));
  for (char& c : ext)
    c = text::to_lower(c);
  return ext;
}

}  // namespace

std::optional<InputFormat> format_for_extension(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, InputFormat>, 8> kExtensions = {{
      {".txt", InputFormat::text},
      {".text", InputFormat::text},
      {".md", InputFormat::text},
      {".jsonl", InputFormat::jsonl},
      {".html", InputFormat::html},
      {".htm", InputFormat::html},
      {".xhtml", InputFormat::html},
      {".pdf", InputFormat::pdf},
  }};
  std::string ext = lower_extension(path);
  for (const auto& [name, format] : kExtensions)
    if (name == ext) return format;
  return std::nullopt;
}

InputFormat resolve_format(InputFormat option, std::string_view path) {
  if (option != InputFormat::auto_detect) return option;
  if (path == "-") return InputFormat::text;
  return format_for_extension(path).value_or(InputFormat::text);
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  if (name == "auto") return InputFormat::auto_detect;
  if (name == "text") return InputFormat::text;
  if (name == "jsonl") return InputFormat::jsonl;
  if (name == "html") return InputFormat::html;
  if (name == "pdf") return InputFormat::pdf;
  return std::nullopt;
}

}  // namespace factsheet::read
