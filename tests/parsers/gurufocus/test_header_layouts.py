"""Header layouts the issue lists, as small pages: each gives the term, security, value, unit and as-of."""

from __future__ import annotations

from decimal import Decimal

import pytest

from quotecheck.parsers import parse_text
from quotecheck.parsers._models import Missing, Unit

_BODY = ("\nView and export this data going back to 2003. Start your Free Trial\n\n"
         "* For other sections: All numbers are in millions except for per share data, ratio, and percentage.\n\n"
         "{name} Annual Data\nTrend Dec19 Dec20\n")
_CRUMB = "GURUFOCUS.COM » STOCK LIST » Technology » Hardware » {legal} ({sym}) » Definitions » {term}\n\n"


def _page(title_block: str, name: str = "X") -> str:
    return "url: https://www.gurufocus.com/term/x/X\n\n" + title_block + _BODY.format(name=name)


CASES = [
    # (page text, term, name, exchange, ticker, value text, currency, unit, as-of, missing)
    (_page(_CRUMB.format(legal="Apple Inc", sym="NAS:AAPL", term="ROIC %") + "Apple (AAPL) ROIC %\n\n: 47.05% (As of Dec. 2023)\n"),
     "ROIC %", "Apple", "NAS", "AAPL", "47.05", None, Unit.PERCENT, "2023-12", None),
    (_page("Esaar (India) (BOM:531502) Beneish M-Score: -0.72 (As of Jul. 05, 2026)\n\n66 GF Score\nPrice ₹11.34\n"),
     "Beneish M-Score", "Esaar (India)", "BOM", "531502", "-0.72", None, Unit.SCORE, "2026-07-05", None),
    (_page(_CRUMB.format(legal="Ecopetrol SA", sym="BOG:ECOPETROL", term="Enterprise Value")
           + "Ecopetrol (BOG:ECOPETROL) Enterprise Value : COP965,980.00 Mil (TTM As of Dec. 2021)\n"),
     "Enterprise Value", "Ecopetrol", "BOG", "ECOPETROL", "965,980.00", "COP", Unit.CURRENCY_AMOUNT, "2021-12", None),
    (_page(_CRUMB.format(legal="OTP Bank Nyrt", sym="BUD:OTP", term="Book Value per Share")
           + "OTP Bank (BUD:OTP) Book Value per Share : Ft12,345.60 (As of Mar. 2024)\n"),
     "Book Value per Share", "OTP Bank", "BUD", "OTP", "12,345.60", "HUF", Unit.PER_SHARE, "2024-03", None),
    # the two below print no ticker: the URL's 'X' is taken (round 13, with the note symbol_from_url)
    (_page("# E10\n\n: \\$N/A (As of . 20)\n"), "E10", None, None, "X", None, None, Unit.PER_SHARE, None,
     Missing.NOT_AVAILABLE),
    (_page("Switch to:\n\nNVIDIA PS Ratio\n\n: 11.88 (As of Today)\n"), "PS Ratio", "NVIDIA", None, "X", "11.88", None,
     Unit.RATIO, None, None),
    (_page("KO (Coca-Cola Co) Shiller PE Ratio : 31.25 (As of Oct. 31, 2024)\n"), "Shiller PE Ratio", "Coca-Cola Co", None,
     "KO", "31.25", None, Unit.RATIO, "2024-10-31", None),
]


@pytest.mark.parametrize("case", CASES, ids=[c[1] + "-" + str(c[2]) for c in CASES])
def test_header_layout(case: tuple) -> None:  # type: ignore[type-arg]
    text, term, name, exchange, ticker, value, currency, unit, as_of, missing = case
    doc = parse_text(text, source="layout.txt")
    head = doc.fact("headline")
    assert doc.term == term
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == (name, exchange, ticker)
    assert head is not None and head.unit is unit and head.as_of == as_of
    assert (head.value.number_text if head.value else None) == value
    assert (head.value.currency if head.value else None) == currency
    assert head.missing == missing


def test_ttm_headline_is_noted() -> None:
    doc = parse_text(CASES[2][0], source="ttm.txt")
    assert any(n.code == "headline_ttm" for n in doc.notes)
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.normalized == Decimal("965980000000.00")
