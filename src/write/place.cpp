#include "write/place.hpp"

namespace factsheet::write {
namespace {

std::string_view file_name(std::string_view path) {
  while (path.size() > 1 && path.back() == '/') path.remove_suffix(1);
  std::size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

DocNames::DocNames(std::vector<std::string> roots) : roots_(std::move(roots)) {}

std::string DocNames::name(std::string_view doc) const {
  for (const std::string& root : roots_) {
    if (root == "-") continue;
    if (doc == root) return std::string(file_name(doc));
    std::string_view r(root);
    while (r.size() > 1 && r.back() == '/') r.remove_suffix(1);
    if (doc.size() > r.size() + 1 && doc.substr(0, r.size()) == r && doc[r.size()] == '/')
      return std::string(doc.substr(r.size() + 1));
  }
  return std::string(doc);
}

std::string place_text(std::string_view name, std::optional<int> article, std::uint32_t line, std::uint32_t column) {
  std::string out(name);
  if (article) {
    out += " #";
    out += std::to_string(*article);
  }
  if (line > 0) {
    out += ' ';
    out += std::to_string(line);
    out += ':';
    out += std::to_string(column);
  }
  return out;
}

}  // namespace factsheet::write
