#!/usr/bin/env bash
# Builds factsheet with warnings as errors and runs the whole test suite.
#
#   scripts/test.sh                 Release build in build/, then ctest
#   scripts/test.sh --sanitize      ASan+UBSan build in build-asan/, then ctest
#   scripts/test.sh --label unit    run only the tests labelled "unit"
#   scripts/test.sh --label large   the large-output test (1,100,000 claims, minutes),
#                                   which the other runs leave out
#   scripts/test.sh --label distributed   the map/reduce example on a Dask cluster started
#                                   on 127.0.0.1 (part of every full run too)
#   scripts/test.sh --fuzz          clang-16 libFuzzer build (ASan + UBSan) in build-fuzz/,
#                                   then each fuzz target for FACTSHEET_FUZZ_SECONDS on its
#                                   seeds (ctest -L fuzz); fails on any crash, leak,
#                                   timeout or OOM. A long run: see README.md, Fuzzing
#
# Environment: FACTSHEET_BUILD_DIR (default build/, build-asan/ or build-fuzz/),
# FACTSHEET_JOBS (default: number of cores), FACTSHEET_SANITIZE_BUILD_TYPE (default
# Debug), FACTSHEET_FUZZ_SECONDS (default 20).
# Exits non-zero when installing, configuring, building or any test fails.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"

usage() {
  sed -n '2,21s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

sanitize=0
fuzz=0
label=""
while (($# > 0)); do
  case $1 in
    --sanitize) sanitize=1 ;;
    --fuzz) fuzz=1 ;;
    --label)
      (($# >= 2)) || { usage >&2; fs_die "--label needs a value"; }
      label=$2
      shift
      ;;
    --label=*) label=${1#--label=} ;;
    -h | --help)
      usage
      exit 0
      ;;
    *)
      usage >&2
      fs_die "unknown option: $1"
      ;;
  esac
  shift
done

((sanitize + fuzz < 2)) || { usage >&2; fs_die "--sanitize and --fuzz are separate builds: pick one"; }

cd "$ROOT"
if ((fuzz)); then
  fs_ensure_packages "${FACTSHEET_PACKAGES[@]}" "${FACTSHEET_FUZZ_PACKAGES[@]}"
else
  fs_ensure_packages "${FACTSHEET_PACKAGES[@]}"
fi
jobs=$(fs_jobs)
build_target=()

if ((fuzz)); then
  build_dir=${FACTSHEET_BUILD_DIR:-build-fuzz}
  # The fuzz targets alone (fuzz_all): the library instrumented for libFuzzer with ASan
  # and UBSan, optimised so that the fuzzers run fast.
  cmake_args=(
    -DCMAKE_CXX_COMPILER=clang++-16
    -DCMAKE_BUILD_TYPE=RelWithDebInfo
    -DFACTSHEET_FUZZ=ON
    -DFACTSHEET_FUZZ_SECONDS="${FACTSHEET_FUZZ_SECONDS:-20}"
    -DFACTSHEET_WERROR=ON
  )
  build_target=(--target fuzz_all)
  label=fuzz
  what="fuzz build (clang-16, libFuzzer, ASan + UBSan)"
elif ((sanitize)); then
  build_dir=${FACTSHEET_BUILD_DIR:-build-asan}
  # Debug (-O0) keeps the compile of the template-heavy grammar code short; the
  # sanitizers need no optimisation to find bugs.
  cmake_args=(
    -DCMAKE_BUILD_TYPE="${FACTSHEET_SANITIZE_BUILD_TYPE:-Debug}"
    -DFACTSHEET_SANITIZE=ON
    -DFACTSHEET_WERROR=OFF
  )
  # Exported before the build too: test discovery runs the test binaries.
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  what="sanitizer build (ASan + UBSan)"
else
  build_dir=${FACTSHEET_BUILD_DIR:-build}
  cmake_args=(-DCMAKE_BUILD_TYPE=Release -DFACTSHEET_WERROR=ON)
  what="Release build"
fi

# The fuzz build leaves the GoogleTest suites to the other two.
tests=ON
((fuzz)) && tests=OFF
fs_info "Configuring the $what in $build_dir/"
cmake -S . -B "$build_dir" "${cmake_args[@]}" -DFACTSHEET_TESTS="$tests"

fs_info "Building ${build_target[1]:-everything} with $jobs jobs"
cmake --build "$build_dir" -j "$jobs" "${build_target[@]}"

ctest_args=(--test-dir "$build_dir" --output-on-failure --no-tests=error -j "$jobs")
if [[ -n $label ]]; then
  ctest_args+=(-L "$label")
elif ((sanitize)); then
  # The linear family measures how work grows, which the Release build shows as well;
  # under the sanitizers (-O0, shadow memory) its large inputs only take long.
  ctest_args+=(-LE 'large|linear')
else
  ctest_args+=(-LE large)
fi
# shellcheck disable=SC2016  # the quotes are literal text
fs_info "Running the tests${label:+ labelled '$label'}"
ctest "${ctest_args[@]}"
fs_info "All tests passed ($what)"
