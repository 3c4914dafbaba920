"""Why a multi-year rate outside its history is no proof says what fits it (round-32 ghb 020, 026).

'3-Year Share Buyback Ratio : 0.00% (As of Jun. 2024)' beside a history of -10.60% drew a WARN blaming 'a quarter's
value, annualized', which a three-year rate is not; and it did not say that the 0.00 may be GuruFocus's stand-in
for a value it does not have (the page says the ratio 'is not ranked')."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_total-buyback-3y_HKSE-00974.txt"


def _range_current(*edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(PAGE, *edits) if c.rule == "gf.range.current"]


def test_a_three_year_zero_outside_its_history_warns_with_reasons_that_fit() -> None:
    [(status, message)] = _range_current()
    assert status is Status.WARN
    assert "a 3-year value of Jun. 2024 may be a new high or low" in message
    assert "annualized" not in message
    assert "0.00 may be GuruFocus's stand-in" in message


@pytest.mark.parametrize("headline", ["-3.10%", "5.00%"])
def test_a_value_that_is_no_zero_is_not_called_a_stand_in(headline: str) -> None:
    [(status, message)] = _range_current(("Ratio : 0.00% (", f"Ratio : {headline} ("))
    assert status is Status.WARN and "stand-in" not in message and "3-year value" in message
