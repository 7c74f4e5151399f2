"""Shared by the map/reduce tests: a corpus to split, the factsheet runs, and the check that
a workbook built by `factsheet report` from shards equals the one of a single run.

Two workbooks of the same claims differ only where the About sheet records the run: its
command line and its input files (for `report`, the claim files, with their SHA-256). Every
other part of the file is compared byte for byte, and every sheet cell by cell (openpyxl).
"""
import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl

SKIP = 77  # CTest's SKIP_RETURN_CODE for these tests


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def run(args, **kwargs):
    """Runs a command; fails the test with its output when it does not exit 0."""
    r = subprocess.run([str(a) for a in args], capture_output=True, **kwargs)
    if r.returncode != 0:
        fail(f"{' '.join(map(str, args))} exited {r.returncode}\n{r.stderr.decode(errors='replace')}")
    return r


def documents(source_dir, shared_dir, count=40):
    """(name, text) of `count` documents: BBC business articles when the shared corpus is
    there, else the bundled example and texts generated from it."""
    bbc = Path(shared_dir) / "corpus" / "bbc" / "business"
    files = sorted(bbc.glob("*.txt"))[:count] if bbc.is_dir() else []
    if len(files) == count:
        print(f"corpus: {count} BBC business articles from {bbc}")
        return [(f"bbc/business/{f.name}", f.read_bytes().decode("utf-8", "replace")) for f in files]
    example = (Path(source_dir) / "examples" / "regional-trade-brief.txt").read_text()
    print(f"corpus: {bbc} is missing; the bundled example and {count - 1} texts generated from it")
    docs = [("examples/regional-trade-brief.txt", example)]
    for i in range(1, count):
        # Each text its own figures and story, so that the audit has facts to compare.
        docs.append((f"generated/{i:03d}.txt",
                     f"Port report {i}\n"
                     f"Exports through the port reached {1000 + 37 * i} tonnes in {2000 + i % 20}, "
                     f"up {i % 9 + 1}% on the year, while imports fell {i % 7 + 2} percent.\n"
                     f"Trade reached {40 + i % 3} billion US dollars last year, officials said.\n"))
    return docs


def workbook_parts(path):
    with zipfile.ZipFile(path) as z:
        return {name: z.read(name) for name in z.namelist()}


def about_part(parts):
    """The zip member of the About sheet (the last worksheet)."""
    import re
    workbook = parts["xl/workbook.xml"].decode()
    rels = parts["xl/_rels/workbook.xml.rels"].decode()
    names = re.findall(r'<sheet name="([^"]+)" sheetId="\d+" r:id="(rId\d+)"', workbook)
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="([^"]+)"', rels))
    return "xl/" + targets[dict(names)["About"]]


def about_rows(ws):
    """The About sheet's rows, less those that record the run: the command line and the
    input file table (from its header to the blank row after it)."""
    rows, in_inputs = [], False
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == "Input file":
            in_inputs = True
            continue
        if in_inputs:
            if all(v is None for v in row):
                in_inputs = False
            continue
        if row and row[0] == "Command line":
            continue
        rows.append(row)
    return rows


def input_files(ws):
    """(path, sha256, bytes) of the About sheet's input file table."""
    out, in_inputs = [], False
    for row in ws.iter_rows(values_only=True):
        if row and row[0] == "Input file":
            in_inputs = True
            continue
        if in_inputs:
            if all(v is None for v in row):
                break
            out.append(tuple(row[:3]))
    return out


def compare(single, reduced, claim_files=None):
    """Fails unless `reduced` (from `factsheet report`) equals `single` but for the run's
    record on About; with `claim_files` ((name as given to report, path) pairs), About must list
    exactly those with their SHA-256 and size."""
    a, b = workbook_parts(single), workbook_parts(reduced)
    if sorted(a) != sorted(b):
        fail(f"the workbooks hold different parts: {sorted(set(a) ^ set(b))}")
    run_record = {about_part(a), "xl/sharedStrings.xml"}  # the About sheet and its strings
    for name in sorted(a):
        if name not in run_record and a[name] != b[name]:
            fail(f"{name} differs between {single} and {reduced}")
    wa, wb = openpyxl.load_workbook(single), openpyxl.load_workbook(reduced)
    if wa.sheetnames != wb.sheetnames:
        fail(f"sheets differ: {wa.sheetnames} / {wb.sheetnames}")
    cells = 0
    for name in wa.sheetnames:
        if name == "About":
            ra, rb = about_rows(wa[name]), about_rows(wb[name])
        else:
            ra = list(wa[name].iter_rows(values_only=True))
            rb = list(wb[name].iter_rows(values_only=True))
        if ra != rb:
            diff = next(i for i, (x, y) in enumerate(zip(ra + [None], rb + [None])) if x != y)
            fail(f"sheet {name!r} differs at row {diff + 1}: {ra[diff] if diff < len(ra) else None!r} / "
                 f"{rb[diff] if diff < len(rb) else None!r}")
        cells += sum(len(r) for r in ra)
    if claim_files is not None:
        listed = input_files(wb["About"])
        expected = [(name, hashlib.sha256(Path(p).read_bytes()).hexdigest(), os.path.getsize(p))
                    for name, p in claim_files]
        if listed != expected:
            fail(f"About lists {listed}, expected the claim files {expected}")
    print(f"workbooks equal: {len(wa.sheetnames)} sheets, {cells} cells compared "
          f"({', '.join(f'{n}: {wa[n].max_row} rows' for n in wa.sheetnames[:3])} ...)")
