#!/usr/bin/env bash
# Times one whole run of the CLI over a corpus directory and prints throughput
# and peak memory:
#
#   bench/whole_process.sh [CORPUS_DIR]     default: ../shared/corpus/bbc
#
# FACTSHEET_JOBS sets the extraction threads (default: one per core).
# Uses build/factsheet (FACTSHEET_BIN to override; scripts/quickstart.sh builds it)
# and GNU time (/usr/bin/time, Debian package "time", installed when missing).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"
cd "$ROOT"

case ${1:-} in
  -h | --help)
    sed -n '2,10s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

corpus=${1:-../shared/corpus/bbc}
bin=${FACTSHEET_BIN:-build/factsheet}
[[ -d $corpus ]] || fs_die "no corpus directory at $corpus"
[[ -x $bin ]] || fs_die "$bin not found: build it first (scripts/quickstart.sh)"

if [[ ! -x /usr/bin/time ]]; then
  fs_ensure_packages time
fi

out=$(mktemp --suffix=.jsonl)
stats=$(mktemp)
trap 'rm -f "$out" "$stats"' EXIT

# The bytes the tool reads: its document files (see src/read/file_walk.hpp).
bytes=$(find -L "$corpus" -type f \( -iname '*.txt' -o -iname '*.text' -o -iname '*.md' \
  -o -iname '*.jsonl' \) -exec cat {} + | wc -c | tr -d ' ')
files=$(find -L "$corpus" -type f \( -iname '*.txt' -o -iname '*.text' -o -iname '*.md' \
  -o -iname '*.jsonl' \) | wc -l | tr -d ' ')

fs_info "$bin extract --jobs ${FACTSHEET_JOBS:-0} $corpus -o $out"
status=0
/usr/bin/time -v -o "$stats" "$bin" extract --jobs "${FACTSHEET_JOBS:-0}" "$corpus" -o "$out" || status=$?
if ((status != 0)); then
  cat "$stats" >&2
  fs_die "factsheet exited with status $status"
fi

claims=$(wc -l <"$out" | tr -d ' ')
awk -v bytes="$bytes" -v files="$files" -v claims="$claims" -F': ' '
  /Elapsed \(wall clock\) time/ {
    n = split($2, p, ":"); wall = 0
    for (i = 1; i <= n; i++) wall = wall * 60 + p[i]
  }
  /User time \(seconds\)/ { user = $2 }
  /System time \(seconds\)/ { sys = $2 }
  /Maximum resident set size \(kbytes\)/ { rss = $2 }
  END {
    printf "input        %d files, %.2f MB\n", files, bytes / 1e6
    printf "claims       %d\n", claims
    printf "wall time    %.2f s (user %.2f s, system %.2f s)\n", wall, user, sys
    if (wall > 0) printf "throughput   %.2f MB/s\n", bytes / 1e6 / wall
    else          printf "throughput   (too fast to measure)\n"
    if (user > 0) printf "per core     %.2f MB/s of user time\n", bytes / 1e6 / user
    printf "peak RSS     %.1f MB\n", rss / 1024
  }' "$stats"
