#!/usr/bin/env bash
# Opens fact sheets with LibreOffice Calc (headless) and converts them to PDF and to
# CSV (every sheet): a real spreadsheet program reads the workbook, charts and all,
# without repair (a damaged file gives no output). Checks both the in-memory (tables) and the streamed (constant-memory)
# layouts. Exits 77 (skipped) when LibreOffice is not installed.
#
# Usage: libreoffice_check.sh FACTSHEET SOURCE_DIR [KEEP_DIR]
#   KEEP_DIR: also copy the workbooks, PDFs and CSVs there (to look at them).
set -euo pipefail

here=$(dirname "$(realpath "$0")")
bin=$(realpath "$1")
src=$(realpath "$2")
keep=${3:-}

lo=$(command -v libreoffice || command -v soffice || true)
if [[ -z $lo ]]; then
  echo "LibreOffice is not installed (Debian: libreoffice-calc-nogui): skipped"
  exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() {
  echo "FAIL: $*" >&2
  exit 1
}

cd "$work"
cp "$src/examples/regional-trade-brief.txt" brief.txt
"$bin" extract brief.txt -o brief.xlsx
# Enough claims to pass the in-memory limit, so the workbook is streamed.
awk 'BEGIN { for (i = 0; i < 20500; i++) printf "Exports reached %d tonnes.\n", 1000 + i }' >many.txt
"$bin" extract many.txt -o many.xlsx
# Well-formed XML first: LibreOffice quietly blanks what it cannot parse.
if command -v python3 >/dev/null; then
  python3 "$here/xml_parts.py" brief.xlsx many.xlsx || fail "a part of a workbook is not well-formed XML"
fi

# A private profile: no clash with a LibreOffice already running, nothing left behind.
convert() {
  local to=$1 book=$2
  timeout 300 "$lo" -env:UserInstallation="file://$work/profile" --headless --norestore \
    --convert-to "$to" --outdir "$work/out" "$book" >"$work/lo.log" 2>&1 ||
    fail "libreoffice --convert-to $to $book: $(cat "$work/lo.log")"
}

# PDF: the small workbook only (printing 20,000 wrapped rows takes LibreOffice minutes).
convert pdf brief.xlsx
[[ -s out/brief.pdf ]] || fail "no PDF for brief.xlsx: $(cat lo.log)"
[[ $(head -c 5 out/brief.pdf) == "%PDF-" ]] || fail "out/brief.pdf is not a PDF"
for book in brief many; do
  # CSV filter options: comma, double quote, UTF-8, cells as shown, -1: every sheet to a file.
  convert 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1' "$book.xlsx"
  for sheet in "Headline figures" Audit Figures Sources Summary About; do
    [[ -s "out/$book-$sheet.csv" ]] || fail "no CSV of sheet \"$sheet\" of $book.xlsx: $(ls out)"
  done
  header=$(head -n 1 "out/$book-Figures.csv")
  [[ $header == Figure,Value,Low,High,Part,Whole,Unit,* ]] || fail "$book Figures header: $header"
done

# Every claim is a row of Figures (these sentences hold no line breaks).
claims=$("$bin" extract brief.txt | wc -l)
rows=$(($(wc -l <"out/brief-Figures.csv") - 1))
[[ $rows == "$claims" ]] || fail "brief: $rows Figures rows in LibreOffice, $claims claims"
rows=$(($(wc -l <"out/many-Figures.csv") - 1))
[[ $rows == 20500 ]] || fail "many: $rows Figures rows in LibreOffice, 20500 claims"
# Numbers read back as numbers: the money figure's value in full.
grep -q '^\$7.2 billion,"\?US\$7,200,000,000' out/brief-Figures.csv ||
  fail "brief: \$7.2 billion is not shown as US\$7,200,000,000: $(grep -m1 '7.2 billion' out/brief-Figures.csv)"

if [[ -n $keep ]]; then
  mkdir -p "$keep"
  cp brief.xlsx many.xlsx out/* "$keep"/
fi
echo "LibreOffice read both workbooks: PDF and CSV of every sheet written"
