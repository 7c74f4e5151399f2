#!/usr/bin/env bash
# Large output: 1,100,000 claims (11,000 JSON Lines documents of 100 figures each) to
# one workbook. Checks that Figures fills Excel's 1,048,576 rows and continues on
# "Figures (2)", that every part is well-formed XML, and prints the wall time and peak memory (GNU time) of the run.
# Takes a minute or two: CTest label "large", left out of scripts/test.sh by default.
#
# Usage: large_check.sh FACTSHEET PYTHON3 [CLAIMS]
set -euo pipefail

here=$(dirname "$(realpath "$0")")
bin=$(realpath "$1")
python=$2
claims=${3:-1100000}
per_doc=100
docs=$(((claims + per_doc - 1) / per_doc))

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# One claim per line: "Exports through the port reached N tonnes."
awk -v docs="$docs" -v per="$per_doc" -v total="$claims" 'BEGIN {
  n = 0
  for (d = 0; d < docs; d++) {
    printf "{\"id\":\"wire-%05d\",\"title\":\"Port report %d\",\"text\":\"", d, d
    for (l = 0; l < per && n < total; l++) printf "Exports through the port reached %d tonnes.\\n", 1000 + n++
    printf "\"}\n"
  }
}' >big.jsonl

timer=()
if [[ -x /usr/bin/time ]]; then timer=(/usr/bin/time -v -o time.txt); fi
start=$(date +%s.%N)
"${timer[@]}" "$bin" extract big.jsonl -o big.xlsx
end=$(date +%s.%N)

"$python" - "$claims" big.xlsx <<'PY'
import re, sys, zipfile
claims, path = int(sys.argv[1]), sys.argv[2]
with zipfile.ZipFile(path) as z:
    workbook = z.read("xl/workbook.xml").decode()
    names = re.findall(r'<sheet name="([^"]+)"', workbook)
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    ids = re.findall(r'<sheet name="[^"]+" sheetId="\d+" r:id="(rId\d+)"', workbook)
    def dimension(name):
        with z.open("xl/" + targets[ids[names.index(name)]]) as f:
            head = f.read(4096).decode()
        return re.search(r'<dimension ref="([^"]+)"', head).group(1)
    per_sheet = 1048575
    expected = ["Headline figures", "Audit", "Figures"] + [
        f"Figures ({i})" for i in range(2, (claims + per_sheet - 1) // per_sheet + 1)] + [
        "Sources", "Summary", "About"]
    assert names == expected, names
    assert dimension("Figures") == f"A1:W{min(claims, per_sheet) + 1}", dimension("Figures")
    if claims > per_sheet:
        rest = claims - per_sheet
        assert dimension("Figures (2)") == f"A1:W{min(rest, per_sheet) + 1}", dimension("Figures (2)")
    print(f"sheets: {', '.join(names)}; Figures {dimension('Figures')}"
          + (f", Figures (2) {dimension('Figures (2)')}" if claims > per_sheet else ""))
PY
# Every part, the sheets of a million rows included, is well-formed XML (parsed in chunks).
"$python" "$here/xml_parts.py" big.xlsx

size=$(stat -c %s big.xlsx)
echo "claims: $claims in $docs documents; workbook: $size bytes"
if [[ -f time.txt ]]; then
  grep -E "Elapsed \(wall clock\)|Maximum resident set size|User time|System time" time.txt | sed 's/^\s*/  /'
else
  echo "  wall time: $(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }') s (GNU time is not installed: no peak memory)"
fi
