#!/usr/bin/env bash
# Times whole runs of the CLI and prints throughput and peak memory.
#
#   bench/whole_process.sh [INPUT...]   one run over files or directories
#                                       (default: ../shared/corpus/bbc)
#   bench/whole_process.sh --cases      the standard cases, -j1 and -j2 each, built from
#                                       the BBC corpus repeated to FACTSHEET_BENCH_MB MB
#                                       (default 100): one text file, a folder of copies,
#                                       one JSONL file, the text file through a pipe
#                                       (standard input); and one text file of
#                                       FACTSHEET_BENCH_BIG_MB MB (default 1000; 0 skips);
#                                       then a workbook of FACTSHEET_BENCH_XLSX_CLAIMS
#                                       claims (default 1000000; 0 skips), 100 sentences
#                                       of one figure per JSONL document, -j1 and -j2;
#                                       each run FACTSHEET_BENCH_REPEAT times (default 3),
#                                       -j1 and -j2 in turn, the run of median wall-clock
#                                       time reported (peak memory: the largest of the
#                                       runs), and -j2's speed-up over -j1
#
# FACTSHEET_JOBS sets the extraction threads of a single run (default: one per core).
# The cases are built in FACTSHEET_BENCH_DIR (default: a temporary folder, removed after).
# Uses build/factsheet (FACTSHEET_BIN to override; scripts/quickstart.sh builds it),
# GNU time (/usr/bin/time, Debian package "time", installed when missing) and python3.
# The output is JSON Lines (the workbook case: .xlsx) in a temporary file, removed after
# each run. PIPE_FROM=FILE makes a run read FILE through a pipe, as `-`. Wall-clock
# figures need an otherwise idle machine; "per core" divides by user time instead.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"
cd "$ROOT"

case ${1:-} in
  -h | --help)
    sed -n '2,26s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
    exit 0
    ;;
esac

bin=${FACTSHEET_BIN:-build/factsheet}
[[ -x $bin ]] || fs_die "$bin not found: build it first (scripts/quickstart.sh)"
if [[ ! -x /usr/bin/time ]]; then
  fs_ensure_packages time
fi

# The bytes the tool reads: its document files (see src/read/file_walk.hpp).
input_bytes() {
  find -L "$@" -type f \( -iname '*.txt' -o -iname '*.text' -o -iname '*.md' -o -iname '*.jsonl' \) \
    -exec cat {} + | wc -c | tr -d ' '
}

# wall_seconds STATS: the wall-clock seconds GNU time's -v output gives.
wall_seconds() {
  awk -F': ' '/Elapsed \(wall clock\) time/ {
      n = split($2, p, ":"); wall = 0
      for (i = 1; i <= n; i++) wall = wall * 60 + p[i]
      print wall
    }' "$1"
}

