"""A margin of safety is today's price against an intrinsic value worked out from past periods' amounts: on a venue
that prints amounts converted from the company's own currency, a result its two printed amounts cannot give is no
proof (round-50 tester q1: Honda's receipt on BSP, R$359.73 and R$153.59 give 57.30%, the page prints 56.73%, a FAIL);
on a venue that prints the company's own currency it still is."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

HOND34 = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_margin-dcf-dividend_BSP-HOND34.txt"

CASES = [
    # (edits, gf.calc.prose status, the message names the venue's conversion)
    ((), Status.WARN, True),
    # synthetic: the symbol of a share that trades in the company's own currency: the miss is a proof
    ((("dividend/BSP:HOND34", "dividend/TSE:7267"), ("(BSP:HOND34)", "(TSE:7267)"), ("(BSP:HOND34)", "(TSE:7267)")), Status.FAIL, False),
    # synthetic: a margin the inputs give (57.30%) passes on the converting venue too
    ((("Discounted Dividend model is 56.73%", "Discounted Dividend model is 57.30%"),), Status.PASS, False),
]


@pytest.mark.parametrize(("edits", "expected", "converted"), CASES, ids=["as-printed", "own-currency-venue", "agrees"])
def test_a_margin_on_a_converting_venue(edits: tuple[tuple[str, str], ...], expected: Status, converted: bool) -> None:
    (check,) = [c for c in checked(HOND34, *edits) if c.rule == "gf.calc.prose"]
    assert check.status is expected, check.message
    assert ("on BSP GuruFocus may print the per-share amount converted" in check.message) is converted
