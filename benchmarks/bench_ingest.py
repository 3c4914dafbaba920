"""Ingest benchmark on a generated corpus: throughput (audit, ingest single, pool, Dask), peak memory, precision/recall.

    python benchmarks/bench_ingest.py --docs 10000 [--docs 100000] [--repeat 3] [--no-dask]

At 100,000 pages (one run each: ingest single, pool, Dask; no audit, see
``--audit-max-docs``) this takes about 40 minutes on two idle cores and needs
about 12 GB free in the temp folder (a store is ~8 GB; each is deleted once
measured). Progress goes to stderr.

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
import shutil
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


def _size_mb(path: Path) -> float:
    """Bytes on disk below ``path`` (a file, its -wal/-shm, or a folder), in MB."""
    files = [p for p in path.parent.glob(path.name + "*")] if not path.is_dir() else list(path.rglob("*"))
    return sum(p.stat().st_size for p in files if p.is_file()) / 1e6


def _drop(path: Path) -> None:
    """Delete a store (and its -wal/-shm) or an output folder: a 100,000-page store is gigabytes."""
    if path.is_dir():
        shutil.rmtree(path)
    for p in path.parent.glob(path.name + "*"):
        p.unlink()


def _log(n: int, what: str, started: float) -> None:
    print(f"[{n} docs, {time.perf_counter() - started:6.0f} s] {what}", file=sys.stderr, flush=True)


def bench(n: int, repeat: int, dask: bool = True, audit: bool = True) -> dict[str, float]:
    """All measurements on one corpus of n pages (the audit, and with it precision/recall, only when ``audit``)."""
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        manifest = corpus.generate(root, n)
        _log(n, "corpus written", started)
        res: dict[str, float] = {"docs": n, "repeat": repeat}
        audits, singles, pools, dasks, machine, loads = [], [], [], [], [], []
        jsonl = Path(tmp) / "audit.jsonl"
        for _ in range(repeat):
            loads.append(os.getloadavg()[0])
            machine.append(machine_ratio())
            if audit:
                a = measure(["audit", str(root), "--format", "jsonl"], stdout=jsonl)
                audits.append(a["s"])
                res["audit_rss_mb"] = a["rss_mb"]
                _log(n, f"audit {a['s']:.1f} s", started)
            store = Path(tmp) / "single.db"
            s = measure(["ingest", str(root), "--store", str(store), "--workers", "1"])
            singles.append(s["s"])
            res["ingest1_rss_mb"] = s["rss_mb"]
            res["store_mb"] = _size_mb(store)
            _drop(store)
            _log(n, f"ingest --workers 1 {s['s']:.1f} s", started)
            store = Path(tmp) / "pool.db"
            p = measure(["ingest", str(root), "--store", str(store), "--workers", "2"])
            pools.append(p["s"])
            res["ingest2_rss_mb"] = p["rss_mb"]
            _drop(store)
            _log(n, f"ingest --workers 2 {p['s']:.1f} s", started)
            if dask:
                out = Path(tmp) / "dask"
                d = measure(["ingest", str(root), "--executor", "dask", "--out", str(out), "--shard-size", "1000"])
                dasks.append(d["s"])
                res["dask_rss_mb"] = d["rss_mb"]
                res["dask_out_mb"] = _size_mb(out)
                _drop(out)
                _log(n, f"ingest --executor dask {d['s']:.1f} s", started)
        loads.append(os.getloadavg()[0])
        if audits:
            found = corpus.found_findings(jsonl.read_text().splitlines())
            expected = corpus.expected_findings(manifest)
            res["precision"] = len(found & expected) / max(1, len(found))
            res["recall"] = len(found & expected) / max(1, len(expected))
            res["audit_docs_s"] = n / statistics.median(audits)
            res["ingest_vs_audit"] = statistics.median(audits) / statistics.median(singles)
        res["ingest1_docs_s"] = n / statistics.median(singles)
        res["ingest2_docs_s"] = n / statistics.median(pools)
        res["pool_vs_single"] = statistics.median(singles) / statistics.median(pools)
        res["machine_2proc_ratio"] = statistics.median(machine)
        res["load_min"], res["load_max"] = min(loads), max(loads)
        if dasks:
            res["dask_docs_s"] = n / statistics.median(dasks)
            res["dask_vs_single"] = statistics.median(singles) / statistics.median(dasks)
        res["seconds"] = time.perf_counter() - started
        return res


MEMORY = ("audit_rss_mb", "ingest1_rss_mb", "ingest2_rss_mb", "dask_rss_mb")
MEMORY_TARGET = 1.2  # peak memory of the largest corpus at most this times that of the smallest


def memory_ratios(small: dict[str, float], large: dict[str, float]) -> dict[str, object]:
    """Peak memory of the largest corpus over the smallest, per command measured on both, and whether ingest meets the target."""
    ratios = {f"peak_memory_ratio_{key[:-7]}": round(large[key] / small[key], 3) for key in MEMORY if key in small and key in large}
    met = all(v <= MEMORY_TARGET for k, v in ratios.items() if k.startswith("peak_memory_ratio_ingest"))
    return {"memory_docs": f"{int(large['docs'])} vs {int(small['docs'])}", **ratios, "peak_memory_target_met": met}


def main() -> None:
    """Run and print one JSON line per corpus size, then the memory ratios (largest vs smallest corpus)."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, action="append", default=None)
    ap.add_argument("--repeat", type=int, default=1, help="Interleaved repeats (medians) on corpora up to --repeat-max-docs; 1 above.")
    ap.add_argument("--repeat-max-docs", type=int, default=10_000)
    ap.add_argument("--audit-max-docs", type=int, default=10_000,
                    help="Run 'audit' (throughput, precision/recall) only on corpora up to this size (a 100,000-page audit is ~15 min).")
    ap.add_argument("--no-dask", action="store_true")
    a = ap.parse_args()
    print(json.dumps({"uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip(),
                      "cpus": len(os.sched_getaffinity(0)), "tmp_free_gb": round(shutil.disk_usage(tempfile.gettempdir()).free / 1e9, 1)}), flush=True)
    results = []
    for n in sorted(a.docs or [10_000]):
        results.append(bench(n, a.repeat if n <= a.repeat_max_docs else 1, dask=not a.no_dask, audit=n <= a.audit_max_docs))
        print(json.dumps({k: round(v, 3) for k, v in results[-1].items()}), flush=True)
    if len(results) > 1:
        print(json.dumps(memory_ratios(results[0], results[-1])))
    print(json.dumps({"uptime": subprocess.run(["uptime"], capture_output=True, text=True).stdout.strip()}))


if __name__ == "__main__":
    main()
