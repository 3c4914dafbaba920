"""Longbridge pages of Beijing Stock Exchange listings (suffix BJ) are read as the other A shares are: CNY, reported in
CNY, quarters of the calendar year. They were refused as 'too little of its header' (round-40 tester gud F2). No real
BJ page has been seen: these are synthetic variants of a real ChiNext Financial Reports page, the symbol changed."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Frequency, parse_text
from quotecheck.parsers._detect import detect
from quotecheck.parsers._models import Site
from quotecheck.parsers._securities import A_SHARE_MARKETS, LONGBRIDGE_MARKETS
from quotecheck.parsers.longbridge._labels import REPORTING_CURRENCY
from quotecheck.parsers.longbridge._periods import CALENDAR_FISCAL_MARKETS

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


@pytest.mark.parametrize("market", LONGBRIDGE_MARKETS)
def test_every_longbridge_market_of_the_exchange_table_is_detected(market: str) -> None:
    """The detector's markets are the exchange table's: a list of its own had left BJ out (second read 6)."""
    symbol = f"002371.{market}"
    found = detect(PAGE.replace("300527.SZ", symbol))
    assert found is not None and found[0] is Site.LONGBRIDGE


def test_the_a_share_markets_report_in_cny_on_the_calendar_year() -> None:
    assert {"SH", "SZ", "BJ"} == A_SHARE_MARKETS
    assert {m: REPORTING_CURRENCY[m] for m in A_SHARE_MARKETS} == dict.fromkeys(A_SHARE_MARKETS, "CNY")
    assert CALENDAR_FISCAL_MARKETS == A_SHARE_MARKETS
