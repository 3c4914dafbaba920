"""Mutation testing helpers: perturb one printed number beyond its rounding and see whether the audit notices."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from quotecheck.parsers import Status, audit, cross_document_checks, parse_text
from quotecheck.parsers._errors import QuotecheckParseError
from quotecheck.parsers._numbers import NUMBER_RE, count_decimals, to_decimal


@dataclass(frozen=True)
class Target:
    """One printed number that feeds a value check: its line and its number text."""

    line: int
    text: str


CONTAINMENT_RULES = frozenset({"gf.range.history", "gf.range.current", "gf.range.order", "gf.growth.range",
                               "lb.range.position", "lb.range.order", "lb.target.order", "lb.target.current",
                               "lb.rank.bounds"})
"""Rules that check a value lies inside bounds: by design they cannot see a small shift, so they define no targets."""


def value_targets(checks) -> set[Target]:
    """Numbers cited by checks that re-derive or restate a value (quoted value and inputs of equality-type checks)."""
    out: set[Target] = set()
    for c in checks:
        if c.status != Status.PASS or c.recomputed is None or c.rule in CONTAINMENT_RULES:
            continue
        for q in ([c.quoted] if c.quoted else []) + list(c.inputs):
            if q and q.line and q.text:
                m = NUMBER_RE.search(q.text.replace("−", "-"))
                if m:
                    out.add(Target(q.line, m.group(0)))
    return out


def perturbed(number_text: str) -> str:
    """The same number moved well beyond its rounding (max of 7 units in the last place and 3%), same printed shape."""
    d = count_decimals(number_text)
    value = to_decimal(number_text)
    ulp = Decimal(1).scaleb(-d)
    delta = max(ulp * 7, (abs(value) * Decimal("0.03")).quantize(ulp))
    new = value + delta
    text = f"{new:,.{d}f}" if "," in number_text else f"{new:.{d}f}"
    return text


def mutate_line(page_text: str, target: Target) -> str | None:
    """The page with the first standalone occurrence of the target number on its line perturbed."""
    lines = page_text.split("\n")
    line = lines[target.line - 1]
    pat = re.compile(r"(?<![\d.,])" + re.escape(target.text) + r"(?![\d])")
    m = pat.search(line)
    if not m:
        unsigned = target.text.lstrip("-")
        m = re.compile(r"(?<![\d.,])" + re.escape(unsigned) + r"(?![\d])").search(line)
        if not m:
            return None
        lines[target.line - 1] = line[: m.start()] + perturbed(unsigned) + line[m.end():]
    else:
        lines[target.line - 1] = line[: m.start()] + perturbed(target.text) + line[m.end():]
    return "\n".join(lines)


def detected(page_text: str, target: Target, source: str, url: str | None = None, siblings=()) -> bool | None:
    """True when a non-pass check cites the mutated line; None when the mutation could not be placed.

    With ``siblings`` (other pages of the same security), cross-page checks that cite this page's line count too.
    """
    mutated = mutate_line(page_text, target)
    if mutated is None:
        return None
    try:
        doc = parse_text(mutated, source=source, url=url)
    except QuotecheckParseError:
        return True
    flagged = (Status.FAIL, Status.WARN)
    if any(target.line in c.lines() for c in audit(doc).checks if c.status in flagged):
        return True
    if siblings:
        name = Path(source).name
        for c in cross_document_checks([doc, *siblings]):
            if c.status in flagged and any(q.line == target.line and (q.name or "").startswith(name) for q in c.inputs):
                return True
    return False


def run(path: Path, url: str | None = None, siblings=()) -> tuple[list[Target], list[Target], list[Target]]:
    """(caught, missed, unplaced) targets of one page."""
    text = path.read_text(encoding="utf-8")
    doc = parse_text(text, source=str(path), url=url)
    caught, missed, unplaced = [], [], []
    for t in sorted(value_targets(audit(doc).checks), key=lambda t: (t.line, t.text)):
        r = detected(text, t, str(path), url, siblings)
        (unplaced if r is None else caught if r else missed).append(t)
    return caught, missed, unplaced
