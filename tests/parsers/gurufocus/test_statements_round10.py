"""Round 10 (gfb F6): "for the quarter that ended in Dec. 2014 was ₩65.91" where the page's rows of that month are the
fiscal year's is kept as a fact, with no frequency: the page does not say which span its 'quarter' is. It is
compared where that leaves one reading, and a FAIL that needs it is a WARN saying so. Real pages CNK International
(XKRX:039530, NNWC) and Groarc (BOM:532315, 5-Year ROIIC %, fiscal year ending in March); the edited variants that
make copies disagree are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
CNK = (GF / "gurufocus_net-net-working-capital_XKRX-039530_2014.txt").read_text(encoding="utf-8")
GROARC = (GF / "gurufocus_roiic-5y_BOM-532315.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(("text", "metric", "printed", "period", "line"), [
    (CNK, "net_net_working_capital", "₩65.91", "2014-12", 14),
    (GROARC, "5_year_roiic", "-97.74%", "2024-03", 12),
], ids=["CNK", "Groarc"])
def test_quarter_statement_in_an_annual_month_is_kept(text: str, metric: str, printed: str, period: str,
                                                      line: int) -> None:
    doc = parse_text(text, source="page.txt")
    stated = [f for f in doc.facts if f.context == "statement" and f.metric == metric]
    assert [(f.value.text if f.value else None, f.period.end if f.period else None, f.line) for f in stated] == [
        (printed, period, line)]
    assert stated[0].period is not None and stated[0].period.frequency is None  # the doubt: which span


def _restated(text: str) -> list[tuple[str, str]]:
    return [(c.status.value, c.message) for c in audit(parse_text(text, source="page.txt")).checks
            if c.rule == "gf.restated"]


def test_statement_agreeing_with_the_year_is_compared() -> None:
    [(status, message)] = _restated(CNK)
    assert status == "pass" and "(line 14, statement)" in message


def test_statement_disagreeing_with_the_year_is_no_proof() -> None:
    edited = CNK.replace("ended in Dec. 2014 was ₩65.91.", "ended in Dec. 2014 was ₩60.00.")  # synthetic
    [(status, message)] = _restated(edited)
    assert status == "warn" and "says 'quarter' where the page's rows of that month are of another span" in message


def test_sure_copies_disagreeing_still_fail() -> None:
    edited = CNK.replace("ended in Dec. 2014 was ₩65.91.", "ended in Dec. 2014 was ₩65.91. Its Net-Net Working Capital "
                         "for the fiscal year that ended in Dec. 2014 was ₩70.00.")  # synthetic: the year's own copies disagree
    [(status, message)] = _restated(edited)
    assert status == "fail" and "₩70.00 (line 14, statement)" in message
