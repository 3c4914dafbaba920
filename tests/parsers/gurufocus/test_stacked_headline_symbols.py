"""A stacked headline's value line ('E10' over 'C$-0.03 (As of Feb. 2017)') is a value whatever its symbol: one whose
letters come before its sign ('C$', 'HK$', 'NT$', 'R$') was taken for a title line, and the security's name became the
value (round-47 tester tg F1, TSX:CWL's 2017 'Switch to:' page). The real page, and synthetic copies of it with other
symbols on its headline line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from quotecheck.parsers import Missing, parse_file, parse_text
from quotecheck.parsers.gurufocus import _labels as L

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_e10_TSX-CWL_2017.txt"
LINE = "C$-0.03 (As of Feb. 2017)"


@pytest.mark.parametrize("value", ["C$-0.03", "HK$1.25", "A$0.45", "NT$3.00", "R$-1.50", "S$0.02", "C$1.13 Mil", "€-0.17",
                                   "$-0.03", "RM0.36"])
def test_the_value_line_under_a_stacked_term_is_the_headline(value: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert LINE in text
    doc = parse_text(text.replace(LINE, f"{value} (As of Feb. 2017)", 1), source=str(PAGE))
    assert (doc.security.name, doc.term) == ("Caldwell Partners International Inc", "E10")
    head = doc.fact("headline")
    assert head is not None and head.line == 8 and head.value is not None and head.value.text == value
    assert not [n for n in doc.notes if n.code == "symbol_from_url"]  # the page prints TSX:CWL (line 6)


def test_the_real_page() -> None:
    doc = parse_file(PAGE)
    head = doc.fact("headline")
    assert head is not None and head.value is not None
    assert (head.value.value, head.value.currency, head.period_text) == (Decimal("-0.03"), "CAD", "Feb. 2017")
    e10 = [f.value.text for f in doc.facts if f.metric == "e10" and f.value is not None]
    assert e10.count("C$-0.03") == 3  # the headline, the divisor's sentence (line 12) and today's (line 14)


@pytest.mark.parametrize(("line", "value_only"), [
    ("C$-0.03", True), ("HK$1.25 Mil", True), ("S/.3.20", True), ("12.5%", True), ("N/A", True), ("N/A%", True),
    ("n/a%", True), ("N/A %", True), ("N/A Mil", True),  # round-48 tester t6 P4
    ("E10", False), ("Caldwell Partners International Inc (TSX:CWL)", False), ("AB12", False), ("Mil", False),
])
def test_value_only(line: str, value_only: bool) -> None:
    assert bool(L.VALUE_ONLY.match(line)) is value_only


CELZ = PAGE.with_name("gurufocus_12-1-month-momentum_OTCPK-CELZ.txt")


def test_a_percent_terms_n_a_under_its_title_is_no_name() -> None:
    """OTCPK:CELZ (real, round-48 tester tv F2): '# 12-1 Month Momentum %' over 'N/A% (As of Today)': 'N/A%' was the
    security's name and the term was lost; it is the headline's not-available value."""
    doc = parse_file(CELZ)
    assert (doc.security.name, doc.term, doc.security.ticker) == (None, "12-1 Month Momentum %", "CELZ")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.NOT_AVAILABLE
    assert [n.code for n in doc.notes if n.code.startswith("headline_")] == ["headline_not_available"]



@pytest.mark.parametrize("value", ["n/a%", "N/A %", "N/A Mil"])
def test_a_not_available_headline_in_any_spelling_is_no_name(value: str) -> None:
    """Synthetic variants of OTCPK:CELZ's 'N/A% (As of Today)' (round-48 tester t6 P4): each was the security's name."""
    text = CELZ.read_text(encoding="utf-8").replace("N/A% (As of Today)", f"{value} (As of Today)")
    doc = parse_text(text, source=str(CELZ))
    assert (doc.security.name, doc.term) == (None, "12-1 Month Momentum %")
    head = doc.fact("headline")
    assert head is not None and head.value is None and head.missing is Missing.NOT_AVAILABLE
