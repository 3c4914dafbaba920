"""A page whose end cuts its headline value says so, not that it has no headline (round-16 tester gfv F6).

Synthetic variants of a real page (JSE:NWL, fixtures/gurufocus/realpages): its first five lines, cut at each point of
the headline 'Nu-World Holdings (JSE:NWL) Graham Number : R71.01 (As of Feb. 2024)'. No value is invented from what is
left; the note names the line and says the value is cut off. A page that never prints a headline keeps its note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_graham-number_JSE-NWL.txt"
HEAD = "Nu-World Holdings (JSE:NWL) Graham Number : "


def _cut(after: str) -> str:
    """The page's first four lines and its headline up to ``after``: the end of the page."""
    lines = PAGE.read_text(encoding="utf-8").split("\n")
    assert lines[4] == HEAD + "R71.01 (As of Feb. 2024)"
    return "\n".join([*lines[:4], HEAD + after])


@pytest.mark.parametrize("after", ["", "R7", "R71.", "R71.01", "R71.01 (As of", "R71.01 (As of Feb. 202"])  # round-21 ggi 6: inside its date too
def test_a_headline_cut_inside_its_value_is_named(after: str) -> None:
    doc = parse_text(_cut(after), source="cut.txt")
    assert doc.fact("headline") is None and doc.truncated
    (note,) = [n for n in doc.notes if n.code == "lacks_headline"]
    assert note.line == 5 and "ends inside its headline on line 5" in note.message and "cut off" in note.message


def test_a_page_without_a_headline_line_keeps_its_note() -> None:
    lines = PAGE.read_text(encoding="utf-8").split("\n")
    doc = parse_text("\n".join([*lines[:4], "Some other line", *lines[5:]]), source="no-headline.txt")
    notes = [n for n in doc.notes if n.code == "lacks_headline"]
    assert notes and "has no headline" in notes[0].message


def test_an_unreadable_headline_date_is_noted() -> None:
    """Round-21 ggg 6, synthetic: '(As of Feb. 2O24)' (a letter O for a zero) gives the headline no period, and a note
    says so on its line; '(As of Today)' and the unfilled template's '(As of . 20)' are no such case."""
    text = PAGE.read_text(encoding="utf-8")
    assert text.count("(As of Feb. 2024)") == 1
    doc = parse_text(text.replace("(As of Feb. 2024)", "(As of Feb. 2O24)"), source="bad-date.txt")
    (note,) = [n for n in doc.notes if n.code == "headline_date_unread"]
    assert note.line == 5 and "'Feb. 2O24'" in note.message
    assert not [n for n in parse_text(text, source=str(PAGE)).notes if n.code == "headline_date_unread"]
