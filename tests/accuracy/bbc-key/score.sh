#!/usr/bin/env bash
# score.sh [FACTSHEET] [EVAL ARGS...]: scores the extractor on the whole BBC answer key at
# once: every *.gold.jsonl of this folder with its article of $FACTSHEET_SHARED_DIR/corpus/bbc
# (FACTSHEET_SHARED_DIR defaults to ../shared beside the checkout),
# `factsheet eval answer-key TEXT GOLD TEXT GOLD ... --year 2005 EVAL ARGS`.
# FACTSHEET defaults to build/factsheet of the checkout. Exit 77 (skipped) when the corpus
# is not there; otherwise the scorer's status.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../../.." && pwd -P)

factsheet=$root/build/factsheet
if [[ $# -gt 0 && $1 != -* ]]; then
  factsheet=$1
  shift
fi

corpus=${FACTSHEET_SHARED_DIR:-$root/../shared}/corpus/bbc
if [[ ! -d $corpus ]]; then
  echo "skipped: $corpus not found"
  exit 77
fi
corpus=$(cd "$corpus" && pwd -P)

# CATEGORY-NNN.gold.jsonl annotates CATEGORY/NNN.txt.
pairs=()
LC_COLLATE=C
for gold in "$here"/*.gold.jsonl; do
  [[ -e $gold ]] || continue
  name=${gold##*/}
  base=${name%.gold.jsonl}
  pairs+=("$corpus/${base%-*}/${base##*-}.txt" "$gold")
done
if [[ ${#pairs[@]} -eq 0 ]]; then
  echo "score.sh: no *.gold.jsonl in $here" >&2
  exit 1
fi

# The articles are from 2004 and 2005 and give no year of their own; the year only fills
# the time and date fields of the claims, which the metrics do not score. An explicit
# --year among the arguments wins.
year=(--year 2005)
for arg in "$@"; do
  [[ $arg == --year || $arg == --year=* ]] && year=()
done

exec "$factsheet" eval answer-key "${pairs[@]}" "${year[@]}" "$@"
