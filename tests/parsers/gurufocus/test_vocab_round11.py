"""Round 11 numbers and vocabulary on real pages (fixtures/gurufocus/realpages, from the tool library's search store):
currencies printed as letters or as the riyal sign, one id per quantity, formulas and prose calculations read.
Variants edit the text in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import CheckResult, Status, audit, parse_file, parse_text
from quotecheck.parsers._views import header_view

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
ACT = GF / "gurufocus_roe_JSE-ACT.txt"
SAU = GF / "gurufocus_ev2rev_SAU-9584.txt"


def _checks(path: Path, *edits: tuple[str, str]) -> list[CheckResult]:
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new, 1)
    return audit(parse_text(text, source=str(path))).checks


def test_rand_amounts_feed_the_roe_calculation() -> None:
    """ACT line 12: 'annualized net income … was R348 Mil.', 'average Total Stockholders Equity … was R3,533 Mil.',
    'annualized ROE % … was 9.84%': 348 / 3,533 = 9.850%, and [347.5/3,533.5, 348.5/3,532.5] = [9.834%, 9.866%]
    holds 9.84%."""
    (calc,) = [c for c in _checks(ACT) if c.rule == "gf.calc.prose"]
    assert calc.status is Status.PASS
    wrong = _checks(ACT, ("was R348 Mil.", "was R398 Mil."))  # synthetic: an input the result cannot come from
    assert [c.status for c in wrong if c.rule == "gf.calc.prose"] == [Status.FAIL]


def test_the_riyal_sign_is_a_currency() -> None:
    """SAU line 29: 'stock price is ﷼25.95' is today's price in SAR, not a blank."""
    price = header_view(parse_file(SAU))["price"]
    assert (price["value"], price["currency"], price["line"]) == ("25.95", "SAR", 29)


def test_a_letter_symbol_inside_a_word_is_no_currency() -> None:
    """Synthetic: 'Rate348 Mil.' is no rand amount, so the calculation lacks its input (the R must stand apart)."""
    (calc,) = [c for c in _checks(ACT, ("was R348 Mil.", "was FR348 Mil.")) if c.rule == "gf.calc.prose"]
    assert calc.status is not Status.PASS
