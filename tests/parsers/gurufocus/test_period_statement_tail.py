"""``period_statements`` searches only the lines that hold PERIOD_STATEMENT_TAIL, and gives on every line what the
unpruned search of the same form gives. Lines: every line of every GuruFocus fixture page that prints ' ended in '
(real pages, seeds and the synthetic variants), and synthetic lines made here that change the tail's pieces (the
month's spelling, the blank before 'was', the verb)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from quotecheck.parsers.gurufocus import _labels as L

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus"


def _unpruned(text: str) -> Iterator[re.Match[str]]:
    """``period_statements`` before the tail test: the form the line calls for, searched whole."""
    abbreviated = L.ABBREVIATIONS[0] in text or L.ABBREVIATIONS[1] in text
    if L.OVER_WORDS in text:
        return L.period_statement_over(abbreviated).finditer(text)
    return (L.PERIOD_STATEMENT_ABBREVIATED if abbreviated else L.PERIOD_STATEMENT).finditer(text)


def _lines() -> list[str]:
    out = {line for page in sorted(FIXTURES.rglob("*.txt")) for line in page.read_text(encoding="utf-8").splitlines()
           if L.PERIOD_STATEMENT_WORDS in line}
    return sorted(out)


LINES = _lines()
SYNTHETIC = [
    "Acme's Revenue for the quarter that ended in Mar. 2024 was $1.20 Mil.",
    "Acme's Revenue for the quarter that ended in Mar. 2024 was: $1.20 Mil.",  # no blank after 'was'
    "Acme's Revenue for the quarter that ended in Mar. 2024 is $1.20 Mil.",
    "Acme's Revenue for the quarter that ended in March 2024 was $1.20 Mil.",
    "Acme's Revenue for the quarter that ended in Mar 2024 was $1.20 Mil.",
    "Acme's Revenue for the quarter that ended in Mar.2024 was $1.20 Mil.",
    "Acme's Revenue for the quarter that ended in Mar. 24 was $1.20 Mil.",
    "Acme's average Total Assets over the quarter that ended in Dec. 2023 was 円71,703 Mil.",
    "Acme's YoY Rev. per Sh. Growth for the quarter that ended in Dec. 2023 was 5.10%.",
    "Acme's Revenue for the quarter that ended in Mar. 2024  was $1.20 Mil.",
    "Acme's Revenue for the quarter ended in Mar. 2024 was $1.20 Mil. Its Net Income for the quarter that ended in "
    "Mar. 2024 was $0.20 Mil.",
]


def test_the_fixtures_print_statements_and_lines_without_them() -> None:
    """The comparison below covers both sides of the test: lines it searches and lines it passes over."""
    kept = [t for t in LINES if L.PERIOD_STATEMENT_TAIL.search(t)]
    assert len(LINES) >= 100 and 0 < len(kept) < len(LINES)
    assert any(list(_unpruned(t)) for t in kept)


@pytest.mark.parametrize("text", LINES + SYNTHETIC)
def test_the_matches_are_the_unpruned_searchs(text: str) -> None:
    got = [(m.span(), m.groupdict()) for m in L.period_statements(text)]
    assert got == [(m.span(), m.groupdict()) for m in _unpruned(text)]


def test_a_line_without_the_tail_is_not_searched(monkeypatch: pytest.MonkeyPatch) -> None:
    """The search itself is not run on a line without the tail (its cost is what the test saves), and is on one with it."""

    class _Refused:
        def finditer(self, text: str) -> Iterator[re.Match[str]]:
            raise AssertionError(f"searched: {text!r}")

    monkeypatch.setattr(L, "PERIOD_STATEMENT", _Refused())
    without = [t for t in LINES + SYNTHETIC if L.PERIOD_STATEMENT_TAIL.search(t) is None and L.OVER_WORDS not in t
               and not any(a in t for a in L.ABBREVIATIONS)]
    assert len(without) >= 50 and all(list(L.period_statements(t)) == [] for t in without)
    with pytest.raises(AssertionError, match="searched"):
        list(L.period_statements(SYNTHETIC[0]))
