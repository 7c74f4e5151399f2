// A new, empty temporary file of our own, made with mkostemp (O_CLOEXEC): named, for a file
// that is renamed or cleaned up by name, or unlinked at once, for scratch space that must
// go with the process whatever happens.
#pragma once
#include <string>
#include <string_view>

namespace factsheet::io {

struct TempFile {
  int fd = -1;       // open for reading and writing; -1 when it could not be made
  std::string path;  // "<dir>/<stem>XXXXXX" filled in
  std::string dir;   // the directory used, for messages
  int error = 0;     // errno when fd is -1
};

// In `dir`; empty: the system's temporary directory (TMPDIR, else /tmp).
TempFile make_temp_file(const std::string& dir, std::string_view stem);

// The same, unlinked as soon as it is made: only `fd` (and `dir`) can be used. Its `path`
// is the name it had, for messages.
TempFile make_unlinked_temp_file(const std::string& dir, std::string_view stem);

}  // namespace factsheet::io
