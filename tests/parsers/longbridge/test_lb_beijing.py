"""Longbridge pages of Beijing Stock Exchange listings (suffix BJ) are read as the other A shares are: CNY, reported in
CNY, quarters of the calendar year. They were refused as 'too little of its header' (round-40 tester gud F2). No real
BJ page has been seen: these are synthetic variants of a real ChiNext Financial Reports page, the symbol changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Frequency, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages"
PAGE = (REAL / "300527.SZ.norm-llms.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("symbol", ["430527.BJ", "920527.BJ", "830527.BJ"])
def test_a_beijing_page_reads_as_an_a_share(symbol: str) -> None:
    doc = parse_text(PAGE.replace("300527.SZ", symbol), source=f"{symbol}.norm-llms.txt")
    assert (doc.security.id, doc.security.exchange, doc.security.currency) == (symbol, "BJSE", "CNY")
    revenue = {f.id: f for f in doc.facts if f.metric == "revenue" and f.period is not None}
    q1 = revenue["income_statement.revenue.2026Q1"]
    assert (q1.value.currency if q1.value else None, q1.period.end if q1.period else None) == ("CNY", "2026-03")
    assert q1.period is not None and q1.period.frequency is Frequency.QUARTERLY