# run LABEL JOBS INPUT...: FACTSHEET_BENCH_REPEAT timed runs (default 1; --cases: 3) for
# each thread count in JOBS ("1 2": -j1 and -j2), taken in turn (-j1, -j2, -j1, -j2, ...)
# so that a ratio between them is not moved by the machine's speed drifting between the
# counts; prints one table row per count, of its run with the median wall-clock time (a
# shared machine's noise moves single runs by a third), and with two counts the second's
# speed-up over the first. The output is JSON Lines, or a workbook when OUTPUT_SUFFIX is
# .xlsx.
run() {
  local label=$1
  local -a counts
  read -r -a counts <<<"$2"
  shift 2
  local out bytes status=0 repeat=${FACTSHEET_BENCH_REPEAT:-1} r c f
  local -a stats=() walls=()
  out=$(mktemp --suffix="${OUTPUT_SUFFIX:-.jsonl}")
  if [[ -n ${PIPE_FROM:-} ]]; then
    bytes=$(input_bytes "$PIPE_FROM")
  else
    bytes=$(input_bytes "$@")
  fi
  for ((r = 0; r < repeat; r++)); do
    for ((c = 0; c < ${#counts[@]}; c++)); do
      f=$(mktemp)
      stats+=("$f")
      if [[ -n ${PIPE_FROM:-} ]]; then
        # shellcheck disable=SC2002  # a pipe, not a redirected file: the input cannot be read twice
        cat "$PIPE_FROM" | /usr/bin/time -v -o "$f" "$bin" extract --quiet --jobs "${counts[c]}" - -o "$out" \
          2>/dev/null || status=$?
      else
        /usr/bin/time -v -o "$f" "$bin" extract --quiet --jobs "${counts[c]}" "$@" -o "$out" 2>/dev/null || status=$?
      fi
      if ((status != 0)); then
        cat "$f" >&2
        rm -f "$out" "${stats[@]}"
        fs_die "factsheet exited with status $status on $*"
      fi
    done
  done
  local claims=${EXPECTED_CLAIMS:-}
  [[ -n $claims ]] || claims=$(wc -l <"$out" | tr -d ' ')
  for ((c = 0; c < ${#counts[@]}; c++)); do
    # This count's runs: every ${#counts[@]}th stats file from the c-th.
    local -a mine=()
    for ((r = 0; r < repeat; r++)); do mine+=("${stats[r * ${#counts[@]} + c]}"); done
    local median rss
    median=$(for f in "${mine[@]}"; do echo "$(wall_seconds "$f") $f"; done | sort -n |
      awk -v n="$repeat" 'NR == int((n + 1) / 2) { print $2 }')
    walls+=("$(wall_seconds "$median")")
    # Wall and user time of the median run; the peak memory of all.
    rss=$(cat "${mine[@]}" | awk -F': ' '/Maximum resident set size \(kbytes\)/ && $2 > m { m = $2 } END { print m }')
    awk -v label="$label" -v jobs="${counts[c]}" -v bytes="$bytes" -v claims="$claims" -v wall="${walls[c]}" \
      -v rss="$rss" -F': ' '
      /User time \(seconds\)/ { user = $2 }
      END {
        printf "%-10s -j%-2s %8.1f MB %9d claims %8.2f s %8.2f MB/s %8.2f MB/s/core %8.1f MB RSS\n",
          label, jobs, bytes / 1e6, claims, wall, (wall > 0 ? bytes / 1e6 / wall : 0),
          (user > 0 ? bytes / 1e6 / user : 0), rss / 1024
      }' "$median"
  done
  if ((${#counts[@]} == 2)); then
    awk -v label="$label" -v a="${counts[0]}" -v b="${counts[1]}" -v wa="${walls[0]}" -v wb="${walls[1]}" \
      'BEGIN { printf "%-10s -j%s over -j%s: %.2fx\n", label, b, a, (wb > 0 ? wa / wb : 0) }'
  fi
  rm -f "$out" "${stats[@]}"
}

if [[ ${1:-} != --cases ]]; then
  inputs=("$@")
  ((${#inputs[@]})) || inputs=(../shared/corpus/bbc)
  for input in "${inputs[@]}"; do
    [[ -e $input ]] || fs_die "no input at $input"
  done
  run whole "${FACTSHEET_JOBS:-0}" "${inputs[@]}"
  exit 0
fi

corpus=../shared/corpus/bbc
[[ -d $corpus ]] || fs_die "no corpus directory at $corpus"
export FACTSHEET_BENCH_REPEAT=${FACTSHEET_BENCH_REPEAT:-3}
mb=${FACTSHEET_BENCH_MB:-100}
big_mb=${FACTSHEET_BENCH_BIG_MB:-1000}
xlsx_claims=${FACTSHEET_BENCH_XLSX_CLAIMS:-1000000}
dir=${FACTSHEET_BENCH_DIR:-}
if [[ -z $dir ]]; then
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
fi
mkdir -p "$dir"

fs_info "building the cases in $dir"
# One text file (articles separated by a blank line, invalid UTF-8 repaired so the whole
# file is read in parts), a folder of corpus copies, and one JSONL file, each repeated
# to about $mb MB; a text file of $big_mb MB.
python3 - "$corpus" "$dir" "$mb" "$big_mb" "$xlsx_claims" <<'PY'
import json, os, shutil, sys
corpus, out, mb, big_mb, xlsx_claims = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(corpus) for f in fs if f.endswith(".txt"))
texts = [(os.path.relpath(f, corpus), open(f, "rb").read()) for f in files]
once = b"".join(t.decode("utf-8", "replace").encode() + b"\n\n" for _, t in texts)
reps = max(1, round(mb * 1e6 / len(once)))
with open(os.path.join(out, "one.txt"), "wb") as o:
    for _ in range(reps):
        o.write(once)
folder = os.path.join(out, "folder")
if not os.path.isdir(folder):
    for r in range(reps):
        for rel, t in texts:
            p = os.path.join(folder, "c%03d" % r, rel)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            open(p, "wb").write(t)
with open(os.path.join(out, "docs.jsonl"), "w") as o:
    for r in range(reps):
        for rel, t in texts:
            o.write(json.dumps({"id": "%d/%s" % (r, rel), "text": t.decode("utf-8", "replace")}) + "\n")
if big_mb > 0:
    with open(os.path.join(out, "big.txt"), "wb") as o:
        for _ in range(max(1, round(big_mb * 1e6 / len(once)))):
            o.write(once)
# The workbook case: one figure a sentence, 100 sentences a document, every value its own.
if xlsx_claims > 0:
    with open(os.path.join(out, "claims.jsonl"), "w") as o:
        for d in range(0, xlsx_claims, 100):
            lines = "".join("Exports through the port reached %d tonnes.\n" % (1000 + n)
                            for n in range(d, min(d + 100, xlsx_claims)))
            o.write(json.dumps({"id": "wire-%06d" % (d // 100), "title": "Port report %d" % (d // 100),
                                "text": lines}) + "\n")
PY

echo "case       jobs    input        claims       wall   throughput    per core (user)   peak memory"
run one-file "1 2" "$dir/one.txt"
run folder "1 2" "$dir/folder"
run jsonl "1 2" "$dir/docs.jsonl"
PIPE_FROM=$dir/one.txt run pipe "1 2"
if ((big_mb > 0)); then
  run big-file "1 2" "$dir/big.txt"
fi
if ((xlsx_claims > 0)); then
  OUTPUT_SUFFIX=.xlsx EXPECTED_CLAIMS=$xlsx_claims run xlsx "1 2" "$dir/claims.jsonl"
fi
