"""Round-35 headers (tester ghy F1, F7): the 2021 'Switch to:' WACC page of McDonald's, whose headline ':4.59% (As of
Today)' touches its colon and whose name ends in 's ('McDonald's's weighted average cost of capital'); and what the
note of a page without an exchange says of the US listing a bare ticker is read as."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file
from quotecheck.parsers.gurufocus._header import _split_value
from quotecheck.parsers.gurufocus._header_alerts import prose_name
from quotecheck.parsers.gurufocus._lines import split_page

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
MCD = REAL / "gurufocus_wacc_MCD_2021.txt"


@pytest.mark.parametrize(("pre", "expected"), [
    (":4.59%", ("", "4.59%")),
    ("KGW GROUP Bhd (XKLS:0282) WACC % :9.48%", ("KGW GROUP Bhd (XKLS:0282) WACC %", "9.48%")),
    ("Acme Inc WACC %: 9.48%", ("Acme Inc WACC %", "9.48%")),
    (":", ("", "")),
])
def test_a_value_touching_its_colon_is_the_value(pre: str, expected: tuple[str, str]) -> None:
    assert _split_value(pre) == expected


def test_a_name_that_ends_in_s_is_read_whole() -> None:
    page = split_page(MCD.read_text(encoding="utf-8"), str(MCD))
    assert prose_name(page) == "McDonald's"
    doc = parse_file(MCD)
    assert (doc.security.name, doc.term, doc.security.ticker) == ("McDonald's", "WACC %", "MCD")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "4.59%"
    assert not any(n.code == "headline_unreadable" for n in doc.notes)


def test_a_bare_ticker_says_it_is_read_as_a_us_listing() -> None:
    doc = parse_file(MCD)
    note = next(n for n in doc.notes if n.code == "lacks_exchange")
    assert (doc.security.id, doc.security.currency) == ("MCD.US", "USD")
    assert "MCD is read as a US listing (id MCD.US, currency USD), an assumption" in note.message
