#include "write/temp_cleanup.hpp"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

namespace factsheet::write {
namespace {

constexpr int kSlots = 16;  // outputs open at once: one per run, plus a copy-through file
enum SlotState : int { kFree = 0, kFilling = 1, kReady = 2 };

// Lock-free atomics are async-signal-safe; the paths are written before a slot is marked
// ready and never touched while it is.
std::atomic<int> g_state[kSlots];
char g_paths[kSlots][PATH_MAX];
static_assert(std::atomic<int>::is_always_lock_free);

// SIGXFSZ and SIGXCPU: a file-size or CPU-time limit (ulimit -f, -t) ends the run as surely.
constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGXFSZ, SIGXCPU};

extern "C" void remove_temp_files(int sig) {
  int saved = errno;
  for (int i = 0; i < kSlots; ++i)
    if (g_state[i].load(std::memory_order_acquire) == kReady) ::unlink(g_paths[i]);
  errno = saved;
  // SA_RESETHAND restored the default action; the signal is blocked until the handler
  // returns, and then ends the process as it would have without the handler.
  ::raise(sig);
}

}  // namespace

void install_temp_file_cleanup() {
  for (int sig : kSignals) {
    struct sigaction old = {};
    if (::sigaction(sig, nullptr, &old) != 0 || old.sa_handler == SIG_IGN) continue;
    struct sigaction sa = {};
    sa.sa_handler = remove_temp_files;
    sigemptyset(&sa.sa_mask);
    for (int other : kSignals) sigaddset(&sa.sa_mask, other);  // one cleanup at a time
    sa.sa_flags = SA_RESETHAND;
    ::sigaction(sig, &sa, nullptr);
  }
}

int register_temp_file(const std::string& path) noexcept {
  if (path.empty() || path.size() >= PATH_MAX) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = kFree;
    if (!g_state[i].compare_exchange_strong(expected, kFilling, std::memory_order_acq_rel)) continue;
    std::memcpy(g_paths[i], path.c_str(), path.size() + 1);
    g_state[i].store(kReady, std::memory_order_release);
    return i;
  }
  return -1;
}

void unregister_temp_file(int slot) noexcept {
  if (slot >= 0 && slot < kSlots) g_state[slot].store(kFree, std::memory_order_release);
}

}  // namespace factsheet::write
