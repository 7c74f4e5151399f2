#!/usr/bin/env python3
"""factsheet on a Dask distributed cluster: `extract` is the map step, `report` the reduce.

A JSON Lines corpus (one document a line: {"id": ..., "text": ...}) is cut into partitions
of whole lines. Each partition is a task: a Dask worker reads its byte range of the corpus
(the corpus path must be readable on every worker: a shared or network file system, as HDFS
is for Hadoop) and pipes the lines through `factsheet extract --input-format jsonl -`, the
way Spark's RDD.pipe does. The claim files come back to this client, one per partition, and
`factsheet report` builds the workbook (or CSV, or JSON Lines) from them in partition order,
so the output is the same as one `factsheet extract CORPUS -o OUTPUT` run.

    # a cluster: dask-scheduler on one machine, dask-worker SCHEDULER_ADDRESS on each other
    python3 factsheet_dask.py --scheduler tcp://10.0.0.1:8786 --factsheet /opt/factsheet/bin/factsheet \\
        --partitions 64 /shared/news.jsonl -o news.xlsx
    # no cluster at hand: a local one, one worker process per core
    python3 factsheet_dask.py --factsheet build/factsheet news.jsonl -o news.xlsx

Needs Dask distributed (Debian: python3-distributed) here and on the workers, and the
factsheet binary at the same path on every worker.
"""
import argparse
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile


def plan_partitions(path, partitions):
    """Cuts the corpus into at most `partitions` byte ranges of whole lines, of about equal
    size: (start, end, first line number) each. Reads the file once, front to back."""
    size = os.path.getsize(path)
    target = max(1, -(-size // max(1, partitions)))  # bytes per partition, rounded up
    plan, start, line = [], 0, 1
    with open(path, "rb") as f:
        offset, lines_in_part = 0, 0
        for raw in f:
            offset += len(raw)
            lines_in_part += 1
            if offset - start >= target:
                plan.append((start, offset, line))
                start, line, lines_in_part = offset, line + lines_in_part, 0
        if offset > start:
            plan.append((start, offset, line))
    return plan


def name_unnamed(line, corpus_name, number):
    """A record without an id is named "FILE:LINE" by factsheet; a partition read from
    standard input would name it after its line in the partition, so the id the whole run
    would give it is added here. Other lines pass unchanged, byte for byte."""
    try:
        record = json.loads(line)
    except ValueError:
        return line  # factsheet reports it
    if not isinstance(record, dict) or record.get("id") not in (None, ""):
        return line
    name = json.dumps(f"{corpus_name}:{number}").encode()
    body = line.rstrip(b"\r\n \t")
    if not record:
        return b'{"id":' + name + b"}\n"
    # A later key wins in factsheet's JSON reader, so this also replaces a null or empty id.
    return body[:-1] + b',"id":' + name + b"}\n"


def extract_partition(factsheet, corpus, corpus_name, start, end, first_line, extra_args):
    """The map task, run on a worker: the claims of one byte range of the corpus."""
    with open(corpus, "rb") as f:
        f.seek(start)
        data = f.read(end - start)
    lines = data.splitlines(keepends=True)
    piped = b"".join(name_unnamed(l, corpus_name, first_line + i) for i, l in enumerate(lines))
    r = subprocess.run([factsheet, "extract", "--input-format", "jsonl", "-j", "1", *extra_args, "-"],
                       input=piped, capture_output=True, check=False)
    where = f"{socket.gethostname()} pid {os.getpid()}"
    return {"status": r.returncode, "claims": r.stdout, "stderr": r.stderr.decode("utf-8", "replace"),
            "lines": len(lines), "worker": where}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", help="JSON Lines corpus, one document a line")
    parser.add_argument("-o", "--output", required=True, help="out.xlsx, out.csv or out.jsonl")
    parser.add_argument("--factsheet", default="factsheet", help="the factsheet binary (same path on every worker)")
    parser.add_argument("--scheduler", help="address of a running dask-scheduler (default: a local cluster)")
    parser.add_argument("--scheduler-file", help="a dask-scheduler --scheduler-file instead of an address")
    parser.add_argument("--partitions", type=int, default=0, help="map tasks (default: 4 per worker thread)")
    parser.add_argument("--year", help="passed to extract: the year of dates written without one")
    parser.add_argument("--keep-claims", help="keep the claim files of the partitions in this folder")
    args = parser.parse_args(argv)

    from dask.distributed import Client, LocalCluster  # here, so that --help needs no Dask

    factsheet = shutil.which(args.factsheet) or args.factsheet
    factsheet = os.path.abspath(factsheet)
    corpus = os.path.abspath(args.corpus)
    extra = ["--year", args.year] if args.year else []
    cluster = None
    if args.scheduler or args.scheduler_file:
        client = Client(args.scheduler, scheduler_file=args.scheduler_file)
    else:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=None)
        client = Client(cluster)
    try:
        threads = sum(client.nthreads().values()) or 1
        plan = plan_partitions(corpus, args.partitions or 4 * threads)
        print(f"{len(plan)} partitions of {args.corpus} on {len(client.nthreads())} workers", file=sys.stderr)
        futures = [client.submit(extract_partition, factsheet, corpus, args.corpus, start, end, line, extra,
                                 pure=False, key=f"factsheet-extract-{i:05d}")
                   for i, (start, end, line) in enumerate(plan)]
        claims_dir = args.keep_claims or tempfile.mkdtemp(prefix="factsheet-claims-")
        os.makedirs(claims_dir, exist_ok=True)
        status = 0
        claim_files = []
        for i, future in enumerate(futures):  # in partition order: the claims' order
            part = future.result()
            future.release()
            start, end, line = plan[i]
            for message in part["stderr"].splitlines():
                print(f"partition {i} (lines {line}-{line + part['lines'] - 1}): {message}", file=sys.stderr)
            if part["status"] not in (0, 1):  # 1: some lines could not be read, the rest was
                raise SystemExit(f"partition {i}: factsheet extract exited {part['status']}")
            status = max(status, part["status"])
            path = os.path.join(claims_dir, f"claims-{i:05d}.jsonl")
            with open(path, "wb") as f:
                f.write(part["claims"])
            claim_files.append(os.path.basename(path))
            claims = part["claims"].count(b"\n")
            print(f"partition {i}: {part['lines']} lines, {claims} claims on {part['worker']}", file=sys.stderr)
        # Run in the claims folder, so that the workbook's About sheet lists the claim files by
        # name alone and the same corpus always gives the same bytes.
        r = subprocess.run([factsheet, "report", *claim_files, "-o", os.path.abspath(args.output)],
                           cwd=claims_dir, check=False)
        if not args.keep_claims:
            shutil.rmtree(claims_dir, ignore_errors=True)
        return r.returncode or status
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
