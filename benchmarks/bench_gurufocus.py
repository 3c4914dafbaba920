"""Benchmark: parse + audit of the GuruFocus seeds, as a ratio against a bare baseline in the same run.

    python benchmarks/bench_gurufocus.py [--repeat 30]

Baseline: read the same files and split them into lines and words. Target (the first performance issue's, over
the four seeds, kept as its record): the full parse + audit costs at most 10x the baseline. Issue 12's target, 20x
over the 63 benchmark pages, is what ``bench_speed.py`` and ``bench_instructions.py`` report. Medians over the repeats.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from _timing import timed

from quotecheck.parsers import audit, parse_bytes

SEEDS = sorted((ROOT / "fixtures" / "gurufocus" / "seeds").glob("*.txt"))
TARGET = 10.0


def baseline() -> int:
    """Read each seed and split it into lines and words."""
    words = 0
    for p in SEEDS:
        for line in p.read_bytes().decode("utf-8").splitlines():
            words += len(line.split())
    return words


def full() -> int:
    """Read, parse and audit each seed."""
    checks = 0
    for p in SEEDS:
        doc = parse_bytes(p.read_bytes(), source=str(p))
        checks += len(audit(doc).checks)
    return checks


def main() -> int:
    """Run both, interleaved, and print medians and the ratio."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=30)
    args = ap.parse_args()
    full()  # warm imports and regex caches
    base_t, full_t, ratios = [], [], []
    for _ in range(args.repeat):
        b = timed(baseline, 200)
        f = timed(full, 3)
        base_t.append(b)
        full_t.append(f)
        ratios.append(f / b)
    n = len(SEEDS)
    mb, mf, mr = statistics.median(base_t), statistics.median(full_t), statistics.median(ratios)
    print(f"documents: {n} GuruFocus seeds, repeats: {args.repeat}")
    print(f"baseline (read + split lines/words): {n / mb:12.0f} docs/s  median {mb * 1e3:8.3f} ms per pass")
    print(f"parse + audit:                       {n / mf:12.0f} docs/s  median {mf * 1e3:8.3f} ms per pass")
    print(f"cost ratio (median of per-repeat ratios): {mr:.1f}x   target <= {TARGET:.0f}x   {'MET' if mr <= TARGET else 'NOT MET'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
