#include "cli/free_memory.hpp"

#ifdef FACTSHEET_JEMALLOC
#include <jemalloc/jemalloc.h>

#include <string>
#endif

namespace factsheet::cli {

void release_free_memory() {
#ifdef FACTSHEET_JEMALLOC
  // Every arena's unused dirty pages; failure only leaves them to jemalloc's own decay.
  static const std::string purge = "arena." + std::to_string(MALLCTL_ARENAS_ALL) + ".purge";
  mallctl(purge.c_str(), nullptr, nullptr, nullptr, 0);
#endif
}

}  // namespace factsheet::cli
