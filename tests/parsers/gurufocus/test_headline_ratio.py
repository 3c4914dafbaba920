"""A ratio of balances defined in prose with its inputs but no result sentence: the headline is the result.

TSXV:STMP's Equity-to-Asset page (2024) says 'Equity to Asset ratio is calculated as total stockholders equity divided
by total asset.' and states both for the quarter that ended in Sep. 2024, under the headline 'Equity-to-Asset : 0.57
(As of Sep. 2024)', and prints no 'Therefore, … was 0.57'. The ratio was never recomputed (round-26 ggt F1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
STMP = REAL / "gurufocus_equity-to-asset_TSXV-STMP.txt"
ASSETS = "Total Assets for the quarter that ended in Sep. 2024 was C$0.84 Mil."


def test_the_headline_is_the_result_of_the_defined_ratio() -> None:
    (calc,) = parsed(STMP).calculations
    operands = next(s.operands for s in calc.steps if not s.symbolic)
    assert (calc.metric, calc.result.text if calc.result else None, calc.result_line) == ("equity_to_asset", "0.57", 5)
    assert [(o.metric, o.number.text, o.line) for o in operands] == [
        ("total_stockholders_equity", "C$0.48 Mil", 12), ("total_assets", "C$0.84 Mil", 12)]


@pytest.mark.parametrize(("edits", "status", "why"), [
    ((), Status.PASS, "0.48 / 0.84 = 0.571"),
    (((ASSETS, ASSETS.replace("0.84", "0.64")),), Status.FAIL, "0.48 / 0.64 = 0.75, not 0.57"),
    (((": 0.57 (As of", ": 0.67 (As of"),), Status.FAIL, "the headline edited"),
    # total assets printed C$0.00 Mil allow no ratio under 95 in size, so the headline's 0.57 cannot come from them: a
    # warning since round 49 (an input printed 0 is most likely GuruFocus's stand-in), no proof; it was a skip
    (((ASSETS, ASSETS.replace("C$0.84", "C$0.00")),), Status.WARN, "a zero divisor: no proof, and out of the result's reach"),
])
def test_the_headline_ratio_is_recomputed(edits: tuple[tuple[str, str], ...], status: Status, why: str) -> None:
    (check,) = [c for c in checked(STMP, *edits) if c.rule == "gf.calc.prose"]
    assert check.status is status, (why, check.message)


@pytest.mark.parametrize("edit", [
    # inputs of another quarter than the headline's date: no statement of the headline's ratio
    ("ended in Sep. 2024 was C$0.84", "ended in Jun. 2024 was C$0.84"),
    # the headline of another date
    ("(As of Sep. 2024)", "(As of Dec. 2024)"),
    # no definition: the two statements may be any paragraph's, not the headline's calculation
    ("Equity to Asset ratio is calculated as total stockholders equity divided by total asset. ", ""),
])
def test_no_calculation_without_the_definition_and_one_date(edit: tuple[str, str]) -> None:
    assert not [c for c in parsed(STMP, edit).calculations if c.metric == "equity_to_asset"]


def test_a_result_sentence_is_not_read_twice() -> None:
    """A page that prints 'Therefore, … was 0.57.' gets one calculation, from that sentence (WAR:PIT's form)."""
    closing = ASSETS + " Therefore, Stamper Oil & Gas's Equity to Asset Ratio for the quarter that ended in Sep. 2024 was 0.57."
    calcs = [c for c in parsed(STMP, (ASSETS, closing)).calculations if c.metric == "equity_to_asset"]
    assert [(c.name, c.result_line) for c in calcs] == [("Equity to Asset Ratio", 12)]
