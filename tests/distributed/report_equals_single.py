#!/usr/bin/env python3
"""`factsheet report` over the claim files of 4 shards gives what one `extract` run over the
whole corpus gives: the same JSON Lines and CSV bytes, and the same workbook but for the
About sheet's record of the run (its command line and input files, here the claim files).

Usage: report_equals_single.py FACTSHEET SOURCE_DIR SHARED_DIR
The corpus is 40 BBC business articles from SHARED_DIR/corpus/bbc, else the bundled example
and texts generated from it.
"""
import sys
import tempfile
from pathlib import Path

from workbooks import compare, documents, fail, run


def main():
    factsheet, source_dir, shared_dir = (str(Path(a).resolve()) for a in sys.argv[1:4])
    with tempfile.TemporaryDirectory(prefix="fs_report_") as tmp:
        work = Path(tmp)
        paths = []
        for name, text in documents(source_dir, shared_dir):
            path = Path("corpus") / name
            (work / path).parent.mkdir(parents=True, exist_ok=True)
            (work / path).write_text(text)
            paths.append(str(path))
        paths.sort()  # the order a directory input is read in
        shards = [paths[k * len(paths) // 4:(k + 1) * len(paths) // 4] for k in range(4)]
        claim_files = []
        for k, shard in enumerate(shards):
            claim_files.append(f"shard-{k}.jsonl")
            run([factsheet, "extract", *shard, "-o", claim_files[-1]], cwd=work)
        for ext in ("jsonl", "csv", "xlsx"):
            run([factsheet, "extract", "corpus", "-o", f"single.{ext}"], cwd=work)
            run([factsheet, "report", "--root", "corpus", *claim_files, "-o", f"reduced.{ext}"], cwd=work)
        for ext in ("jsonl", "csv"):
            if (work / f"single.{ext}").read_bytes() != (work / f"reduced.{ext}").read_bytes():
                fail(f"reduced.{ext} differs from single.{ext}")
        claims = (work / "single.jsonl").read_text().count("\n")
        if claims == 0:
            fail("the corpus gave no claims")
        print(f"{len(paths)} documents in 4 shards, {claims} claims: JSON Lines and CSV byte-identical")
        compare(work / "single.xlsx", work / "reduced.xlsx", [(f, work / f) for f in claim_files])


if __name__ == "__main__":
    main()
