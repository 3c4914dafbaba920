"""Where the truncation note says a GuruFocus page was cut: before the closing 'Headlines' section, or inside a bare
'Headlines' section the page had begun (round-40 tester gub F4: the note said 'before' of a page cut inside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("page", "said"), [
    ("gurufocus_dividend_growth_3y_OTCPK-GRPAQ_template.txt",
     "page ends at line 56 inside a 'Headlines' section begun at line 44, before it closes"),
    ("gurufocus_dividends_PHS-DNL.txt", "page ends at line 39 before GuruFocus's closing 'Headlines' section"),
])
def test_the_note_says_where_the_page_was_cut(page: str, said: str) -> None:
    (note,) = [n for n in parse_file(REAL / page).notes if n.code == "truncated"]
    assert said in note.message, note.message


def test_the_note_names_the_last_headlines_line_before_the_cut() -> None:
    """Second read of round 40 (7): a bare 'Headlines' line higher on the page (synthetic, after line 13) is not the
    section the page is cut in."""
    page = REAL / "gurufocus_dividend_growth_3y_OTCPK-GRPAQ_template.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    text = "\n".join(lines[:13] + ["Headlines", ""] + lines[13:])  # two lines in: the section now begins at line 46
    (note,) = [n for n in parse_text(text, source=str(page)).notes if n.code == "truncated"]
    assert "page ends at line 58 inside a 'Headlines' section begun at line 46" in note.message, note.message
