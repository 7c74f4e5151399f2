// Temporary files that must not outlive the process, even when a signal ends it.
//
// An output is written to a hidden temporary file and renamed into place once complete
// (write/output.hpp). SIGTERM, SIGINT, SIGHUP, SIGPIPE, or SIGXFSZ and SIGXCPU (a file-size
// or CPU-time limit), would end the process before its destructors run and leave that file
// behind; the handlers installed here remove every
// registered file and then end the process by the same signal, with its default action,
// so the exit status still tells what happened. The handler is async-signal-safe: it
// only reads paths copied beforehand into static slots and calls unlink() and raise().
#pragma once
#include <string>

namespace factsheet::write {

// Installs the handlers; a signal that is ignored (nohup, or a background job of a
// shell without job control) stays ignored. Call once, early in main().
void install_temp_file_cleanup();

// Registers `path` to be removed by the handlers; returns the slot to unregister, or -1
// when the path does not fit or all slots are taken (the file is then only removed by
// its owner, as before).
int register_temp_file(const std::string& path) noexcept;
// The file was renamed into place or removed by its owner: forget it.
void unregister_temp_file(int slot) noexcept;

}  // namespace factsheet::write
