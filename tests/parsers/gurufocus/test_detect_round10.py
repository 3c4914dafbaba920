"""Round-10 detection findings. A 2026-layout page of a security with no data (gfa F3, real page XTPT) prints
neither the score widget nor a price sentence: its headline 'TICKER (Name) Term: value (As of …)' and an
'(EXCH:TICKER) Term Explanation' heading repeating that ticker and term make it a term page. Notes that quote one of
them, or both without the exchange or for another ticker or term, stay refused (edited variants are synthetic)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import PageKind, Site, UnknownPageKind, detect, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XTPT = (GF / "gurufocus_roic_OTCPK-XTPT.txt").read_text(encoding="utf-8")
HEADLINE = "XTPT (Xtra Energy) ROIC %: 0.00% (As of . 20)\n"


def test_page_without_widget_or_price_is_a_term_page() -> None:
    assert detect(XTPT) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(XTPT, source="xtpt.txt")
    assert (doc.security.ticker, doc.security.exchange, doc.term) == ("XTPT", "OTCPK", "ROIC %")


@pytest.mark.parametrize("text", [
    HEADLINE + "my note\nXtra Energy ROIC % Explanation\n",
    HEADLINE + "my note\nXtra Energy  (OTCPK:XTPX) ROIC % Explanation\n",
    HEADLINE + "my note\nXtra Energy  (OTCPK:XTPT) WACC % Explanation\n",
    HEADLINE + "my note\nXtra Energy  (OTCPK:XTPT) ROIC % Explanation is what I read\n",
    "my note\nXtra Energy  (OTCPK:XTPT) ROIC % Explanation\n",
    XTPT.replace("(OTCPK:XTPT) ROIC % Explanation", "ROIC % Explanation"),
], ids=["no-exchange", "other-ticker", "other-term", "heading-in-a-sentence", "no-headline", "real-page-no-symbol"])
def test_headline_and_heading_must_agree(text: str) -> None:
    assert detect(text) is None
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")
