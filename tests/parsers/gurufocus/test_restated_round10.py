"""Round 10 (gfb F11): a copy that does not say which of several groups it is (the headline 'As of Dec. 2023' beside
an annual and a semi-annual Dec23 row) PASSes, saying so, when it agrees with every one; when any candidate
disagrees the page does not say which it is, and that stays a SKIP. Real page Xlife Sciences (XSWX:XLS) Cash And Cash
Equivalents, whose half-year table's columns are six months apart; the edited row is synthetic. (The round-10 page,
Fcn Banc's FCF Margin %, prints a 'Semi-Annual' table whose columns are a year apart: its rows are annual since
round 14, so it has no half-year candidate any more.)"""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import audit, parse_text

XLS = (Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
       / "gurufocus_cash-and-cash-equivalents_XSWX-XLS.txt").read_text(encoding="utf-8")
SEMI_ROW = ("Cash And Cash Equivalents Get a 7-Day Free Trial Premium Member Only Premium Member Only "
            "1.96 2.22 0.22 0.51 0.22")


def _headline_check(text: str) -> tuple[str, str]:
    doc = parse_text(text, source="xls.txt")
    [check] = [c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == "cash_and_cash_equivalents (2023-12)"
               and "Cash And Cash Equivalents CHF0.22 Mil (line 5" in c.message]
    return check.status.value, check.message


def test_copy_agreeing_with_every_candidate_passes() -> None:
    status, message = _headline_check(XLS)
    assert status == "pass"
    assert message == ("cash_and_cash_equivalents (2023-12): Cash And Cash Equivalents CHF0.22 Mil (line 5, headline) "
                       "does not say which of cash_and_cash_equivalents (2023-12, annual), cash_and_cash_equivalents "
                       "(2023-12, semi_annual) it is, and agrees within rounding with every one: cash_and_cash_equivalents "
                       "(2023-12, annual): CHF0.22 Mil (line 14), 0.22 (line 31); cash_and_cash_equivalents (2023-12, "
                       "semi_annual): 0.22 (line 35)")


def test_copy_with_a_disagreeing_candidate_is_skipped() -> None:
    edited = XLS.replace(SEMI_ROW, SEMI_ROW.removesuffix(" 0.22") + " 0.35")  # synthetic: the half-year row differs
    assert edited != XLS
    status, message = _headline_check(edited)
    assert status == "skip" and "does not say which of" in message
