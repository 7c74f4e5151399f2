// Byte sinks for the claim writers: standard output, an atomically replaced file,
// or a string (tests, embedding). Failures throw OutputError("PATH: <OS message>").
#pragma once
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "io/spill_log.hpp"

namespace factsheet::write {

struct OutputError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Output {
 public:
  virtual ~Output() = default;
  virtual void write(std::string_view bytes) = 0;
  // Pushes buffered bytes to their destination.
  virtual void flush() {}
  // A file that a writer able to write only by path (xlsx) may fill instead of
  // calling write(): the temporary file of an AtomicFileOutput. Empty for sinks that
  // have none.
  virtual std::string direct_path() const { return {}; }
};

class StringOutput final : public Output {
 public:
  void write(std::string_view bytes) override { data_ += bytes; }
  const std::string& data() const { return data_; }

 private:
  std::string data_;
};

// Buffered writes to an already open file descriptor (not closed here). Call
// flush() when done: bytes still buffered at destruction are dropped.
class FdOutput : public Output {
 public:
  FdOutput(int fd, std::string label) : fd_(fd), label_(std::move(label)) {}
  ~FdOutput() override = default;
  void write(std::string_view bytes) override;
  void flush() override;
  const std::string& label() const { return label_; }

 protected:
  // Called after each `bytes` went out to fd_ in one piece.
  virtual void wrote(std::size_t bytes) { (void)bytes; }

  int fd_;
  std::string label_;  // names the destination in error messages

 private:
  void write_out(std::string_view bytes);
  std::string buffer_;
};

// Standard output; errors read "error writing to standard output: REASON".
class StdoutOutput final : public FdOutput {
 public:
  StdoutOutput();
};

// Writes PATH all at once or not at all: bytes go to a temporary file in PATH's
// directory, and commit() syncs it and renames it over PATH. Until commit()
// succeeds PATH is untouched; abort(), a failed commit() and the destructor
// remove the temporary file, and so does a terminating signal once
// install_temp_file_cleanup() ran (write/temp_cleanup.hpp). A symlink at PATH is
// replaced, not followed.
// The new file gets the mode of the file it replaces, else 0666 minus the umask.
class AtomicFileOutput final : public FdOutput {
 public:
  explicit AtomicFileOutput(std::string path);
  ~AtomicFileOutput() override;
  AtomicFileOutput(const AtomicFileOutput&) = delete;
  AtomicFileOutput& operator=(const AtomicFileOutput&) = delete;

  void commit();
  void abort() noexcept;
  const std::string& temp_path() const { return temp_; }
  std::string direct_path() const override { return temp_; }

 private:
  // Starts the disk writes of what was written so far every few megabytes, so that they
  // run while the rest is made and commit()'s sync waits for the last few only.
  void wrote(std::size_t bytes) override;
  std::size_t written_ = 0, started_ = 0;  // bytes written to the file; of them, sent to disk

  std::string path_;
  std::string temp_;  // empty once committed or removed
  int cleanup_slot_ = -1;  // temp_'s slot in write/temp_cleanup.hpp
};

// The directory of the file `out` fills (its temporary file's), for other temporary files
// to go beside it; empty when it fills none (standard output, a string).
std::string directory_of(const Output& out);

// How errors name `out`: a file's path (FdOutput's label), else `fallback`.
std::string output_label(const Output& out, std::string fallback);

// Runs `work`; a temporary file of the run that fails (io::SpillError: the audit's
// figures, say) becomes an OutputError naming `out`.
template <class Work>
decltype(auto) naming_output(const Output& out, std::string fallback, Work&& work) {
  try {
    return std::forward<Work>(work)();
  } catch (const io::SpillError& e) {
    throw OutputError(output_label(out, std::move(fallback)) + ": " + e.what());
  }
}

}  // namespace factsheet::write
