"""Round 10 (gfb F11): a copy that does not say which of several groups it is (the headline 'As of Dec. 2023' beside
an annual and a semi-annual Dec23 row) PASSes, saying so, when it agrees with every one; when any candidate
disagrees the page does not say which it is, and that stays a SKIP. Real page Fcn Banc (FBVI) FCF Margin %; the
edited row is synthetic."""

from __future__ import annotations

from pathlib import Path

from quotecheck.parsers import audit, parse_text

FBVI = (Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_fcf-margin_FBVI.txt"
        ).read_text(encoding="utf-8")
SEMI_ROW = "FCF Margin % Get a 7-Day Free Trial 33.05 -17.58 52.79 49.91 36.07"


def _headline_check(text: str) -> tuple[str, str]:
    doc = parse_text(text, source="fbvi.txt")
    [check] = [c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == "fcf_margin (2023-12)"
               and "FCF Margin % 36.07% (line 5" in c.message]
    return check.status.value, check.message


def test_copy_agreeing_with_every_candidate_passes() -> None:
    status, message = _headline_check(FBVI)
    assert status == "pass"
    assert message == ("fcf_margin (2023-12): FCF Margin % 36.07% (line 5, headline) does not say which of fcf_margin "
                       "(2023-12, annual), fcf_margin (2023-12, semi_annual) it is, and agrees within rounding with every "
                       "one: fcf_margin (2023-12, annual): 36.07 (line 45); fcf_margin (2023-12, semi_annual): 36.07% "
                       "(line 12), 36.07 (line 49)")


def test_copy_with_a_disagreeing_candidate_is_skipped() -> None:
    edited = FBVI.replace(SEMI_ROW, SEMI_ROW.replace(" 36.07", " 35.00"))  # synthetic: the half-year row differs
    assert edited != FBVI
    status, message = _headline_check(edited)
    assert status == "skip" and "does not say which of" in message
