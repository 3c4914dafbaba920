"""Round-14 detection findings (gfp #2): two real GuruFocus term pages were refused as not a page of a known kind.

- The 2026 layout of a rank term (real page AIUG, Predictability Rank) prints no '(As of …)' headline: its first line is
  the title 'TICKER (Name) Term', above the score widget, and a section heading repeats its name and term
  ('AI Unlimited Group Predictability Rank Calculation').
- A blank markdown template of Financial Strength (real page NYSE:ANTM) prints 'has the Financial Strength Rank of 0.'
  with the security's name left out: the rank sentence is that page's part even without a name.

Texts that only quote one of those parts stay refused (the edited variants are synthetic). The score widget is no
needed part (round-48 tester tv F1): a security with no data prints none, and BTOW's real page, its title and its
sections repeating 'Gtfn Hldgs Predictability Rank' without a widget, was refused as having too little header."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import PageKind, Site, detect, parse_text
from quotecheck.parsers._models import Missing

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
AIUG = (GF / "gurufocus_predictability_AIUG_2026.txt").read_text(encoding="utf-8")
ANTM = (GF / "gurufocus_rank-balancesheet_NYSE-ANTM_template.txt").read_text(encoding="utf-8")
BTOW = (GF / "gurufocus_predictability_BTOW_2026.txt").read_text(encoding="utf-8")
NO_WIDGET = AIUG.replace("19 GF Score\n", "", 1).replace("19GF Score\n", "", 1)


@pytest.mark.parametrize("text", [AIUG, ANTM, BTOW, NO_WIDGET], ids=["AIUG-2026-rank", "ANTM-template", "BTOW-no-widget",
                                                                    "AIUG-without-its-widget"])
def test_the_page_is_a_term_page(text: str) -> None:
    assert detect(text) == (Site.GURUFOCUS, PageKind.TERM_PAGE)


def test_a_rank_page_without_the_widget_gives_its_security() -> None:
    """BTOW (real): 'BTOW (Gtfn Hldgs) Predictability Rank', 'Not Rated', no widget, no exchange printed."""
    doc = parse_text(BTOW, source="btow.txt")
    assert (doc.term, doc.security.ticker, doc.security.name, doc.security.exchange, doc.layout) == (
        "Predictability Rank", "BTOW", "Gtfn Hldgs", None, "title-2026")
    assert not [f for f in doc.facts if f.value is not None]  # 'Not Rated' is no value, and the page prints no other


def test_the_2026_rank_page_gives_its_security_and_widget() -> None:
    doc = parse_text(AIUG, source="aiug.txt")
    assert (doc.term, doc.security.ticker, doc.security.name, doc.security.exchange) == (
        "Predictability Rank", "AIUG", "AI Unlimited Group", None)
    facts = {f.metric: f for f in doc.facts}
    assert facts["gf_score"].value is not None and facts["gf_score"].value.text == "19"
    price = facts["share_price"]
    assert price.value is not None and price.value.text == "$0.00" and price.period is None
    assert not any(n.code == "symbol_from_url" for n in doc.notes)  # the ticker is the title's, not the address's


def test_the_blank_template_gets_the_unfilled_template_note() -> None:
    doc = parse_text(ANTM, source="antm.txt")
    assert doc.term == "Financial Strength" and any(n.code == "unfilled_template" for n in doc.notes)
    (headline,) = [f for f in doc.facts if f.context == "headline"]
    assert headline.value is None and headline.missing is Missing.UNFILLED


@pytest.mark.parametrize("text", [
    AIUG.replace("AI Unlimited Group Predictability Rank Calculation", "Predictability Rank Calculation"),
    AIUG.replace("AIUG (AI Unlimited Group) Predictability Rank\n", "Predictability Rank\n", 1),
    NO_WIDGET.replace("AI Unlimited Group Predictability Rank Calculation", "Predictability Rank Calculation"),
    "AIUG (AI Unlimited Group) Predictability Rank\n\n19 GF Score\nmy note on AI Unlimited Group Predictability Rank\n",
    "my note\nhas the Financial Strength Rank of 0.\nFinancial Strength Calculation\n",
], ids=["heading-without-name", "no-title", "no-widget-nor-named-heading", "title-and-widget-only", "rank-sentence-alone"])
def test_a_text_with_only_some_of_the_parts_is_refused(text: str) -> None:
    assert detect(text) is None


NOTES = [  # synthetic: texts that quote the 2026 title's shape and a section heading, and are no term page (round-48 t5 P1)
    "TODO (Finance Team) Pretax Income\n\nFinance Team Pretax Income Calculation\n\n"
    "Pretax Income = Operating Income + Other = 79.4 + 0.2 = 99.9\n",
    "# Notes\n\nBTOW (Gtfn Hldgs) Predictability Rank\n\nGtfn Hldgs Predictability Rank Calculation\n\nwe saw this page\n",
    "PE (Price to Earnings) Ratio\n\nPrice to Earnings Ratio Definition\nPrice to Earnings Ratio Calculation\n",
]


@pytest.mark.parametrize("text", NOTES, ids=["meeting-note", "readme-quoting-btow", "glossary"])
def test_a_title_and_a_heading_without_the_widget_or_the_question_make_no_page(text: str) -> None:
    """Without the score widget, the 2026 title needs the page's own question line too ('What is Gtfn Hldgs
    Predictability Rank?', which BTOW prints): a meeting note was read as a term page and failed its own drafts."""
    assert detect(text) is None
