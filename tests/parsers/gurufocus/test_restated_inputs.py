"""Copies of one quantity that agree within rounding only where the paragraph's printed inputs do not allow its
result to be: a FAIL when the excluded copy and the paragraph are sure of their period and computation, a warning when
the excluded copy is computed apart (the range box, the industry line), a PASS when the inputs allow the meeting point."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, edited

from quotecheck.parsers import Status, audit, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GPW = REAL / "gurufocus_debt-to-equity_WAR-GPW.txt"
NWL = REAL / "gurufocus_graham-number_JSE-NWL.txt"

# (page, edits, the group's subject, verdict, words the message must hold)
CASES = [
    # real: headline 0.03 and paragraph 0.02 meet at 0.025; (5.3 + 20.4) / 1,039.2 Mil allows 0.024633 to 0.024828 only,
    # which rounded to 3 places (0.025) and then to 2 is the headline's 0.03: GuruFocus's rounding twice, a warning
    # since round 43 (a new user read such FAILs as false; they were FAILs with the rounding named)
    (GPW, (), "debt_to_equity (2023-12, quarterly)", Status.WARN, "Debt-to-Equity (line 5, headline) cannot come from them"),
    # synthetic: the headline made 0.04, which no rounding of 0.024633 to 0.024828 gives: the FAIL
    (GPW, (("Debt-to-Equity : 0.03", "Debt-to-Equity : 0.04"),), "debt_to_equity (2023-12, quarterly)", Status.FAIL,
     "is contradicted"),
    # synthetic: the short-term debt made zł5.6 Mil, so the inputs allow 0.02496 to 0.02506, which takes in 0.025
    (GPW, (("was zł5.3 Mil", "was zł5.6 Mil"),), "debt_to_equity (2023-12, quarterly)", Status.PASS, "agrees within rounding"),
    # synthetic: the headline made 0.02: every copy the inputs allow but the boxed 0.03s, which are computed apart
    (GPW, (("Debt-to-Equity : 0.03", "Debt-to-Equity : 0.02"),), "debt_to_equity (2023-12, quarterly)", Status.WARN,
     "computed by GuruFocus apart"),
    # real: the industry line's 0.40 beside the paragraph's 0.41, whose inputs allow 0.407449 to 0.407647
    (NWL, (), "price_to_graham_number (today)", Status.WARN, "vs JSE:NWL (line 27, industry) cannot come from them"),
]


@pytest.mark.parametrize(("page", "edits", "subject", "status", "words"), CASES,
                         ids=["real-rounded-twice", "beyond-rounding-twice", "inputs-allow-the-edge", "boxed-copies",
                              "real-industry"])
def test_copies_against_what_the_paragraphs_inputs_allow(page: Path, edits: tuple[tuple[str, str], ...], subject: str,
                                                          status: Status, words: str) -> None:
    """The gf.restated verdict of the group, and what its message says."""
    (check,) = [c for c in checked(page, *edits) if c.rule == "gf.restated" and c.subject == subject]
    assert check.status is status
    assert words in check.message


IC = REAL / "gurufocus_interest-coverage_XKLS-5264.txt"
FISCAL_YEAR = ("Malakoff Bhd's Operating Income for the fiscal year that ended in Dec. 2023 was RM800 Mil. Malakoff Bhd's "
               "Interest Expense for the fiscal year that ended in Dec. 2023 was RM-567 Mil. Malakoff Bhd's interest "
               "coverage for the fiscal year that ended in Dec. 2023 was 1.41. ")


def test_a_line_with_two_results_of_one_value_names_no_inputs() -> None:
    """Synthetic (a reviewer's probe): the fiscal year's result 1.41 (RM800 / RM567 Mil: 1.4088 to 1.4131) printed on
    the line of the quarter's 1.41 (RM194 / RM137 Mil: 1.4073 to 1.4249), and a quarterly row Dec23 1.42: which inputs
    are the quarter's statement's the calculations do not say, so the row is not held to the year's (it had FAILed;
    the quarter's own inputs allow 1.415, which prints 1.42)."""
    rows = "\n\nMalakoff Bhd Quarterly Data\nMar23 Jun23 Sep23 Dec23\nInterest Coverage 1.20 1.30 1.35 1.42\n"
    text = edited(IC, ("Malakoff Bhd's Operating Income for the three months", FISCAL_YEAR + "Malakoff Bhd's Operating "
                       "Income for the three months"))
    checks = audit(parse_text(text.rstrip("\n") + rows, source=str(IC))).checks
    quarter = [c for c in checks if c.rule == "gf.restated" and c.subject == "interest_coverage (2023-12, quarterly)"]
    assert quarter and all(c.status is not Status.FAIL for c in quarter)


COGS = REAL / "gurufocus_cogs2rev_SZSE-200413.txt"


def test_a_ratio_printed_with_a_percent_sign_is_compared_in_percent() -> None:
    """Synthetic (a reviewer's probe): COGS to Revenue printed '75.63%' for HK$905 / HK$1,197 Mil (0.7561): a
    percent is a hundred times the fraction, whatever the ratio's own unit; it had FAILed against 0.7561."""
    (check,) = [c for c in checked(COGS, ("ended in Sep. 2023 was 0.76.", "ended in Sep. 2023 was 75.61%."))
                if c.rule == "gf.calc.prose" and c.subject == "COGS to Revenue (line 14)"]
    assert check.status is Status.PASS
