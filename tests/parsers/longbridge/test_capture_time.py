"""The checks across pages date a Longbridge page by its frontmatter datetime, to the millisecond (round-41 tester we
F1: two captures of one Financial Reports page twelve hours apart on one date, a quarter restated between them, were a
FAIL 'pages of the same date disagree', while the same change twenty minutes later across midnight was a WARN)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, parse_text
from quotecheck.parsers._audit import capture_time, cross_document_checks

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "1H8.SG.norm.md"
STAMP = 'datetime: "2026-06-16T13:20:20.337Z"'
REVENUE = "| Revenue | 14.99M |"


@pytest.mark.parametrize(("second_stamp", "status"), [
    (STAMP, Status.FAIL),  # one capture (the same stamp) that disagrees with itself: a proof
    ('datetime: "2026-06-16T23:50:00.000Z"', Status.WARN),  # the same date, ten hours on: a revision between captures
    ('datetime: "2026-06-17T00:10:00.000Z"', Status.WARN),  # the next date
])
def test_a_restated_cell_is_a_proof_only_within_one_capture(second_stamp: str, status: Status) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert STAMP in text and REVENUE in text
    first = parse_text(text, source="a/1H8.SG.norm.md")
    second = parse_text(text.replace(STAMP, second_stamp).replace(REVENUE, "| Revenue | 16.99M |"), source="b/1H8.SG.norm.md")
    [revenue] = [c for c in cross_document_checks([first, second]) if "revenue" in (c.subject or "") and c.status is not Status.PASS]
    assert revenue.status is status, revenue.message
    assert capture_time(second) == second_stamp.split('"')[1]


def test_a_gurufocus_page_is_dated_by_its_date() -> None:
    seed = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"
    doc = parse_text(seed.read_text(encoding="utf-8"), source=str(seed))
    assert capture_time(doc) == doc.as_of and doc.as_of is not None and "T" not in doc.as_of
