"""A Dividend History row the .md rendering breaks after 'Cash Dividend: ' is one row (round-35 tester gig F1).

LJ3.SG's and X1SU.SG's Financial Reports pages print '| Cash Dividend: ' and, on the next line, '0.01SGD | 2026-05-14 |
2026-05-13 | 2026-05-29 |', where their llms.txt renderings print '| Cash Dividend: 0.01SGD | 2026-05-14 | ...'. The
parser read two rows (the label alone, then an amount without a label), gave no dividend fact and said '0.01SGD' is
not a cash dividend per share. Real page LJ3.SG and synthetic variants of it: a row is joined only when its second line
holds exactly the header's cells, and a description that gives no fact says what it lacks."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import edited, parsed

from quotecheck.parsers import parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "LJ3.SG.norm.md"
ROWS = (("2026-05-13", 56), ("2025-09-09", 58), ("2025-05-13", 60))
SECOND = "| Cash Dividend: \n0.01SGD | 2025-09-10 | 2025-09-09 | 2025-09-25 |"


def _dividends(text: str) -> list[tuple[str, str, str | None, int]]:
    doc = parse_text(text, source=str(PAGE))
    return [(f.id.rsplit(".", 1)[1], str(f.value.value), f.value.currency, f.line) for f in doc.facts
            if f.id.startswith("dividend_history.") and f.value is not None]


def _dividend_notes(*edits: tuple[str, str]) -> list[tuple[str, str]]:
    return [(n.code, n.message) for n in parsed(PAGE, *edits).notes if "distribution" in n.message]


def test_each_broken_row_is_one_cash_dividend_cited_on_its_amount() -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert "| Cash Dividend: \n0.01SGD | 2026-05-14 |" in text
    assert _dividends(text) == [(key, "0.01", "SGD", line) for key, line in ROWS]
    assert not _dividend_notes()


def test_the_broken_rows_give_what_the_rows_on_one_line_give() -> None:
    text = PAGE.read_text(encoding="utf-8")
    whole = text.replace("| Cash Dividend: \n", "| Cash Dividend: ")
    assert [row[:3] for row in _dividends(whole)] == [row[:3] for row in _dividends(text)]


@pytest.mark.parametrize(("second", "why"), [
    ("| Cash Dividend: \n0.01SGD | 2025-09-10 | 2025-09-09 |", "the second line holds three cells of four"),
    ("| Cash Dividend: \n| 0.01SGD | 2025-09-10 | 2025-09-09 | 2025-09-25 |", "the second line is a row of its own"),
    ("| Cash Dividend: |\n0.01SGD | 2025-09-10 | 2025-09-09 | 2025-09-25 |", "the first line closes its row"),
])
def test_a_row_is_not_joined_unless_its_second_line_completes_it(second: str, why: str) -> None:
    assert [key for key, *_ in _dividends(edited(PAGE, (SECOND, second)))] == ["2026-05-13", "2025-05-13"], why
    notes = _dividend_notes((SECOND, second))
    assert ("value.unparsed", "line 57: distribution 'Cash Dividend:' names a cash dividend but prints no amount: kept "
            "in the table without a fact") in notes
    assert not any("is not a cash dividend" in message for _, message in notes)


def test_an_amount_alone_says_it_lacks_its_kind() -> None:
    notes = _dividend_notes((SECOND, "| Cash Dividend: \n0.01SGD | 2025-09-10 | 2025-09-09 |"))
    assert ("value.unparsed", "line 58: distribution '0.01SGD' is an amount without the kind of distribution it pays "
            "('Cash Dividend: 0.4CNY'): kept in the table without a fact") in notes


def test_another_kind_of_distribution_is_named_as_such() -> None:
    notes = _dividend_notes((SECOND, "| Stock Dividend: \n0.01SGD | 2025-09-10 | 2025-09-09 | 2025-09-25 |"))
    assert notes == [("label.unknown", "line 58: distribution 'Stock Dividend: 0.01SGD' is a distribution of another kind "
                                       "than a cash dividend per share ('Stock Dividend'): kept in the table without a fact")]


def test_a_row_left_open_without_a_labels_colon_is_not_joined() -> None:
    """The round's second read: '| ROE' above 'Revenue | 162.13M | …' were joined into one 'ROE Revenue' row, and the
    revenue facts were lost; a row is joined only after a label's colon, as the dividend rows break."""
    broken = ("| ROE | -17.16% | -16.59% | 2.22% | 2.21% | -11.79% |\n| Revenue |",
              "| ROE\nRevenue | 162.13M | 162.13M | 146.39M | 146.39M | 165.98M |\n| Revenue |")
    doc = parsed(PAGE, broken)
    revenue = [f for f in doc.facts if f.metric == "revenue" and f.line == 26 and f.value is not None]
    assert len(revenue) == 5 and revenue[0].value is not None and revenue[0].value.text == "162.13M"
