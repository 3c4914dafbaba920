"""Round 13's unseen pages (testers gfg, gfh and gfi): header, name and currency readings that were wrong or missing.

gfh #2: the e-mail-alert layout took the first line opening on '<term> is calculated as' as the page's term; the
Enterprise Value page (real page OTCPK:GRPAQ) defines the related EV-to-EBIT first. The sentence over the history
table names the page's own term, and wins when it is a known term. The quote bar's 'PE Ratio : At Loss' is a printed
fact: the P/E is missing for a loss.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def _real(name: str) -> str:
    return (GF / f"{name}.txt").read_text(encoding="utf-8")


GRPAQ = _real("gurufocus_ev_alerts_OTCPK-GRPAQ")
GRPAQ_TREND = "The historical data trend for 's Enterprise Value can be seen below:"


@pytest.mark.parametrize(("trend", "term"), [
    (GRPAQ_TREND, "Enterprise Value"),
    (GRPAQ_TREND.replace("Enterprise Value", "EV-to-Revenue"), "EV-to-Revenue"),
    ("", "EV-to-EBIT"),
    (GRPAQ_TREND.replace("Enterprise Value", "Enterprise Valuation Thing"), "EV-to-EBIT"),
], ids=["real", "trend-names-another-known-term", "no-trend-sentence", "trend-term-unknown"])
def test_alert_term_is_the_trend_sentences(trend: str, term: str) -> None:
    """The real page, and (synthetic) its trend sentence changed: a known term there is the page's; without one the
    first definition sentence's term stands."""
    doc = parse_text(GRPAQ.replace(GRPAQ_TREND, trend), source="grpaq.txt")
    assert doc.layout == "alerts" and doc.term == term


def test_alert_quote_bar_at_loss_is_read() -> None:
    doc = parse_text(GRPAQ, source="grpaq.txt")
    pe = [f for f in doc.facts if f.metric == "pe_ratio" and f.line == 3]
    assert len(pe) == 1 and pe[0].value is None and pe[0].missing is Missing.AT_LOSS
    assert not [f for f in doc.facts if f.line == 3 and f.metric != "pe_ratio"]  # the blank ones state nothing
