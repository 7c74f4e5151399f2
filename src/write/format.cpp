#include "write/format.hpp"

#include <algorithm>
#include <cctype>
#include <string>

namespace factsheet::write {

std::string_view path_extension(std::string_view path) {
  std::size_t slash = path.rfind('/');
  std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  std::size_t dot = name.rfind('.');
  // A leading dot names a hidden file, not an extension.
  if (dot == std::string_view::npos || dot == 0) return {};
  return name.substr(dot);
}

namespace {

std::string lower_extension(std::string_view path) {
  std::string ext(path_extension(path));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

}  // namespace

std::optional<ReportFormat> report_format_for_path(std::string_view path) {
  std::string ext = lower_extension(path);
  if (ext == ".txt") return ReportFormat::text;
  if (ext == ".json") return ReportFormat::json;
  if (ext == ".xlsx") return ReportFormat::xlsx;
  if (ext == ".html" || ext == ".htm") return ReportFormat::html;
  return std::nullopt;
}

std::optional<OutputFormat> format_for_path(std::string_view path) {
  std::string ext = lower_extension(path);
  if (ext == ".jsonl") return OutputFormat::jsonl;
  if (ext == ".csv") return OutputFormat::csv;
  if (ext == ".xlsx") return OutputFormat::xlsx;
  if (ext == ".html" || ext == ".htm") return OutputFormat::html;
  return std::nullopt;
}

}  // namespace factsheet::write
