"""A PE (TTM) off on its own is a warning: its identity takes the net profit as Revenue x Profit Margin, and a margin may
be over the profit including minority interests where the P/E is over the shareholders' share (round-40 tester guc F1,
on a derived page; lb.statement.net_margin warns for the same reason). PS and PB have no such doubt and still fail.
Synthetic variants of the Longbridge seed, one cell each."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

SEED = (Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "seed_002371.SZ.md").read_text(encoding="utf-8")


def _valuation(old: str, new: str) -> dict[str, tuple[Status, str]]:
    assert old in SEED
    doc = parse_text(SEED.replace(old, new, 1), source="synthetic.md")
    return {c.rule: (c.status, c.message) for c in audit(doc).checks if c.rule.startswith("lb.valuation.")}


@pytest.mark.parametrize(("old", "new"), [
    ("| PE (TTM) | 80.56 |", "| PE (TTM) | 90.56 |"),  # off the PB and PS common factor
    ("| PE (TTM) | 80.56 |", "| PE (TTM) | 40.28 |"),
])
def test_a_pe_off_on_its_own_is_a_warning_that_says_why(old: str, new: str) -> None:
    status, message = _valuation(old, new)["lb.valuation.pe"]
    assert status is Status.WARN
    assert "so a price difference does not explain it; a difference of earnings may" in message
    assert "minority interests" in message


@pytest.mark.parametrize(("old", "new", "rule"), [
    ("| PS (TTM) | 10.83 |", "| PS (TTM) | 12.83 |", "lb.valuation.ps"),
    ("| PB | 11.43 |", "| PB | 13.43 |", "lb.valuation.pb"),
])
def test_a_ps_or_pb_off_on_its_own_still_fails(old: str, new: str, rule: str) -> None:
    assert _valuation(old, new)[rule][0] is Status.FAIL
