#include "cli/progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "read/file_walk.hpp"

namespace factsheet::cli {
namespace {

constexpr auto kFirstAfter = std::chrono::seconds(1);
constexpr auto kEvery = std::chrono::milliseconds(250);

std::string megabytes(std::size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f", static_cast<double>(bytes) / 1e6);
  return buf;
}

}  // namespace

bool stderr_is_terminal() { return ::isatty(STDERR_FILENO) == 1; }

std::optional<std::size_t> input_bytes(const std::vector<std::string>& inputs) {
  std::size_t total = 0;
  auto add = [&](const std::string& path) {
    std::error_code ec;
    auto size = std::filesystem::file_size(path, ec);
    if (!ec) total += static_cast<std::size_t>(size);
  };
  for (const std::string& input : inputs) {
    if (input == "-") return std::nullopt;
    std::error_code ec;
    if (std::filesystem::is_directory(input, ec)) {
      for (const std::string& file : read::list_document_files(input, [](const read::Diagnostic&) {})) add(file);
    } else {
      add(input);
    }
  }
  return total;
}

Progress::Progress(bool enabled, read::ReadObserver* next)
    : enabled_(enabled), next_(next), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::size_t claims) {
  if (!enabled_) return;
  auto now = std::chrono::steady_clock::now();
  if (now - start_ < kFirstAfter || (shown_ && now - last_ < kEvery)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  std::string line = megabytes(done_);
  if (total_ && *total_ > 0) {
    line += " of " + megabytes(*total_) + " MB (" +
            std::to_string(static_cast<int>(100.0 * static_cast<double>(std::min(done_, *total_)) /
                                            static_cast<double>(*total_))) +
            "%)";
  } else {
    line += " MB";
  }
  line += ", " + megabytes(static_cast<std::size_t>(static_cast<double>(done_) / seconds)) + " MB/s, " +
          std::to_string(claims) + " claims";
  std::string out(1, '\r');
  out += line;
  if (line.size() < width_) out.append(width_ - line.size(), ' ');
  width_ = line.size();
  std::fputs(out.c_str(), stderr);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (!shown_) return;
  std::string out(width_ + 2, ' ');
  out.front() = '\r';
  out.back() = '\r';
  std::fputs(out.c_str(), stderr);
  std::fflush(stderr);
  shown_ = false;
  width_ = 0;
}

void Progress::opened(const std::string& path) {
  if (next_) next_->opened(path);
}

void Progress::failed(const std::string& path, const std::string& reason) {
  if (next_) next_->failed(path, reason);
}

void Progress::bytes(std::string_view chunk) {
  done_ += chunk.size();
  if (next_) next_->bytes(chunk);
}

void Progress::closed(bool complete) {
  if (next_) next_->closed(complete);
}

}  // namespace factsheet::cli
