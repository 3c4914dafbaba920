"""Where the time of a page goes (issue 12): the hot spots of parse + audit, and the phases of ``quotecheck audit``.

    python benchmarks/profile_speed.py [--top 10] [--rounds 5] [--pages 2000]

1. cProfile of parse + audit over the GuruFocus fixture pages, then over the Longbridge ones: the top functions
   by their own time.
2. The phases of the CLI's audit loop over ``--pages`` GuruFocus pages (the fixtures, cycled), timed with
   ``perf_counter`` around each step as ``quotecheck audit --format json`` runs them (no rule filter): parse,
   audit, the index of facts for the checks across pages, counting the checks, the JSON, and the checks across
   pages at the end. Each phase is also given as a share of the whole, which is what can be compared between runs
   on a shared machine.

A profile is not a benchmark: the profiler slows Python calls more than C calls. Use it for where, not how much.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_speed import ROOT, _corpus, gurufocus_pages

from quotecheck.parsers import audit, parse_bytes, parse_file
from quotecheck.parsers._checks import interval_memo

LB_DIR = ROOT / "fixtures" / "longbridge"


def hot_spots(pages: list[Path], rounds: int, top: int, title: str) -> None:
    """Print the ``top`` functions by own time over ``rounds`` parse + audit passes of the pages."""
    data = [(str(p), p.read_bytes()) for p in pages]
    for src, b in data:  # warm: first-use imports and caches are not what a batch run pays per page
        audit(parse_bytes(b, source=src))
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(rounds):
        for src, b in data:
            audit(parse_bytes(b, source=src))
    prof.disable()
    out = io.StringIO()
    stats = pstats.Stats(prof, stream=out)
    total = stats.total_tt  # type: ignore[attr-defined]
    stats.sort_stats("tottime").print_stats(top)
    print(f"== {title}: {len(data)} pages x {rounds}, {total:.2f} s under the profiler; top {top} by own time")
    lines = out.getvalue().splitlines()
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith("ncalls"))
    print("\n".join(lines[start:start + top + 1]))


def cli_phases(pages: list[Path], n: int) -> None:
    """Time each step of the CLI's audit loop over ``n`` pages, as ``quotecheck audit --format json`` does them."""
    from quotecheck._report._json import JsonReportWriter
    from quotecheck._report._run import CompactIndex, Tally

    with tempfile.TemporaryDirectory(prefix="qc-profile-") as tmp:
        files = _corpus(pages, n, Path(tmp))
        phases = dict.fromkeys(("parse", "audit", "index", "count", "json", "cross checks"), 0.0)
        sink = io.BytesIO()
        writer, index, tally = JsonReportWriter(sink.write), CompactIndex(), Tally()
        clock = time.perf_counter
        begin = clock()
        for f in files:
            t0 = clock()
            doc = parse_file(f)
            t1 = clock()
            with interval_memo():  # as the CLI's loop: the index reuses the audit's intervals
                result = audit(doc)
                t2 = clock()
                index.add(doc)
            t3 = clock()
            tally.add(result)
            t4 = clock()
            writer.document(result)
            t5 = clock()
            phases["parse"] += t1 - t0
            phases["audit"] += t2 - t1
            phases["index"] += t3 - t2
            phases["count"] += t4 - t3
            phases["json"] += t5 - t4
            sink.seek(0)
            sink.truncate()
        t0 = clock()
        for check in index.checks():
            tally.add_cross(check)
            writer.cross_check(check)
        phases["cross checks"] = clock() - t0
        whole = clock() - begin
    print(f"== CLI audit loop, {n} GuruFocus pages: {whole:.2f} s, {whole / n * 1e3:.2f} ms a page")
    for name, secs in phases.items():
        print(f"  {name:13s} {secs:7.2f} s  {secs / n * 1e6:7.0f} us/page  {secs / whole * 100:5.1f}%")


def main() -> int:
    """Print the hot spots of both sites and the CLI's phases."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--pages", type=int, default=2000)
    args = ap.parse_args()
    gf = gurufocus_pages()
    lb = sorted(p for p in LB_DIR.rglob("*") if p.suffix in {".md", ".txt"} and not p.name.upper().startswith("README"))
    hot_spots(gf, args.rounds, args.top, "GuruFocus parse + audit")
    hot_spots(lb, args.rounds, args.top, "Longbridge parse + audit")
    cli_phases(gf, args.pages)
    return 0


if __name__ == "__main__":
    sys.exit(main())
