"""Where the truncation note says a GuruFocus page was cut: before the closing 'Headlines' section, or inside a bare
'Headlines' section the page had begun (round-40 tester gub F4: the note said 'before' of a page cut inside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("page", "said"), [
    ("gurufocus_dividend_growth_3y_OTCPK-GRPAQ_template.txt",
     "page ends at line 56 inside a 'Headlines' section begun at line 44, before it closes"),
    ("gurufocus_dividends_PHS-DNL.txt", "page ends at line 39 before GuruFocus's closing 'Headlines' section"),
])
def test_the_note_says_where_the_page_was_cut(page: str, said: str) -> None:
    (note,) = [n for n in parse_file(REAL / page).notes if n.code == "truncated"]
    assert said in note.message, note.message
