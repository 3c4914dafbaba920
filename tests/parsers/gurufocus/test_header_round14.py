"""Round-14 headline values (tester gfq #11): 'Interest Coverage : No Debt (1)' is GuruFocus's 'No Debt' with the mark
of the page's footnote '(1) Note: For Interest Coverage, "No debt" indicates no long-term debt …': the value is
missing as not available (as the range box's 'Max: No Debt' is), not an unreadable number."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Missing, parse_file
from quotecheck.parsers.gurufocus._header import headline_number

EKSONS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_interest-coverage_XKLS-9016.txt"


def test_no_debt_with_its_footnote_mark_is_not_available() -> None:
    doc = parse_file(EKSONS)
    headline = doc.fact("headline")
    assert headline is not None and headline.value is None and headline.missing is Missing.NOT_AVAILABLE
    notes = {n.code: n.message for n in doc.notes}
    assert "headline_unreadable" not in notes
    assert notes["headline_not_available"].startswith("the headline prints 'No Debt' where its value goes")


@pytest.mark.parametrize(("text", "expected"), [
    ("No Debt (1)", (None, Missing.NOT_AVAILABLE)), ("N/A (2)", (None, Missing.NOT_AVAILABLE)),
    ("No Debt", (None, Missing.NOT_AVAILABLE)),
])
def test_a_placeholder_keeps_its_kind_behind_a_footnote_mark(text: str, expected: tuple[None, Missing]) -> None:
    assert headline_number(text, "XKLS") == expected



def test_a_title_name_cut_after_its_comma_loses_the_comma() -> None:
    """TSE:7535 (round-33 ghl F6): 'Goodman Co., (TSE:7535) Interest Coverage …' beside the breadcrumb's 'Goodman Co.,
    Ltd.': the name is 'Goodman Co.', the printed one kept, with a note."""
    from quotecheck.parsers import parse_file

    doc = parse_file(Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_interest-coverage_TSE-7535.txt")
    assert (doc.security.name, doc.security.printed_name) == ("Goodman Co.", "Goodman Co.,")
    assert any(n.code == "name_garbled" and "'Goodman Co.,'" in n.message for n in doc.notes)
