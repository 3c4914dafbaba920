"""A history table of one column under its heading is read (round-42 tester xd F1, NYSE:RMT 2018).

'Royce Micro-Cap Trust Inc Annual Data' / 'Dec17' / 'Effective Interest Rate on Debt % 2.24': a listing's first year.
The reader skipped any header of fewer than two periods, without a note, so a one-column row's cell met no other copy.
A lone period outside a table's heading is still no header."""

from __future__ import annotations

from pathlib import Path

from page_edits import edited, parsed

from quotecheck.parsers import Frequency, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_EffectiveInterestRate_NYSE-RMT_2018.txt"


def _rows(doc) -> dict[Frequency, list[tuple[str, str | None]]]:
    return {s.frequency: [(p.period, p.value.text if p.value else None) for p in s.points] for s in doc.series}


def test_a_one_column_table_under_its_heading_is_read() -> None:
    rows = _rows(parsed(PAGE))
    assert rows[Frequency.ANNUAL] == [("2017-12", "2.24")]
    assert rows[Frequency.SEMI_ANNUAL] == [("2017-12", "0.00"), ("2018-06", "3.10")]


def test_a_lone_period_without_a_heading_is_no_table() -> None:
    text = edited(PAGE, ("Royce Micro-Cap Trust Inc Annual Data\n", "Royce Micro-Cap Trust Inc Annual figures\n"))
    rows = _rows(parse_text(text, source=str(PAGE)))
    assert Frequency.ANNUAL not in rows and rows[Frequency.SEMI_ANNUAL][-1] == ("2018-06", "3.10")


def test_a_lone_period_further_under_a_heading_is_no_table() -> None:
    """Second read of round 42, F10: a lone period read as a header anywhere after a '… Data' heading made a row of
    whatever followed; only one right under it (a blank line between at most) heads a table."""
    text = edited(PAGE, ("Royce Micro-Cap Trust Inc Annual Data\n\nDec17\n", "Royce Micro-Cap Trust Inc Annual Data\n\n"
                                                                              "Premium members only.\n\nDec17\n"))
    rows = _rows(parse_text(text, source=str(PAGE)))
    assert Frequency.ANNUAL not in rows
