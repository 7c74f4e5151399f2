// Input formats and how a file's extension picks one.
#pragma once
#include <optional>
#include <string_view>

namespace factsheet::read {

enum class InputFormat { auto_detect, text, jsonl, html, pdf };

// The format the extension of `path` names (any case): .txt .text .md -> text,
// .jsonl -> jsonl, .html .htm .xhtml -> html, .pdf -> pdf; nullopt for any other.
std::optional<InputFormat> format_for_extension(std::string_view path);

// The format to read `path` in: `option` unless it is auto_detect; then standard
// input ("-") is text and a file is read by its extension (text when unknown).
InputFormat resolve_format(InputFormat option, std::string_view path);

// The format an --input-format value names: auto, text, jsonl, html or pdf.
std::optional<InputFormat> parse_input_format(std::string_view name);

}  // namespace factsheet::read
