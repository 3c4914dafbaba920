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


PINNED = (("| PB | 11.43 |", "| PB | 11.03 |"), ("| PS (TTM) | 10.83 |", "| PS (TTM) | 10.45 |"))
"""PB and PS set to what their inputs give: both hold at factor 1, so no common factor, and they pin the price."""


@pytest.mark.parametrize(("pe", "said"), [
    ("90.56", "It would take minority interests of"),
    ("-80.56", "a shareholders' share of the opposite sign to the whole profit"),
])
def test_a_pe_off_where_the_others_hold_at_one_is_a_warning_that_says_what_it_would_take(pe: str, said: str) -> None:
    text = SEED
    for old, new in (*PINNED, ("| PE (TTM) | 80.56 |", f"| PE (TTM) | {pe} |")):
        assert old in text
        text = text.replace(old, new, 1)
    checks = {c.rule: c for c in audit(parse_text(text, source="synthetic.md")).checks if c.rule.startswith("lb.valuation.")}
    assert checks["lb.valuation.pb"].status is Status.PASS and checks["lb.valuation.ps"].status is Status.PASS
    pe_check = checks["lb.valuation.pe"]
    assert pe_check.status is Status.WARN
    assert "PB, PS (TTM), Dividend Yield hold(s) at factor 1, so a price difference does not explain it" in pe_check.message
    assert said in pe_check.message and "currency" not in pe_check.message  # an A share: no currency doubt


@pytest.mark.parametrize(("ps", "currency_said"), [
    ("10.45", False),  # PS holds: the revenue's currency is the cap's, pinned with the price
    ("12.45", True),   # PS off too, by another factor: only PB pins the price, and the revenue may be in another currency
])
def test_a_hong_kong_pe_names_the_currency_doubt_only_where_no_revenue_identity_rules_it_out(ps: str, currency_said: bool) -> None:
    text = SEED.replace("002371.SZ", "02371.HK")
    for old, new in (PINNED[0], ("| PS (TTM) | 10.83 |", f"| PS (TTM) | {ps} |"), ("| PE (TTM) | 80.56 |", "| PE (TTM) | 90.56 |")):
        assert old in text
        text = text.replace(old, new, 1)
    checks = {c.rule: c for c in audit(parse_text(text, source="synthetic.md")).checks if c.rule.startswith("lb.valuation.")}
    assert checks["lb.valuation.pe"].status is Status.WARN
    assert ("A currency difference is not ruled out either" in checks["lb.valuation.pe"].message) is currency_said
