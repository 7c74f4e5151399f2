// Directory inputs: every document file below a directory, recursively, sorted
// by path bytewise. Document files are those whose extension names an input format
// (read/input_format.hpp: .txt .text .md .jsonl .html .htm .xhtml .pdf, any case);
// other files are skipped silently. Symbolic links are followed, each directory is
// visited once (so link loops end), and only regular files are listed (a FIFO
// named .txt cannot block the run).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "read/diagnostic.hpp"

namespace factsheet::read {

bool is_document_file_name(std::string_view path);

// Paths are `dir` joined with the relative path ("news/2024/a.txt"). Unreadable
// directories and dangling links with a document extension are reported as errors.
std::vector<std::string> list_document_files(const std::string& dir, const DiagnosticSink& sink);

}  // namespace factsheet::read
