"""A valuation ratio that divides by the Financial Score's Revenue fails only where Revenue and Market Cap are known
to share a currency (an A share). Elsewhere a company may report in another currency than its shares trade in
(00700.HK: Market Cap 4.85T HKD beside Revenue 788.64B CNY), and the page prints neither's, so a PB that holds rules
out a price difference, not a currency one: a warn that says so, never a FAIL."""

from __future__ import annotations

import pytest
from _lb_support import text_of

from quotecheck.parsers._models import Status
from quotecheck.parsers.longbridge import parse_quote_page
from quotecheck.parsers.longbridge._rules import audit

# The seed with PB moved onto the Financial Score's 11.03 (it holds) and PE (TTM) left blank (no second revenue
# ratio to compare with): PS (TTM) 10.83 against 433014273033.61 / 41430346909.94 = 10.45 deviates alone.
EDITS = (("| PB | 11.43 |", "| PB | 11.03 |"), ("| PE (TTM) | 80.56 |", "| PE (TTM) | -- |"))

CASES = [  # (symbol the page is rewritten to, PS status, phrase its message must carry)
    ("002371.SZ", Status.FAIL, "rule(s) this factor out"),
    ("02371.HK", Status.WARN, "not a currency one"),
    ("NAURA.US", Status.WARN, "not a currency one"),
    ("D05.SG", Status.WARN, "not a currency one"),
    ("200371.SZ", Status.WARN, "a share class that trades in HKD, has its market cap read as its market's CNY"),  # synthetic
]


def _page(symbol: str) -> str:
    text = text_of("seed_002371.SZ.md")
    for old, new in EDITS:
        assert old in text
        text = text.replace(old, new)
    return text.replace("002371.SZ", symbol)


@pytest.mark.parametrize(("symbol", "status", "phrase"), CASES, ids=[c[0] for c in CASES])
def test_ps_deviating_alone_fails_only_where_the_currencies_are_known(symbol: str, status: Status, phrase: str) -> None:
    doc = parse_quote_page(_page(symbol), source=f"{symbol}.md")
    assert doc.security.symbols["longbridge"] == symbol
    checks = [c for c in audit(doc) if c.rule.startswith("lb.valuation.")]
    ps = next(c for c in checks if c.rule == "lb.valuation.ps")
    pb = next(c for c in checks if c.rule == "lb.valuation.pb")
    assert pb.status is Status.PASS
    assert ps.status is status, ps.message
    assert phrase in ps.message
    if status is Status.WARN:
        assert ps.reason and "currency" in ps.reason
        assert symbol in ps.message
    assert all(c.status is not Status.FAIL for c in checks if c.rule != "lb.valuation.ps")


@pytest.mark.parametrize(("symbol", "doubted"), [("002371.SZ", False), ("02371.HK", True)])
def test_a_factor_only_revenue_ratios_share_names_the_currency_where_it_is_unknown(symbol: str, doubted: bool) -> None:
    text = text_of("seed_002371.SZ.md").replace("| PB | 11.43 |", "| PB | 11.03 |").replace("002371.SZ", symbol)
    checks = audit(parse_quote_page(text, source=f"{symbol}.md"))
    common = next(c for c in checks if c.rule == "lb.valuation.common_factor")
    assert common.status is Status.WARN and common.message.startswith("PE (TTM) and PS (TTM) all imply")
    assert ("A currency difference would explain" in common.message) is doubted
