"""Fuzz the parsers: N random edits of the fixtures through parse + audit, each in a forked child with a watchdog.

Prints the counts of untyped exceptions (anything not a QuotecheckError), hangs (a case still
running after the watchdog) and rule crashes (a check the engine records as a crashed rule), with
the first few examples of each, and exits 1 if any count is not zero::

    python benchmarks/fuzz_parsers.py -n 20000 --seed 1 --timeout 2
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "tests" / "parsers"), str(ROOT / "tests" / "parsers" / "hostile")]

from _hostile_runner import run_isolated
from fuzzing import random_edits

FIXTURES = ROOT / "fixtures"
PIECES = [*"0123456789.,-+*/=()$¥€ :\n%»|#>`{}[]\"", "Premium Member Only", "Mil.", "(As of ", "Dec23 ", "```chart-data:radar",
          "```", "---", "| |", "|---|", "## ", "**", "1 / 63", "−", "<div>", "</div>", "<br>", "<td>", "<tr>", "&amp;",
          " was ", "' s ", "=", "During the past ", "highest ", "Current CPI (", "\t", "    "]
"""Insertions: the GuruFocus and Longbridge fuzz tests' pieces, some HTML, and fragments of the patterns."""


def fixture_pages() -> list[tuple[str, str]]:
    """(file name, text) of every page fixture: GuruFocus seeds, real pages and HTML; Longbridge pages."""
    paths = sorted(FIXTURES.glob("gurufocus/seeds/*.txt")) + sorted(FIXTURES.glob("gurufocus/realpages/*.txt"))
    paths += sorted(FIXTURES.glob("gurufocus/html/*.html")) + sorted(FIXTURES.glob("longbridge/**/*.md"))
    paths += sorted(FIXTURES.glob("longbridge/**/*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def main(argv: list[str] | None = None) -> int:
    """Run the fuzz loop and print the counts."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=1000, help="number of edited pages")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--timeout", type=float, default=2.0, help="watchdog per case, seconds")
    ap.add_argument("--max-span", type=int, default=300)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    pages = fixture_pages()
    counts: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    slowest = 0.0
    started = time.perf_counter()
    for index in range(args.n):
        name, text = rng.choice(pages)
        text = random_edits(text, PIECES, args.max_span, rng)
        outcome = run_isolated(text, "fuzz" + Path(name).suffix, timeout=args.timeout)
        slowest = max(slowest, outcome.seconds)
        counts[outcome.kind] += 1
        counts["rule_crash"] += outcome.rule_crashes
        if outcome.kind in ("untyped", "hang") or outcome.rule_crashes:
            kind = "rule_crash" if outcome.kind not in ("untyped", "hang") else outcome.kind
            examples.setdefault(kind, []).append(f"#{index} {name}: {outcome.detail}")
        if (index + 1) % 1000 == 0:
            print(f"{index + 1} cases, {time.perf_counter() - started:.0f} s: {dict(counts)}", flush=True)
    print(f"cases: {args.n} (seed {args.seed}, watchdog {args.timeout} s), {time.perf_counter() - started:.0f} s, "
          f"slowest case {slowest:.2f} s")
    print(f"ok: {counts['ok']}  typed errors: {counts['typed']}")
    print(f"untyped exceptions: {counts['untyped']}  hangs: {counts['hang']}  rule crashes: {counts['rule_crash']}")
    for kind, found in examples.items():
        print(f"first {kind}: " + "; ".join(found[:5]))
    return 1 if counts["untyped"] or counts["hang"] or counts["rule_crash"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
