"""Ingest benchmark on a generated corpus: throughput (audit, ingest single, ingest pool), peak memory, precision/recall.

    python benchmarks/bench_ingest.py --docs 10000 [--docs 100000] [--repeat 1]

Each measurement runs the CLI in a fresh process and reads its peak RSS
(ru_maxrss of the child, workers included via RUSAGE_CHILDREN of a wrapper).
Ratios are against the single-process ``audit`` of the same corpus in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
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


def bench(n: int, repeat: int) -> dict[str, float]:
    """All measurements on one corpus of n pages."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "corpus"
        manifest = corpus.generate(root, n)
        res: dict[str, float] = {"docs": n}
        audits, singles, pools = [], [], []
        for k in range(repeat):
            jsonl = Path(tmp) / "audit.jsonl"
            a = measure(["audit", str(root), "--format", "jsonl"], stdout=jsonl)
            audits.append(a["s"])
            res["audit_rss_mb"] = a["rss_mb"]
            s = measure(["ingest", str(root), "--store", str(Path(tmp) / f"s{k}.db"), "--workers", "1"])
            singles.append(s["s"])
            res["ingest1_rss_mb"] = s["rss_mb"]
            p = measure(["ingest", str(root), "--store", str(Path(tmp) / f"p{k}.db"), "--workers", "2"])
            pools.append(p["s"])
        found = corpus.found_findings(jsonl.read_text().splitlines())
        expected = corpus.expected_findings(manifest)
        res["precision"] = len(found & expected) / max(1, len(found))
        res["recall"] = len(found & expected) / max(1, len(expected))
        res["audit_docs_s"] = n / statistics.median(audits)
        res["ingest1_docs_s"] = n / statistics.median(singles)
        res["ingest2_docs_s"] = n / statistics.median(pools)
        res["pool_vs_single"] = statistics.median(singles) / statistics.median(pools)
        res["ingest_vs_audit"] = statistics.median(audits) / statistics.median(singles)
        return res


def main() -> None:
    """Run and print one JSON line per corpus size, then the memory ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--docs", type=int, action="append", default=None)
    ap.add_argument("--repeat", type=int, default=1)
    a = ap.parse_args()
    results = [bench(n, a.repeat) for n in (a.docs or [10_000])]
    for r in results:
        print(json.dumps({k: round(v, 3) for k, v in r.items()}))
    if len(results) > 1:
        print(json.dumps({"peak_memory_ratio_largest_vs_smallest_audit": round(results[-1]["audit_rss_mb"] / results[0]["audit_rss_mb"], 3),
                          "peak_memory_ratio_largest_vs_smallest_ingest": round(results[-1]["ingest1_rss_mb"] / results[0]["ingest1_rss_mb"], 3)}))


if __name__ == "__main__":
    main()
