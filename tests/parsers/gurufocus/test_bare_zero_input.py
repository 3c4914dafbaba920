"""A result worked from an input printed as a bare '0' says nothing (round-32 ghe F5, ghi F1).

'10-Year median PS Ratio is 0. Therefore, the Median PS Value for today is $0.00' PASSed against a recomputed
±$3.67 (any result near 0 would have), and no warning said the 0 is GuruFocus's for a median it does not have.
Synthetic variants of the real Median PS Value page of PHS:PGOLD."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_medpsvalue_PHS-PGOLD.txt"
SENTENCE = "10-Year median PS Ratio is 0.8893. Therefore, the Median PS Value for today is ₱62.05."


def _checks(*edits: tuple[str, str]) -> dict[str, Status]:
    return {c.rule: c.status for c in checked(PAGE, *edits) if c.rule in ("gf.calc.prose", "gf.zero_placeholder")
            and (c.subject or "").startswith("Median PS Value")}


def test_a_bare_zero_median_is_a_placeholder_not_a_pass() -> None:
    got = _checks((SENTENCE, "10-Year median PS Ratio is 0. Therefore, the Median PS Value for today is ₱0.00."))
    assert got == {"gf.calc.prose": Status.SKIP, "gf.zero_placeholder": Status.WARN}


def test_a_median_of_its_own_is_still_checked() -> None:
    assert _checks() == {"gf.calc.prose": Status.PASS}
    assert _checks((SENTENCE, SENTENCE.replace("₱62.05", "₱72.05"))) == {"gf.calc.prose": Status.FAIL}
