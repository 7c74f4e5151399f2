#!/usr/bin/env bash
# run_eval.sh DATA CMD...: runs CMD (a `factsheet eval` command) when DATA exists;
# exit 77 (skipped) when the benchmark data is not next to the checkout.
set -euo pipefail
data=$1
shift
if [[ ! -f $data ]]; then
  echo "skipped: $data not found"
  exit 77
fi
exec "$@"
