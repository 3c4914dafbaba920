"""A 2026 headline that ends in a footnote mark ('… (As of Jun. 30, 2026) ***') is a headline (round-41 tester wg F2:
two such Enterprise Value pages were refused as UnknownPageKind)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import edited

from quotecheck.parsers import UnknownPageKind, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_enterprise-value_MIL-ENA.txt"
HEADLINE = "ENA SPA (MIL:ENA) Enterprise Value: €4.07 Mil (As of Jun. 30, 2026) ***"


@pytest.mark.parametrize("mark", [" ***", " *", "***", " **  ", ""])
def test_the_headline_is_read_whatever_its_mark(mark: str) -> None:
    text = edited(PAGE, (HEADLINE, HEADLINE.removesuffix(" ***") + mark))
    doc = parse_text(text, source="synthetic")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "€4.07 Mil" and head.line == 3
    notes = [n for n in doc.notes if n.code == "headline_footnote"]
    assert [n.line for n in notes] == ([3] if mark.strip() else [])


@pytest.mark.parametrize(("tail", "headline"), [(" ***", True), (" **** see below", False), (" *** and more", False)])
def test_only_a_mark_may_follow_the_as_of(tail: str, headline: bool) -> None:
    """The page cut after its headline, so nothing else says what it is: a mark of one to three stars after the
    as-of leaves a headline; words (or a longer run of stars) make a sentence that quotes '(As of …)', no headline."""
    text = f"url: https://www.gurufocus.com/term/enterprise-value/MIL:ENA\n\n{HEADLINE.removesuffix(' ***')}{tail}\n"
    if headline:
        doc = parse_text(text, source="synthetic")
        assert doc.security.id == "ENA.MIL" and doc.fact("headline") is not None
    else:
        with pytest.raises(UnknownPageKind):
            parse_text(text, source="synthetic")
