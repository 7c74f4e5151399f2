#!/usr/bin/env bash
# Quick start: installs what is missing, builds factsheet (Release, in build/) and
# extracts the numeric claims of the bundled example into out/ as an Excel fact sheet,
# an HTML report, JSON Lines and CSV.
# Safe to run again: nothing is rebuilt or reinstalled that is already up to date.
#
# Environment: FACTSHEET_BUILD_DIR (default build), FACTSHEET_JOBS (default: cores).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# shellcheck source=scripts/lib/packages.sh
source "$ROOT/scripts/lib/packages.sh"

case ${1:-} in
  "") ;;
  -h | --help)
    sed -n '2,7s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
    exit 0
    ;;
  *) fs_die "unknown option: $1 (quickstart.sh takes none)" ;;
esac

EXAMPLE=examples/regional-trade-brief.txt
NAME=$(basename "$EXAMPLE" .txt)
JSONL=out/$NAME.jsonl
CSV=out/$NAME.csv
XLSX=out/$NAME.xlsx
HTML=out/$NAME.html

cd "$ROOT"
build_dir=${FACTSHEET_BUILD_DIR:-build}
jobs=$(fs_jobs)

fs_ensure_packages "${FACTSHEET_PACKAGES[@]}"

fs_info "Configuring a Release build in $build_dir/"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release >/dev/null

fs_info "Building factsheet with $jobs jobs"
cmake --build "$build_dir" --target factsheet -j "$jobs"
bin=$build_dir/factsheet
[[ -x $bin ]] || fs_die "the build finished but $bin is missing"

mkdir -p out
fs_info "Extracting the claims of $EXAMPLE"
"$bin" extract "$EXAMPLE" -o "$XLSX"
"$bin" extract "$EXAMPLE" -o "$HTML"
"$bin" extract "$EXAMPLE" -o "$JSONL"
"$bin" extract "$EXAMPLE" -o "$CSV"

# Summary with POSIX tools only. Each JSONL line is one claim; the key "kind" occurs
# once per line unescaped (quotes inside strings are escaped as \").
claims=$(wc -l <"$JSONL" | tr -d ' ')
words=$(wc -w <"$EXAMPLE" | tr -d ' ')
echo
echo "Reports written:"
echo "  $ROOT/$XLSX    (the fact sheet: headline figures, every figure, sources, charts)"
echo "  $ROOT/$HTML    (a report for the browser: every figure highlighted in its text)"
echo "  $ROOT/$JSONL   (one JSON object per claim)"
echo "  $ROOT/$CSV     (the same claims as a table)"
echo
echo "$claims claims in $EXAMPLE ($words words)."
if [ "$claims" -gt 0 ]; then
  # field NAME: the string value of "NAME" on this line (escapes kept as written).
  # shellcheck disable=SC2016  # awk code
  fields='function field(name,   s) {
      if (!match($0, "\"" name "\": *\"([^\"\\\\]|\\\\.)*\"")) return ""
      s = substr($0, RSTART, RLENGTH); sub(/^"[a-z_]*": *"/, "", s); sub(/"$/, "", s)
      return s
    }'
  echo
  echo "Claims by kind:"
  awk "$fields"'{ print field("kind") }' "$JSONL" | sort | uniq -c | sort -rn |
    awk '{ printf "  %-9s %5d\n", $2, $1 }'
  echo
  echo "First claims (kind, text):"
  awk "$fields"'NR <= 8 { printf "  %-9s %s\n", field("kind"), field("text") }' "$JSONL"
fi
echo
echo "Next: $bin extract --help, or scripts/test.sh to run the test suite."
