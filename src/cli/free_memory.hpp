// Hands the memory freed so far back to the system: the lexicon's load leaves tens of
// megabytes of temporaries that jemalloc would keep for seconds, in every run's peak.
#pragma once

namespace factsheet::cli {

void release_free_memory();

}  // namespace factsheet::cli
