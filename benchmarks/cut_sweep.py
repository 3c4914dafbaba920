"""Cut every real GuruFocus fixture page short at many points and report the FAILs a cut copy gives that its whole page
does not: a page start is the usual input (the stored pages stop at ~2,000 characters, anywhere), and a cut must take
facts away, never add a proof. Exits 1 when any is found::

    python benchmarks/cut_sweep.py [--step 53] [--start 600] [--limit 0]

Each cut copy is parsed and audited in process; a FAIL counts as new when the whole page has no FAIL of that rule and
subject. Round 47's first sweep (15,578 copies of 461 pages) found four kinds, three of them false (fixed: a title split
by one possessive, a twelve-month headline of a term whose span the registry assumed, an M-score block cut before its
data's period) and one true: PG 2014's '19.40' against its own '$82.81 / $4.23', which the whole page fails under
gf.restated and a copy cut before the block's '=19.58' fails under gf.derived. That one is listed and expected.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from quotecheck.parsers import QuotecheckParseError, Status, audit, parse_text

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "fixtures" / "gurufocus" / "realpages"
KNOWN = {("gurufocus_shillerpe_PG_2014-6yr.txt", "gf.derived")}
"""New FAILs that are true: the page's own inputs cannot give its printed result (see the module's docstring)."""


def _fails(text: str, source: str) -> set[tuple[str, str | None]]:
    try:
        checks = audit(parse_text(text, source=source)).checks
    except QuotecheckParseError:
        return set()
    return {(c.rule, c.subject) for c in checks if c.status is Status.FAIL}


def sweep(pages: list[Path], step: int, start: int) -> tuple[int, Counter[tuple[str, str]], dict[tuple[str, str], str]]:
    """The cut copies made, and the new FAILs by (page, rule) with an example of each."""
    new: Counter[tuple[str, str]] = Counter()
    example: dict[tuple[str, str], str] = {}
    copies = 0
    for page in pages:
        text = page.read_text(encoding="utf-8")
        whole = _fails(text, str(page))
        for at in range(start, len(text) - 1, step):
            copies += 1
            for rule, subject in _fails(text[:at], f"{page.name}[:{at}]") - whole:
                new[(page.name, rule)] += 1
                example.setdefault((page.name, rule), f"cut at {at}: {subject}")
    return copies, new, example


def main() -> int:
    """Print the new FAILs of cut copies, by page and rule."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--step", type=int, default=53, help="characters between two cuts")
    ap.add_argument("--start", type=int, default=600, help="the first cut (the header is above it)")
    ap.add_argument("--limit", type=int, default=0, help="pages to sweep (0: all)")
    args = ap.parse_args()
    pages = sorted(PAGES.glob("*.txt"))[: args.limit or None]
    copies, new, example = sweep(pages, args.step, args.start)
    print(f"{len(pages)} pages, {copies} cut copies")
    unexpected = 0
    for (name, rule), count in new.most_common():
        known = (name, rule) in KNOWN
        unexpected += not known
        print(f"{count:5d} {name} {rule} ({example[(name, rule)]}){' [known, true]' if known else ''}")
    print(f"new FAILs not known to be true: {unexpected}")
    return 1 if unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
