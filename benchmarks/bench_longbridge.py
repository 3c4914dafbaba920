"""Benchmark: parse + audit (the Longbridge rules) of the seed quote page, against a bare markdown parse.

    python benchmarks/bench_longbridge.py [--repeat 30]

Baseline, in the same run on the same text: ``MarkdownIt("commonmark").enable("table").parse(text)``, timed
as written (the parser object is built in each call; the time with a prebuilt parser is shown too). Target (the
first performance issue's, kept as its record): parse + audit at least 3x faster than the baseline, i.e. speed ratio
= baseline / ours >= 3, with every fact extracted (130 on the seed). Issue 12 asks for cost <= 0.5x, i.e. speed
>= 2x: ``bench_speed.py`` and ``bench_instructions.py`` report that one.
Timings are interleaved, timeit-style (best of nothing: each repeat averages ``inner`` calls), and
medians are taken over the repeats. A breakdown shows where the time goes.
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
from markdown_it import MarkdownIt

from quotecheck.parsers.longbridge import parse_quote_page
from quotecheck.parsers.longbridge._markdown import blocks
from quotecheck.parsers.longbridge._rules import audit

SEED = ROOT / "fixtures" / "longbridge" / "seed_002371.SZ.md"
TARGET = 3.0
EXPECTED_FACTS = 130


def main() -> int:
    """Time the baseline and ours, interleaved; print the medians, the ratio and a breakdown."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--inner", type=int, default=20)
    args = ap.parse_args()
    text = SEED.read_text(encoding="utf-8")
    md = MarkdownIt("commonmark").enable("table")
    doc = parse_quote_page(text, source=str(SEED))
    checks = audit(doc)
    if len(doc.facts) != EXPECTED_FACTS:
        print(f"FAILED: {len(doc.facts)} facts extracted, expected {EXPECTED_FACTS}")
        return 1

    def ours() -> None:
        audit(parse_quote_page(text, source=str(SEED)))

    series: dict[str, list[float]] = {"bare": [], "prebuilt": [], "ours": [], "tokens": [], "parse": [], "audit": []}
    for _ in range(args.repeat):
        series["bare"].append(timed(lambda: MarkdownIt("commonmark").enable("table").parse(text), args.inner))
        series["prebuilt"].append(timed(lambda: md.parse(text), args.inner))
        series["ours"].append(timed(ours, args.inner))
        series["tokens"].append(timed(lambda: blocks(text), args.inner))
        series["parse"].append(timed(lambda: parse_quote_page(text, source=str(SEED)), args.inner))
        series["audit"].append(timed(lambda: audit(doc), args.inner))
    med = {k: statistics.median(v) for k, v in series.items()}
    ratio = statistics.median(b / o for b, o in zip(series["bare"], series["ours"], strict=False))
    print(f"page: {SEED.name} ({len(text)} characters), facts: {len(doc.facts)}, checks: {len(checks)}, "
          f"repeats: {args.repeat} x {args.inner}")
    print(f"baseline MarkdownIt('commonmark').enable('table').parse: median {med['bare'] * 1e3:7.3f} ms")
    print(f"  (same with the MarkdownIt object built once:           median {med['prebuilt'] * 1e3:7.3f} ms)")
    print(f"ours: parse_quote_page + Longbridge rules:               median {med['ours'] * 1e3:7.3f} ms")
    print(f"  of which markdown-it block tokens (our rule set):      median {med['tokens'] * 1e3:7.3f} ms")
    print(f"  of which parse (Document with every fact):             median {med['parse'] * 1e3:7.3f} ms")
    print(f"  of which audit ({len(checks)} CheckResults):                     median {med['audit'] * 1e3:7.3f} ms")
    verdict = "MET" if ratio >= TARGET else "NOT MET"
    print(f"speed ratio baseline / ours (median of per-repeat ratios): {ratio:.2f}x   target >= {TARGET:.0f}x   {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
