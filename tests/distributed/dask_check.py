#!/usr/bin/env python3
"""examples/dask/factsheet_dask.py on a real Dask cluster: a dask-scheduler and two
dask-workers started here on 127.0.0.1 (ports picked by the system), the map step over 4
partitions of a JSON Lines corpus, `factsheet report` on the claims; the output must equal
one `factsheet extract` run over the corpus. The cluster is stopped however the test ends
(its processes also stop on their own when this one is killed: the parent-death signal, and
the workers' --death-timeout once the scheduler is gone).

Usage: dask_check.py FACTSHEET SOURCE_DIR SHARED_DIR
Exits 77 (skipped) when Dask distributed is not installed.
"""
import ctypes
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from workbooks import SKIP, compare, documents, fail, run

# Seconds for the whole test; CTest's TIMEOUT is a minute longer, so the cleanup always runs.
DEADLINE = int(os.environ.get("FACTSHEET_DASK_DEADLINE", "340"))


def die_with_parent():
    """In the child before exec: SIGTERM when this process dies, even by SIGKILL."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class Cluster:
    def __init__(self, work):
        self.work = work
        self.procs = []
        self.scheduler_file = work / "scheduler.json"

    def start(self, name, args):
        log = open(self.work / f"{name}.log", "wb")
        p = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                             cwd=self.work, start_new_session=True, preexec_fn=die_with_parent)
        self.procs.append((name, p))

    def up(self):
        common = ["--no-dashboard"]
        self.start("scheduler", ["dask-scheduler", "--host", "127.0.0.1", "--port", "0",
                                 "--scheduler-file", str(self.scheduler_file), *common])
        for i in (1, 2):
            self.start(f"worker{i}", ["dask-worker", "--scheduler-file", str(self.scheduler_file),
                                      "--host", "127.0.0.1", "--nworkers", "1", "--nthreads", "1",
                                      "--name", f"worker{i}", "--death-timeout", "30",
                                      "--local-directory", str(self.work / f"worker{i}"), *common])
        until = time.monotonic() + 60
        while not self.scheduler_file.exists():
            self.check_alive()
            if time.monotonic() > until:
                fail("the scheduler did not start within 60 s\n" + self.logs())
            time.sleep(0.2)
        from dask.distributed import Client
        with Client(scheduler_file=str(self.scheduler_file), timeout=60) as client:
            client.wait_for_workers(2, timeout=90)
            workers = client.scheduler_info()["workers"]
        address = json.loads(self.scheduler_file.read_text())["address"]
        print(f"cluster: scheduler {address}, workers {sorted(workers)}")
        return address

    def check_alive(self):
        for name, p in self.procs:
            if p.poll() is not None:
                fail(f"{name} exited {p.returncode}\n" + self.logs())

    def logs(self):
        return "\n".join(f"--- {name}:\n" + (self.work / f"{name}.log").read_text(errors="replace")[-3000:]
                         for name, _ in self.procs if (self.work / f"{name}.log").exists())

    def stop(self):
        # Workers first, then the scheduler: SIGTERM to each process group, SIGKILL after 15 s.
        for name, p in reversed(self.procs):
            if p.poll() is None:
                os.killpg(p.pid, signal.SIGTERM)
        until = time.monotonic() + 15
        for name, p in reversed(self.procs):
            try:
                p.wait(timeout=max(0.1, until - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
            try:  # anything left in the group (a nanny's worker process)
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.procs = []


def main():
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("skipped: Dask distributed is not installed (Debian: python3-distributed)")
        sys.exit(SKIP)
    factsheet, source_dir, shared_dir = (str(Path(a).resolve()) for a in sys.argv[1:4])
    example = Path(source_dir) / "examples" / "dask" / "factsheet_dask.py"
    signal.signal(signal.SIGALRM, lambda *_: fail(f"the test took over {DEADLINE} s"))
    signal.signal(signal.SIGTERM, lambda *_: fail("terminated"))
    signal.alarm(DEADLINE)
    with tempfile.TemporaryDirectory(prefix="fs_dask_") as tmp:
        work = Path(tmp)
        # The corpus as JSON Lines; every fifth record without an id, named FILE:LINE.
        with open(work / "corpus.jsonl", "w") as f:
            for i, (name, text) in enumerate(documents(source_dir, shared_dir)):
                record = {"text": text} if i % 5 == 4 else {"id": name, "text": text}
                f.write(json.dumps(record) + "\n")
        cluster = Cluster(work)
        try:
            address = cluster.up()
            for ext in ("xlsx", "jsonl"):
                r = run([sys.executable, example, "--scheduler", address, "--factsheet", factsheet,
                         "--partitions", "4", "corpus.jsonl", "-o", f"dask.{ext}"], cwd=work)
                log = r.stderr.decode(errors="replace")
                print(log, end="")
                cluster.check_alive()
            ran_on = {line.rsplit(" on ", 1)[1] for line in log.splitlines() if " claims on " in line}
            if log.count(" claims on ") != 4 or len(ran_on) != 2:
                fail("expected 4 partitions on the 2 workers:\n" + log)
        finally:
            cluster.stop()
        for ext in ("xlsx", "jsonl"):
            run([factsheet, "extract", "corpus.jsonl", "-o", f"single.{ext}"], cwd=work)
        if (work / "dask.jsonl").read_bytes() != (work / "single.jsonl").read_bytes():
            fail("the claims of the Dask run differ from those of a single run")
        claims = (work / "single.jsonl").read_text().count("\n")
        unnamed = (work / "single.jsonl").read_text().count('"doc":"corpus.jsonl:')
        print(f"JSON Lines byte-identical: {claims} claims ({unnamed} of records named corpus.jsonl:LINE)")
        compare(work / "single.xlsx", work / "dask.xlsx")
    signal.alarm(0)


if __name__ == "__main__":
    main()
