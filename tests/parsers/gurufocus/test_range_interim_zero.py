"""An interim 0.00 outside the range is the period's value, not GuruFocus's stand-in (round-36 tester gif F3).

XKLS:2445 prints 'Dividend Payout Ratio : 0.00 (As of Dec. 2023)', 'for the months ended in Dec. 2023 was 0.00' and
'Dividends per Share for the months ended in Dec. 2023 was RM0.00' beside the range's and the verdict's 1.59:
gf.range.current called the 0.00 what GuruFocus prints for a value it does not have."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_payout_XKLS-2445.txt"


def _headline_vs_range(*edits: tuple[str, str]) -> tuple[Status, str]:
    [found] = [(c.status, c.message) for c in checked(PAGE, *edits)
               if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 5]
    return found


def test_an_interim_zero_is_called_the_interim_value_not_a_stand_in() -> None:
    status, message = _headline_vs_range()
    assert status is Status.SKIP
    assert "interim period's value of Dec. 2023" in message
    assert "stand-in" not in message and "does not have" not in message


def test_an_undated_zero_beside_another_value_is_still_a_stand_in() -> None:
    undated = ("dividend payout ratio for the months ended in Dec. 2023 was 0.00.", "dividend payout ratio is 0.00.")
    status, message = _headline_vs_range(undated, ("(As of Dec. 2023)", "(As of Today)"))
    assert status is Status.SKIP
    assert "what GuruFocus prints for a value it does not have" in message
