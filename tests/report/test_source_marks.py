"""Where a quoted value is marked on its source line: a number standing alone, and a word (a grade) only where it stands
alone (round-33 ghp F2: the grade 'C' was marked inside 'BYD Company', 'B' inside 'Broadline')."""

from __future__ import annotations

import pytest

from quotecheck._report._source import find_number


@pytest.mark.parametrize(("line", "text", "span"), [
    ("| BYD Company | C | 12.5 |", "C", (16, 17)),            # the cell, not the 'C' of 'Company'
    ("Broadline Retail | B |", "B", (19, 20)),
    ("zh-CN | FORD MOTOR CO", "C", None),                      # no 'C' stands alone: no mark rather than a wrong one
    ("| 15.50% | 115.50% |", "15.50%", (2, 8)),
    ("ROE 115.5 and 15.5", "15.5", (14, 18)),                  # a number inside another is passed over
    ("price 1.55 only", "1.5", (6, 9)),                         # a number with no lone copy: its first match, as before
    ("was RSD0.00 (line 3)", "RSD0.00", (4, 11)),
    ("EV was $20,472 Mil. Therefore, the ratio", "$20,472 Mil", (7, 18)),   # a number ending in a word, before a stop
    ("price is C$0.30.", "C$0.30", (9, 15)),
    ("was 円0 Mil. Its", "円0 Mil", (4, 10)),
])
def test_marks(line: str, text: str, span: tuple[int, int] | None) -> None:
    assert find_number(line, text) == span


@pytest.mark.parametrize(("line", "text", "label", "span"), [
    # a page printed as one line (llms.txt): the grade after its label, not the 'C' of the title's 'C.Q.' (round-42 yd F2)
    ('title: "C.Q. Pharmaceutical" … **Overall: C (0.55)** … **Multi Score**: D', "D", "Multi Score", (72, 73)),
    ('title: "C.Q. Pharmaceutical" … **Overall: C (0.55)** … **Multi Score**: C', "C", "Overall", (42, 43)),
    ('title: "C.Q. Pharmaceutical" … **Overall: C (0.55)**', "C", None, (8, 9)),        # no label: the first lone 'C'
    ("Min: 0.4   Med: 0.69   Max: 1.42   Current: 0.4", "0.4", "Current", (44, 47)),   # the labelled copy
    ("0.45 PB Ratio", "0.45", "PB Ratio", (0, 4)),             # nothing after the label: the whole line's first match
])
def test_marks_after_the_label(line: str, text: str, label: str | None, span: tuple[int, int]) -> None:
    assert find_number(line, text, label) == span
    assert line[span[0]:span[1]] == text


@pytest.mark.parametrize(("line", "text", "label", "span"), [
    # a value printed before its label: the copy nearest the label, not one inside another number (second read, F1)
    ("ROE 51.73% … ERG has 5 warning signs", "5", "warning signs", (21, 22)),
    ("M=-4.84+0.92 * 0.9278+0.528 * GMI", "0.92", "DSRI", (8, 12)),     # no label on the line: the lone match
    ("=-4.84+0.92 * 0.9278", "0.9278", "0.92", (14, 20)),
    # a check across pages names its copy 'file: label': OCF YoY's 28.27%, not Revenue YoY's (round-47 new user N2)
    ("| Revenue YoY | 28.27% | | OCF YoY | 28.27% | A |", "28.27%", "002371.SZ.llms.txt: OCF YoY", (37, 43)),
    ("| Revenue YoY | 28.27% | | OCF YoY | 28.27% | A |", "28.27%", "002371.SZ.llms.txt: Revenue YoY", (16, 22)),
])
def test_marks_nearest_the_label(line: str, text: str, label: str, span: tuple[int, int]) -> None:
    assert find_number(line, text, label) == span
    assert line[span[0]:span[1]] == text
