"""A Longbridge page prints no currency for its amounts. A market amount (Market Cap, a price, a target) is in the
currency the market trades in; a reported amount (Revenue, a statement row) is in the currency the company reports
in, which is known only on the A-share markets (CNY): 00700.HK trades in HKD and reports in CNY, so its Revenue
788.64B gets no currency rather than a wrong HKD. A statement title that prints one ('Income Statement (USD)') names it."""

from __future__ import annotations

import pytest
from _lb_support import text_of

from quotecheck.parsers.longbridge import parse_quote_page

QUOTE_CASES = [  # (symbol the seed is rewritten to, Market Cap's currency, Revenue's currency)
    ("002371.SZ", "CNY", "CNY"),
    ("600001.SH", "CNY", "CNY"),
    ("02371.HK", "HKD", None),
    ("NAURA.US", "USD", None),
    ("D05.SG", "SGD", None),
]


@pytest.mark.parametrize(("symbol", "market", "reported"), QUOTE_CASES, ids=[c[0] for c in QUOTE_CASES])
def test_revenue_gets_a_currency_only_where_the_reporting_one_is_known(symbol: str, market: str, reported: str | None) -> None:
    doc = parse_quote_page(text_of("seed_002371.SZ.md").replace("002371.SZ", symbol), source=f"{symbol}.md")
    amounts = [f for f in doc.facts if f.metric in ("market_cap", "revenue") and f.value is not None]
    assert {f.metric for f in amounts} == {"market_cap", "revenue"}
    for fact in amounts:
        assert fact.value is not None and fact.value.currency_symbol is None  # the page prints none
        assert fact.currency == (market if fact.metric == "market_cap" else reported), (fact.id, fact.currency)
    tagged = [c.number for t in doc.tables for r in t.rows for c in r.cells if c.number is not None and c.number.currency]
    assert reported is not None or all(n.currency == market for n in tagged)  # no cell keeps the market's guess for revenue


@pytest.mark.parametrize("title_currency", [True, False], ids=["title prints USD", "title prints none"])
def test_a_statement_row_takes_its_title_currency_else_none_outside_the_a_shares(title_currency: bool) -> None:
    text = text_of("realpages/IPM.US.norm-llms.txt")
    assert "## Income Statement (USD)" in text
    if not title_currency:
        text = text.replace(" Statement (USD)", " Statement")
    doc = parse_quote_page(text, source="IPM.US.norm-llms.txt")
    rows = [f for f in doc.facts if f.context == "table" and f.metric in ("revenue", "net_income", "eps") and f.value]
    assert rows
    assert {f.currency for f in rows} == ({"USD"} if title_currency else {None})


def test_an_a_share_statement_without_its_title_currency_is_still_cny() -> None:
    text = text_of("realpages/002726.SZ.norm-llms.txt").replace(" Statement (CNY)", " Statement")
    doc = parse_quote_page(text, source="002726.SZ.norm-llms.txt")
    rows = [f for f in doc.facts if f.context == "table" and f.metric in ("revenue", "net_income") and f.value]
    assert rows and {f.currency for f in rows} == {"CNY"}
