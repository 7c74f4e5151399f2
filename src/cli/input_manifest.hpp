// The input files of a run with their size and SHA-256, for the About sheet of an
// xlsx fact sheet. The checksums are taken while the reader reads the inputs, so
// every input is read exactly once (a pipe or FIFO could not be read again), and
// the list is in the order the inputs were read: directories as the reader walks them.
#pragma once
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "read/input_file.hpp"
#include "write/sha256.hpp"
#include "write/xlsx_options.hpp"

namespace factsheet::cli {

class InputManifest final : public read::ReadObserver {
 public:
  InputManifest() : files_(std::make_shared<std::vector<write::InputFileInfo>>()) {}

  void opened(const std::string& path) override;
  void failed(const std::string& path, const std::string& reason) override;
  void bytes(std::string_view chunk) override;
  void closed(bool complete) override;

  // The list so far; complete once every input has been read.
  std::shared_ptr<const std::vector<write::InputFileInfo>> files() const { return files_; }

 private:
  std::shared_ptr<std::vector<write::InputFileInfo>> files_;
  std::optional<write::Sha256> hash_;  // of the input being read
  std::uint64_t size_ = 0;
};

}  // namespace factsheet::cli
