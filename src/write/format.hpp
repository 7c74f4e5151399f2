// Output formats, chosen by the extension of the output path.
#pragma once
#include <optional>
#include <string_view>

namespace factsheet::write {

enum class OutputFormat { jsonl, csv, xlsx, html };

// ".jsonl" -> jsonl, ".csv" -> csv, ".xlsx" -> xlsx, ".html" and ".htm" -> html
// (case-insensitive); nullopt otherwise.
std::optional<OutputFormat> format_for_path(std::string_view path);
// The audit's report formats: ".txt" text, ".json" one JSON document, ".xlsx" a fact
// sheet with its Audit sheet, ".html"/".htm" an HTML report (case-insensitive).
enum class ReportFormat { text, json, xlsx, html };
std::optional<ReportFormat> report_format_for_path(std::string_view path);

// The extension of the last path component including the dot ("" when there is none).
std::string_view path_extension(std::string_view path);

}  // namespace factsheet::write
