// The progress line of a long run: "12.3 of 100.0 MB (12%), 24.1 MB/s, 51234 claims" on
// standard error, redrawn in place a few times a second. Shown only when standard error
// is a terminal and the run has taken more than a second; --quiet turns it off. Also a
// ReadObserver, counting the input bytes as they are read (and passing them on).
#pragma once
#include <chrono>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "read/input_file.hpp"

namespace factsheet::cli {

class Progress : public read::ReadObserver {
 public:
  // `next` (may be null) sees every event too. `enabled`: whether a line may be shown
  // at all (false for --quiet, or when standard error is not a terminal).
  Progress(bool enabled, read::ReadObserver* next);
  ~Progress() override;
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // The bytes of all inputs, when known (not for standard input), for "of N MB".
  void set_total(std::optional<std::size_t> bytes) { total_ = bytes; }
  // Redraws the line if it is due; `claims` written so far.
  void update(std::size_t claims);
  // Clears the line (before other messages, and at the end of the run).
  void finish();

  void opened(const std::string& path) override;
  void failed(const std::string& path, const std::string& reason) override;
  void bytes(std::string_view chunk) override;
  void closed(bool complete) override;

 private:
  bool enabled_;
  read::ReadObserver* next_;
  std::optional<std::size_t> total_;
  std::size_t done_ = 0;
  std::chrono::steady_clock::time_point start_, last_;
  bool shown_ = false;
  std::size_t width_ = 0;  // of the line last drawn, to blank it out
};

// Whether standard error is a terminal.
bool stderr_is_terminal();

// The bytes of the document files `inputs` name (directories walked), or nullopt when
// one is standard input.
std::optional<std::size_t> input_bytes(const std::vector<std::string>& inputs);

}  // namespace factsheet::cli
