// Linear time as a property: a stage runs on a generated input of size n and of size 4n,
// and the work must not grow more than kMaxGrowth times (linear work grows 4 times,
// quadratic 16). Work is the calling thread's CPU time, the least of a few runs, so that
// other processes on the machine do not count; no test compares against fixed seconds.
#pragma once
#include <malloc.h>
#include <time.h>

#include <algorithm>
#include <cstddef>
#include <functional>
#include <string>

namespace factsheet::linear {

inline constexpr double kMaxGrowth = 6.0;

// glibc serves blocks above 128 KB with mmap and returns them on free, so every run on the
// 4n input pays fresh page faults (kernel time, counted in the thread's CPU time) that the n
// input, served from the reused heap, does not: on a virtual machine that alone makes a
// linear stage look ten times slower. One heap for every size the family uses (glibc's
// largest threshold, 32 MiB) leaves the stage's own work to be compared.
inline const bool kHeapForEverySize = [] {
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  return true;
}();
inline constexpr int kTries = 3;

inline double thread_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// A measurement shorter than this is mostly timer and cache noise: the work is repeated
// until it takes this long, and the time of one run is the mean.
inline constexpr double kMinMeasuredSeconds = 0.02;

// The CPU time of one run of `work`: the mean over at least kMinMeasuredSeconds.
inline double cpu_seconds_per_run(const std::function<void()>& work) {
  int runs = 0;
  double t0 = thread_cpu_seconds(), elapsed = 0;
  do {
    work();
    ++runs;
    elapsed = thread_cpu_seconds() - t0;
  } while (elapsed < kMinMeasuredSeconds);
  return elapsed / runs;
}

// The least CPU time of one run of `work`, over kTries measurements.
inline double least_cpu_seconds(const std::function<void()>& work) {
  double best = 1e300;
  for (int i = 0; i < kTries; ++i) best = std::min(best, cpu_seconds_per_run(work));
  return best;
}

struct Growth {
  double small = 0, large = 0;
  double ratio() const { return large / std::max(small, 1e-4); }
  std::string describe() const {
    return "n: " + std::to_string(small) + " s, 4n: " + std::to_string(large) + " s, growth " + std::to_string(ratio());
  }
};

// `run(n)` does the work for size n (building its input outside the timed part is up to
// the caller: pass the input in through captured state).
// The two sizes are measured in turns, so that a slow spell of the machine (a neighbour on
// the host, the other core busy: the caches are shared) weighs on both alike instead of on
// whichever size was being measured then.
// A growth above the bound is measured again, up to kRounds rounds of kTries, each size
// keeping its least time: a slow spell of a few hundred milliseconds passes, while a stage
// that is not linear (16 times the work) stays above the bound in every round.
inline constexpr int kRounds = 3;
inline Growth growth(const std::function<void()>& small, const std::function<void()>& large) {
  Growth g{1e300, 1e300};
  for (int round = 0; round < kRounds; ++round) {
    for (int i = 0; i < kTries; ++i) {
      g.small = std::min(g.small, cpu_seconds_per_run(small));
      g.large = std::min(g.large, cpu_seconds_per_run(large));
    }
    if (g.ratio() <= kMaxGrowth) break;
  }
  return g;
}

// `unit` repeated until the text has at least `bytes` bytes.
inline std::string repeat_to(const std::string& unit, std::size_t bytes) {
  std::string out;
  out.reserve(bytes + unit.size());
  while (out.size() < bytes) out += unit;
  return out;
}

}  // namespace factsheet::linear
