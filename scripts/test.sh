#!/usr/bin/env bash
# Builds factsheet with warnings as errors and runs the whole test suite.
#
#   scripts/test.sh                 Release build in build/, then ctest
#   scripts/test.sh --sanitize      ASan+UBSan build in build-asan/, then ctest
#   scripts/test.sh --label unit    run only the tests labelled "unit"
#   scripts/test.sh --label large   the large-output test (1,100,000 claims, minutes),
#                                   which the other runs leave out
#
# Environment: FACTSHEET_BUILD_DIR (default build/ or build-asan/), FACTSHEET_JOBS
# (default: number of cores), FACTSHEET_SANITIZE_BUILD_TYPE (default Debug).
# Exits non-zero when installing, configuring, building or any test fails.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"

usage() {
  sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
}

sanitize=0
label=""
while (($# > 0)); do
  case $1 in
    --sanitize) sanitize=1 ;;
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

cd "$ROOT"
fs_ensure_packages "${FACTSHEET_PACKAGES[@]}"
jobs=$(fs_jobs)

if ((sanitize)); then
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

fs_info "Configuring the $what in $build_dir/"
cmake -S . -B "$build_dir" "${cmake_args[@]}" -DFACTSHEET_TESTS=ON

fs_info "Building everything with $jobs jobs"
cmake --build "$build_dir" -j "$jobs"

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
