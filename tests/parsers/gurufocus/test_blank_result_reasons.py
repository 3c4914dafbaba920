"""A result printed as 'N/A' is said to be, not called blank (round-32 ghe F7).

'… PE Ratio without NRI is . … 5-Year EBITDA growth rate is 0.00%. Therefore, G-H-3 International's PEG Ratio for
today is N/A.' was skipped as 'the printed result is blank'; the blank is an input. Synthetic variants of the real
PEG page of TSE:6627."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_peg-ratio_TSE-6627.txt"


def _peg(*edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(PAGE, *edits) if c.rule == "gf.calc.prose" and "PEG" in (c.subject or "")]


def test_an_na_result_is_said_to_be_na() -> None:
    [(status, message)] = _peg(("PEG Ratio for today is 0.38.", "PEG Ratio for today is N/A."))
    assert status is Status.SKIP and "the page prints 'N/A' in place of the result" in message


def test_a_blank_result_is_still_blank() -> None:
    [(status, message)] = _peg(("PEG Ratio for today is 0.38.", "PEG Ratio for today is ."))
    assert status is Status.SKIP and "the printed result is blank" in message


def test_a_divisor_that_may_be_zero_is_named_as_printed() -> None:
    """XKLS:0102's 'Interest Expense … was RM-0.00 Mil': the skip names it as the page prints it, not as the interval in
    base units ('division by an interval containing zero [-5000.0, 5000.0]', round-33 ghl F5)."""
    page = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_interest-coverage_XKLS-0102.txt"
    (skip,) = [c for c in checked(page) if c.rule == "gf.calc.prose"]
    assert skip.status is Status.SKIP and skip.reason is not None
    assert "may be 0 within its printed precision (inputs that may be 0: Interest Expense RM-0.00 Mil (line 12))" in skip.reason
    assert "[" not in skip.reason


REAL = PAGE.parent
ONE_LINE_NA = [  # a one-line formula ending '= N/A' (round-39 gta F4: 'no printed result')
    ("gurufocus_debt2asset_NYSE-AHL.txt", {25, 29}),  # '… / Total Assets = ( + ) / = N/A'
    ("gurufocus_dps_NYSE-CGC.txt", {30}),  # 'Dividend Payout Ratio = … = / = N/A'
]


@pytest.mark.parametrize(("name", "lines"), ONE_LINE_NA, ids=[n for n, _ in ONE_LINE_NA])
def test_a_one_line_formula_ending_in_na_is_said_to_print_na(name: str, lines: set[int]) -> None:
    skips = {int(c.subject.rpartition("(line ")[2].rstrip(")")): c for c in checked(REAL / name)
             if c.rule == "gf.calc.arithmetic" and c.status is Status.SKIP}
    assert lines <= set(skips)
    for line in lines:
        assert skips[line].reason == "the result is printed as 'N/A', a value GuruFocus does not compute", line
