"""Round 11's unseen pages (testers gfc and gfd): header readings that were wrong, missing or refused.

gfd F-3: a 2026 headline that ends '(As of Sep. 2025) — 44224% Above Median' (real page JSE:SLG) is a headline: the
page is a term page and the suffix is read into a note, not checked (the headline does not print the median).
Variants edited inside a test are synthetic and say so.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import PageKind, Site, detect, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


def _real(name: str) -> str:
    return (GF / f"{name}.txt").read_text(encoding="utf-8")


SLG = _real("gurufocus_roe_JSE-SLG")
SLG_SUFFIX = " — 44224% Above Median"


@pytest.mark.parametrize("suffix", [SLG_SUFFIX, " — 12.5% Below Median", " - 1,204% Above Median"],
                         ids=["real", "below", "hyphen-and-comma"])
def test_headline_with_median_suffix_is_a_term_page(suffix: str) -> None:
    """The real suffix, and (synthetic) the same page with the suffix's other side and forms."""
    text = SLG.replace(SLG_SUFFIX, suffix)
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)
    doc = parse_text(text, source="slg.txt")
    head = doc.fact("headline")
    assert head is not None and str(head.value.value) == "336.86" and head.period_text == "Sep. 2025"
    assert (doc.security.name, doc.security.exchange, doc.security.ticker, doc.term) == (
        "Salungano Group", "JSE", "SLG", "ROE %")
    assert doc.layout == "headline-2026"


def test_median_suffix_is_read_into_a_note() -> None:
    doc = parse_text(SLG, source="slg.txt")
    note = next(n for n in doc.notes if n.code == "headline_vs_median")
    assert note.line == 3 and "44224% above" in note.message and "not checked" in note.message
    assert not any(n.code in {"headline_unreadable", "blank_headline", "lacks_headline"} for n in doc.notes)


@pytest.mark.parametrize("suffix", [" — 44224% Above Average", " — Above Median", " which is 44224% Above Median."],
                         ids=["other-word", "no-number", "sentence"])
def test_other_text_after_the_as_of_is_no_headline(suffix: str) -> None:
    """Synthetic: only the site's suffix ends a headline; a line that goes on otherwise is prose, and with the
    suffix replaced the page has no headline."""
    doc = parse_text(SLG.replace(SLG_SUFFIX, suffix), source="slg.txt") if detect(
        SLG.replace(SLG_SUFFIX, suffix)) else None
    assert doc is None or doc.fact("headline") is None or doc.fact("headline").line != 3
