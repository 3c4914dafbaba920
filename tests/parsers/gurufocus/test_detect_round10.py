"""Round-10 detection and header findings. A 2026-layout page of a security with no data (gfa F3, real page XTPT) prints
neither the score widget nor a price sentence: its headline 'TICKER (Name) Term: value (As of …)' and an
'(EXCH:TICKER) Term Explanation' heading repeating that ticker and term make it a term page. Notes that quote one of
them, or both without the exchange or for another ticker or term, stay refused (edited variants are synthetic).

gfb F9: a delisted security's breadcrumb has no sector and industry slots (real page XTER:EEX); cut short, the page
is still a term page. A headline cut inside its number (real page OSTO:XCT, cut in the test: synthetic) loses its
value, not the security name the title prints before the term."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import PageKind, Site, UnknownPageKind, detect, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XTPT = (GF / "gurufocus_roic_OTCPK-XTPT.txt").read_text(encoding="utf-8")
EEX = (GF / "gurufocus_ev-to-ebitda_XTER-EEX.txt").read_text(encoding="utf-8")
XCT = (GF / "gurufocus_ev-to-ebitda_OSTO-XCT.txt").read_text(encoding="utf-8")
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
    # without its address line: with it, the headline naming the address's ticker makes the text that page (below)
    XTPT.split("\n", 2)[2].replace("(OTCPK:XTPT) ROIC % Explanation", "ROIC % Explanation"),
], ids=["no-exchange", "other-ticker", "other-term", "heading-in-a-sentence", "no-headline", "real-page-no-symbol"])
def test_headline_and_heading_must_agree(text: str) -> None:
    assert detect(text) is None
    with pytest.raises(UnknownPageKind):
        parse_text(text, source="note.txt")


def test_a_headline_naming_the_addressed_ticker_needs_no_heading() -> None:
    """Round 18 (gfz F3): under 'url: …/term/roic/XTPT' the headline 'XTPT (Xtra Energy) ROIC %: …' is the addressed
    page's own, whatever its headings print."""
    text = XTPT.replace("(OTCPK:XTPT) ROIC % Explanation", "ROIC % Explanation")
    assert text.startswith("url: https://www.gurufocus.com/term/roic/XTPT\n")
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    assert parse_text(text, source="xtpt.txt").security.ticker == "XTPT"


@pytest.mark.parametrize("chars", [300, 500, 700])
def test_page_start_with_an_unsorted_breadcrumb_is_a_term_page(chars: int) -> None:
    text = EEX[:chars]  # the page cut short (synthetic), as the tester did
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(text, source="eex.txt")
    assert (doc.security.name, doc.security.legal_name, doc.security.exchange, doc.security.ticker) == (
        "elexis AG", "elexis AG", "XTER", "EEX")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "18.76"


@pytest.mark.parametrize("cut", ["EV-to-EBITDA : 33.9", "EV-to-EBITDA : ", "EV-to-EBITDA :"])
def test_headline_cut_inside_its_number_keeps_the_name(cut: str) -> None:
    text = XCT[:XCT.index(cut) + len(cut)]  # the real page cut inside its headline (synthetic)
    doc = parse_text(text, source="xct.txt")
    assert (doc.security.name, doc.security.exchange, doc.security.ticker) == ("XCounter AB", "OSTO", "XCT")
    assert doc.fact("headline") is None and not any(n.code == "lacks_name" for n in doc.notes)
