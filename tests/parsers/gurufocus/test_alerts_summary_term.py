"""Tester gih F2: a 2026 alerts page of Enterprise Value (BOM:526574) cut before its history table. Its first
definition sentence to open on a term is the related 'EV-to-EBIT is calculated as …' (line 10), so the term was read
as EV-to-EBIT; the summary 'Enterprise Value is ₹13.75 Mil as of Jul. 03, 2026' (line 8), the page's only headline,
was dropped, its term disagreeing with that guess and its amount printing a scale word."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text
from quotecheck.parsers.gurufocus import _labels as L
from quotecheck.parsers.gurufocus._header_alerts import summary_term

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
BOM = REAL / "gurufocus_ev_alerts-2026_BOM-526574.txt"


def test_the_summary_names_the_term_and_is_the_headline() -> None:
    doc = parse_file(BOM)
    assert (doc.layout, doc.term, doc.term_metric) == ("alerts", "Enterprise Value", "enterprise_value")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.line == 8
    assert (head.value.text, head.value.currency, head.value.scale) == ("₹13.75 Mil", "INR", "Mil")
    assert head.period is not None and head.period.end == "2026-07-03"
    assert doc.as_of == "2026-07-03"
    assert not any(n.code == "lacks_headline" for n in doc.notes)
    # the related ratios stay what they are: today's EV-to-EBIT of the formula on line 10
    ratio = doc.fact("today.ev_to_ebit")
    assert ratio is not None and ratio.value is not None and ratio.value.text == "-53.92"


@pytest.mark.parametrize(("read", "summary", "guessed", "expected"), [
    (None, "Enterprise Value", False, "Enterprise Value"),  # no term read: the summary's
    ("Beneish M-Score", "Beneish M-Score", False, "Beneish M-Score"),  # agreeing
    ("EV-to-EBIT", "Enterprise Value", True, "Enterprise Value"),  # a definition sentence's guess gives way
    ("EV-to-EBIT", "Enterprise Value", False, None),  # the history table's or rank box's term stands
    ("EV-to-EBIT", "Something Unheard Of", True, None),  # only a known term replaces a guess
])
def test_which_term_the_summary_may_replace(read: str | None, summary: str, guessed: bool, expected: str | None) -> None:
    assert summary_term(read, summary, guessed) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("47 Enterprise Value is ₹13.75 Mil as of Jul. 03, 2026. GuruFocus rates", "₹13.75 Mil"),
    ("-0.5% 61 Market Cap is $1.2 Bil as of Jul. 03, 2026. GuruFocus rates", "$1.2 Bil"),
    ("90 Beneish M-Score is -2.33 as of Jun. 25, 2026. GuruFocus rates", "-2.33"),
])
def test_a_summary_amount_keeps_its_scale_word(text: str, value: str) -> None:
    m = L.ALERT_SUMMARY.match(text)
    assert m is not None and m.group("value") == value


CBS = REAL / "gurufocus_DaysInventory_NYSE-CBS.txt"


def test_the_calculation_heading_names_the_term_before_a_related_definition() -> None:
    """Tester xe F1 (round 42): an unfilled alerts page of Days Inventory (NYSE:CBS) whose first definition sentence is
    'Inventory Turnover measures …' (line 10) was filed as Inventory Turnover; its calculation heading "'s Days
    Inventory for the fiscal year that ended in . 20 is calculated as" (line 16) names its own term."""
    doc = parse_file(CBS)
    assert (doc.layout, doc.term, doc.term_metric) == ("alerts", "Days Inventory", "days_inventory")
    cut = CBS.read_text(encoding="utf-8").split("\n")
    cut[15] = "Days Inventory is calculated below."  # no heading: the definition sentence's guess is all there is
    guessed = parse_text("\n".join(cut[:16]), source=str(CBS))
    assert guessed.term == "Inventory Turnover"
