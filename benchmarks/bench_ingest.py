"""Ingest benchmark on a generated corpus: throughput (audit, ingest single, pool, Dask), peak memory, precision/recall.

    python benchmarks/bench_ingest.py --docs 10000 [--docs 100000] [--repeat 3] [--no-dask]

Each measurement runs the CLI in a fresh process and reads its peak RSS
(ru_maxrss of the child, workers included via RUSAGE_CHILDREN of a wrapper).
Ratios are against the single-process ``audit`` / ``ingest --workers 1`` of the
same corpus in the same run; repeats are interleaved (single, pool, single, ...)
and medians reported, with the load average before each run. The machine may be
shared: ``machine_2proc_ratio`` is what two busy processes get over one, measured
in the same run (a pure-Python loop), the ceiling for ``pool_vs_single``.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus

WRAP = ("import resource, subprocess, sys, json, time; t = time.perf_counter(); "
        "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL if '--format' not in sys.argv else None); "
        "print(json.dumps({'s': time.perf_counter() - t, 'rss_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}), file=sys.stderr)")


def measure(args: list[str], stdout: Path | None = None) -> dict[str, float]:
    """Wall time and peak RSS (largest single process) of one CLI run."""
    cmd = [sys.executable, "-c", WRAP, sys.executable, "-c", "from quotecheck.cli import main; main()", *args]
    with (stdout.open("w") if stdout else open("/dev/null", "w")) as out:
        p = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE, text=True)
    return json.loads(p.stderr.strip().splitlines()[-1])


def _spin(n: int) -> int:
    x = 0
    for i in range(n):
        x += i * i % 7
    return x


def machine_ratio(n: int = 6_000_000) -> float:
    """How much faster two busy processes do two units of work than one process does them, right now (2.0 on two idle cores)."""
    ctx_cmd = [sys.executable, "-c", f"import sys; sys.path.insert(0, {str(HERE)!r}); import bench_ingest as b; b._spin({n})"]
    t = time.perf_counter()
    subprocess.run(ctx_cmd, check=True)
    subprocess.run(ctx_cmd, check=True)
    one = time.perf_counter() - t
    t = time.perf_counter()
    procs = [subprocess.Popen(ctx_cmd) for _ in range(2)]
    for p in procs:
        p.wait()
    return one / (time.perf_counter() - t)


def bench(n: int, repeat: int, dask: bool = True) -> dict[str, float]:
    """All measurements on one corpus of n pages."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        manifest = corpus.generate(root, n)
        res: dict[str, float] = {"docs": n}
        audits, singles, pools, dasks, machine, loads = [], [], [], [], [], []
        for k in range(repeat):
            loads.append(os.getloadavg()[0])
            machine.append(machine_ratio())
            jsonl = Path(tmp) / "audit.jsonl"
            a = measure(["audit", str(root), "--format", "jsonl"], stdout=jsonl)
            audits.append(a["s"])
            res["audit_rss_mb"] = a["rss_mb"]
            s = measure(["ingest", str(root), "--store", str(Path(tmp) / f"s{k}.db"), "--workers", "1"])
            singles.append(s["s"])
            res["ingest1_rss_mb"] = s["rss_mb"]
            p = measure(["ingest", str(root), "--store", str(Path(tmp) / f"p{k}.db"), "--workers", "2"])
            pools.append(p["s"])
            res["ingest2_rss_mb"] = p["rss_mb"]
            if dask:
                d = measure(["ingest", str(root), "--executor", "dask", "--out", str(Path(tmp) / f"d{k}"), "--shard-size", "1000"])
                dasks.append(d["s"])
        loads.append(os.getloadavg()[0])
        found = corpus.found_findings(jsonl.read_text().splitlines())
        expected = corpus.expected_findings(manifest)
        res["precision"] = len(found & expected) / max(1, len(found))
        res["recall"] = len(found & expected) / max(1, len(expected))
        res["audit_docs_s"] = n / statistics.median(audits)
        res["ingest1_docs_s"] = n / statistics.median(singles)
        res["ingest2_docs_s"] = n / statistics.median(pools)
        res["pool_vs_single"] = statistics.median(singles) / statistics.median(pools)
        res["machine_2proc_ratio"] = statistics.median(machine)
        res["load_min"], res["load_max"] = min(loads), max(loads)
        if dasks:
            res["dask_docs_s"] = n / statistics.median(dasks)
            res["dask_vs_single"] = statistics.median(singles) / statistics.median(dasks)
        res["ingest_vs_audit"] = statistics.median(audits) / statistics.median(singles)
        return res


def main() -> None:
    """Run and print one JSON line per corpus size, then the memory ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, action="append", default=None)
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-dask", action="store_true")
    a = ap.parse_args()
    results = []
    for n in a.docs or [10_000]:
        results.append(bench(n, a.repeat, dask=not a.no_dask))
        print(json.dumps({k: round(v, 3) for k, v in results[-1].items()}), flush=True)
    if len(results) > 1:
        print(json.dumps({"peak_memory_ratio_largest_vs_smallest_audit": round(results[-1]["audit_rss_mb"] / results[0]["audit_rss_mb"], 3),
                          "peak_memory_ratio_largest_vs_smallest_ingest": round(results[-1]["ingest1_rss_mb"] / results[0]["ingest1_rss_mb"], 3)}))


if __name__ == "__main__":
    main()
