"""What the valuation range messages say (round-40 tester guc F5, on derived pages): a range order that breaks names
what breaks it, and a negative ratio outside its range is not called dearer or cheaper. Synthetic variants of the
Longbridge seed's PB row ('| PB | 11.43 | 47/63 | 9.69 | 8.93 | 7.35 |': High, Median, Low)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md").read_text(encoding="utf-8")
ROW = "| PB | 11.43 | 47/63 | 9.69 | 8.93 | 7.35 |"


def _pb(row: str, rule: str) -> tuple[Status, str, int | None]:
    assert ROW in SEED
    (found,) = [c for c in audit(parse_text(SEED.replace(ROW, row, 1), source="synthetic.md")).checks
                if c.rule == rule and (c.subject or "").startswith("PB ")]
    return found.status, found.message, found.quoted.value if found.quoted else None  # type: ignore[return-value]


@pytest.mark.parametrize(("row", "said", "quoted"), [
    ("| PB | 11.43 | 47/63 | 7.35 | 8.93 | 9.69 |", "the Low is above the High", "9.69"),
    ("| PB | 11.43 | 47/63 | 9.69 | 10.93 | 7.35 |", "the Median lies above the High", "10.93"),
    ("| PB | 11.43 | 47/63 | 9.69 | 6.93 | 7.35 |", "the Median lies below the Low", "6.93"),
    ("| PB | -15.03 | 47/63 | -20.00 | -14.00 | -10.00 |", "the Low is above the High", "-10.00"),
])
def test_a_broken_range_order_names_what_breaks_it(row: str, said: str, quoted: str) -> None:
    status, message, value = _pb(row, "lb.range.order")
    assert status is Status.FAIL and message.endswith(f"does not hold: {said}") and value == quoted


@pytest.mark.parametrize(("row", "gloss"), [
    (ROW, "(dearer than at any time in that window)"),
    ("| PB | -5.03 | 47/63 | -10.00 | -14.00 | -20.00 |", None),  # a negative P/B is no dearer for being less negative
    ("| PB | -25.03 | 47/63 | -10.00 | -14.00 | -20.00 |", None),
])
def test_a_negative_ratio_outside_its_range_is_not_called_dear_or_cheap(row: str, gloss: str | None) -> None:
    status, message, _ = _pb(row, "lb.range.position")
    assert status is Status.WARN
    assert (gloss in message) if gloss else ("dearer" not in message and "cheaper" not in message)
