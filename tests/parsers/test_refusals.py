"""A text refused as no page says what is missing: under a site's address, that site's header (round-17 testers gfw
#6, gfx #10, lb4 #4: real GuruFocus pages cut before their header, or of definitions only, and a Longbridge page
without its frontmatter, were all called 'not a page of a known kind', as if the site were unknown). The cut texts are
synthetic, made from real fixture pages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import UnknownPageKind, parse_text

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
GF_PAGE = FIXTURES / "gurufocus" / "realpages" / "gurufocus_roic_NAS-AAPL.txt"
LB_PAGE = FIXTURES / "longbridge" / "seed_002371.SZ.md"


def _url_and_tail(page: Path, keep_from: int, url: str | None = None) -> str:
    """The page's 'url:' line (or ``url``'s) and a blank, then its lines from ``keep_from`` (1-based) on: its header
    cut away."""
    lines = page.read_text(encoding="utf-8").split("\n")
    head = [f"url: {url}", ""] if url else lines[:2]
    return "\n".join(head + lines[keep_from - 1:])


@pytest.mark.parametrize(("text", "said"), [
    (_url_and_tail(GF_PAGE, 20), "a GuruFocus page's, but the text has none of its header (breadcrumb, headline"),
    (_url_and_tail(LB_PAGE, 18, "https://longbridge.com/en/quote/002371.SZ.md"), "a Longbridge page's, but the text has none of its header (frontmatter"),
    ("url: https://www.gurufocus.com/term/roic/NAS:AAPL\n\nsome notes on Apple\n", "a GuruFocus page's"),
    ("some notes on Apple\nand more\n", "not a page of a known kind (longbridge, gurufocus)"),
    ("url: https://example.com/x\n\nsome notes\n", "not a page of a known kind (longbridge, gurufocus)"),
], ids=["gf-cut-before-header", "lb-no-frontmatter", "gf-address-notes", "no-address", "other-address"])
def test_a_refusal_names_what_is_missing(text: str, said: str) -> None:
    with pytest.raises(UnknownPageKind) as err:
        parse_text(text, source="x.txt")
    assert said in err.value.message and err.value.line == 1 and err.value.source == "x.txt"
