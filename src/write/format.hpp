// Output formats, chosen by the extension of the output path.
#pragma once
#include <optional>
#include <string_view>

namespace factsheet::write {

enum class OutputFormat { jsonl, csv, xlsx, html };

// ".jsonl" -> jsonl, ".csv" -> csv, ".xlsx" -> xlsx, ".html" and ".htm" -> html
// (case-insensitive); nullopt otherwise.
std::optional<OutputFormat> format_for_path(std::string_view path);
// The extension of the last path component including the dot ("" when there is none).
std::string_view path_extension(std::string_view path);

}  // namespace factsheet::write
