"""Yacktman's Forward Rate of Return moves with the share price ('Normalized Free Cash Flow / Price + 5-Year EBITDA
Growth Rate', the term's own formula on NYSE:CBS's template): the box's Current and the industry line are today's,
the headline the quarter-end's, so the two are not one quantity (round-43 tester vg F2: LSE:BUT's and NAS:FORR's
headlines warned against the box's today's value)."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import Status, audit, parse_file
from quotecheck.parsers._metrics import is_price_dependent

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_rate-of-return-value_LSE-BUT.txt"


def test_the_term_moves_with_the_price() -> None:
    assert is_price_dependent("forward_rate_of_return_yacktman")


def test_the_boxs_copies_are_todays_and_agree_among_themselves() -> None:
    restated = {c.subject: c for c in audit(parse_file(PAGE)).checks if c.rule == "gf.restated"}
    assert "forward_rate_of_return_yacktman (2023-11)" not in restated  # the headline alone: nothing to compare it with
    today = restated["forward_rate_of_return_yacktman (today)"]
    assert today.status is Status.PASS and "9.81 (line 18, range), 9.81 (line 25, industry)" in today.message
