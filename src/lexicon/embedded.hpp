// The grammars/*.tsv files compiled into the binary (generated at build time).
#pragma once
#include <span>
#include <string_view>

namespace factsheet::embedded {

struct File {
  std::string_view name;     // e.g. "units.tsv"
  std::string_view content;
};

std::span<const File> files();

}  // namespace factsheet::embedded
