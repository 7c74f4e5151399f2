#include "cli/input_manifest.hpp"

namespace factsheet::cli {

void InputManifest::opened(const std::string& path) {
  files_->push_back({path, std::nullopt, "", ""});
  hash_.emplace();
  size_ = 0;
}

void InputManifest::failed(const std::string& path, const std::string& reason) {
  files_->push_back({path, std::nullopt, "", "not read: " + reason});
}

void InputManifest::bytes(std::string_view chunk) {
  if (!hash_) return;
  hash_->update(chunk);
  size_ += chunk.size();
}

void InputManifest::closed(bool complete) {
  if (!hash_ || files_->empty()) return;
  write::InputFileInfo& info = files_->back();
  if (complete) {
    info.size = size_;
    info.sha256 = hash_->hex_digest();
  } else {
    info.note = "not checksummed: not read to the end (see the messages of the run)";
  }
  hash_.reset();
}

}  // namespace factsheet::cli
