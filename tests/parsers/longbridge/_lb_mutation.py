"""Mutation helpers for the Longbridge audit: every printed number of the seed's tables and chart, moved on its own.

A number is *detected* when the mutated page's audit has a non-pass result that cites the number's
line and that the original page did not have (same rule, subject and status). A warning the page
already carried on that line does not count: it was not caused by the mutation.

    python tests/parsers/longbridge/_lb_mutation.py     # print the detection rates and the misses
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

if __name__ == "__main__":  # allow running as a script from the repository root
    sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from quotecheck.parsers._models import Document, Status
from quotecheck.parsers._numbers import NUMBER_RE, count_decimals, to_decimal
from quotecheck.parsers.longbridge import parse_quote_page
from quotecheck.parsers.longbridge._rules import audit

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md"
_CHART_VALUE_RE = re.compile(r'"value"\s*:\s*"(?P<v>[^"]*)"')
_TOTAL_RE = re.compile(r"\*\*(?P<v>\d+)\*\*")


@dataclass(frozen=True, order=True)
class Site:
    """One printed number: its line, the character span on that line, and its text."""

    line: int
    start: int
    end: int
    text: str
    where: str


def sites(text: str, doc: Document) -> list[Site]:
    """Every number in a numeric table cell, every chart-data value, and the Total Analysts count."""
    lines = text.split("\n")
    out: list[Site] = []
    for table in doc.tables:
        for row in table.rows:
            raw = lines[row.line - 1]
            bounds = [i for i, ch in enumerate(raw) if ch == "|"]
            for k, cell in enumerate(row.cells):
                if cell.number is None or k + 1 >= len(bounds):
                    continue
                a, b = bounds[k] + 1, bounds[k + 1]
                for m in NUMBER_RE.finditer(raw, a, b):
                    out.append(Site(row.line, m.start(), m.end(), m.group(0), f"table {table.id}"))
    for fact in doc.facts:
        if fact.context == "chart" and fact.value is not None:
            raw = lines[fact.line - 1]
            v = _CHART_VALUE_RE.search(raw)
            assert v is not None
            m = NUMBER_RE.search(raw, v.start("v"), v.end("v"))
            assert m is not None
            out.append(Site(fact.line, m.start(), m.end(), m.group(0), "chart"))
    total = doc.fact("analyst_ratings.total")
    if total is not None:
        m = _TOTAL_RE.search(lines[total.line - 1])
        assert m is not None
        out.append(Site(total.line, m.start("v"), m.end("v"), m.group("v"), "Total Analysts"))
    return sorted(set(out))


def moved(number_text: str, kind: str) -> str:
    """The number moved beyond its rounding, away from zero (sign kept), in the same printed shape.

    ``small``: 10 units of the last printed digit. ``jump``: half the value (at least the small step).

    >>> moved("28.27", "small"), moved("-8.04", "small"), moved("01", "small"), moved("433014273033.61", "small")
    ('28.37', '-8.14', '11', '433014273033.71')
    >>> moved("80.56", "jump"), moved("-8.04", "jump"), moved("13", "jump"), moved("0.13", "jump")
    ('120.84', '-12.06', '23', '0.23')
    """
    decimals = count_decimals(number_text)
    value = to_decimal(number_text)
    ulp = Decimal(1).scaleb(-decimals)
    step = ulp * 10
    if kind == "jump":
        step = max(step, (abs(value) / 2).quantize(ulp))
    new = value + step if value >= 0 else value - step
    digits = len(number_text.lstrip("-").split(".")[0])
    out = f"{abs(new):0{digits + (decimals + 1 if decimals else 0)}.{decimals}f}"
    return ("-" if new < 0 else "") + out


def mutate(text: str, site: Site, kind: str) -> str:
    """The page with one number replaced."""
    lines = text.split("\n")
    raw = lines[site.line - 1]
    lines[site.line - 1] = raw[:site.start] + moved(site.text, kind) + raw[site.end:]
    return "\n".join(lines)


def _flags(doc: Document) -> set[tuple[str, str | None, Status]]:
    return {(c.rule, c.subject, c.status) for c in audit(doc) if c.status is not Status.PASS}


def detected(text: str, site: Site, kind: str, baseline: set[tuple[str, str | None, Status]]) -> bool:
    """True when a new non-pass result cites the mutated number's line."""
    doc = parse_quote_page(mutate(text, site, kind), source=str(SEED))
    return any(c.status is not Status.PASS and (c.rule, c.subject, c.status) not in baseline and site.line in c.lines()
               for c in audit(doc))


def run(kind: str) -> tuple[list[Site], list[Site]]:
    """(detected, missed) sites of the seed for one mutation kind."""
    text = SEED.read_text(encoding="utf-8")
    doc = parse_quote_page(text, source=str(SEED))
    baseline = _flags(doc)
    hit, miss = [], []
    for site in sites(text, doc):
        (hit if detected(text, site, kind, baseline) else miss).append(site)
    return hit, miss


if __name__ == "__main__":
    for kind in ("small", "jump"):
        hit, miss = run(kind)
        total = len(hit) + len(miss)
        print(f"{kind}: {len(hit)}/{total} detected ({100 * len(hit) / total:.1f}%)")
        for s in miss:
            print(f"   missed line {s.line} {s.text!r} -> {moved(s.text, kind)!r} ({s.where})")
