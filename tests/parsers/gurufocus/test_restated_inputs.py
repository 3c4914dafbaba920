"""Copies of one quantity that agree within rounding only where the paragraph's printed inputs do not allow its
result to be: a FAIL when the excluded copy and the paragraph are sure of their period and computation, a warning when
the excluded copy is computed apart (the range box, the industry line), a PASS when the inputs allow the meeting point."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GPW = REAL / "gurufocus_debt-to-equity_WAR-GPW.txt"
NWL = REAL / "gurufocus_graham-number_JSE-NWL.txt"

# (page, edits, the group's subject, verdict, words the message must hold)
CASES = [
    # real: headline 0.03 and paragraph 0.02 meet at 0.025; (5.3 + 20.4) / 1,039.2 Mil allows 0.024633 to 0.024828 only
    (GPW, (), "debt_to_equity (2023-12, quarterly)", Status.FAIL, "Debt-to-Equity (line 5, headline) cannot come from them"),
    # synthetic: the short-term debt made zł5.6 Mil, so the inputs allow 0.02496 to 0.02506, which takes in 0.025
    (GPW, (("was zł5.3 Mil", "was zł5.6 Mil"),), "debt_to_equity (2023-12, quarterly)", Status.PASS, "agrees within rounding"),
    # synthetic: the headline made 0.02: every copy the inputs allow but the boxed 0.03s, which are computed apart
    (GPW, (("Debt-to-Equity : 0.03", "Debt-to-Equity : 0.02"),), "debt_to_equity (2023-12, quarterly)", Status.WARN,
     "computed by GuruFocus apart"),
    # real: the industry line's 0.40 beside the paragraph's 0.41, whose inputs allow 0.407449 to 0.407647
    (NWL, (), "price_to_graham_number (today)", Status.WARN, "vs JSE:NWL (line 27, industry) cannot come from them"),
]


@pytest.mark.parametrize(("page", "edits", "subject", "status", "words"), CASES,
                         ids=["real-fail", "inputs-allow-the-edge", "boxed-copies", "real-industry"])
def test_copies_against_what_the_paragraphs_inputs_allow(page: Path, edits: tuple[tuple[str, str], ...], subject: str,
                                                          status: Status, words: str) -> None:
    """The gf.restated verdict of the group, and what its message says."""
    (check,) = [c for c in checked(page, *edits) if c.rule == "gf.restated" and c.subject == subject]
    assert check.status is status
    assert words in check.message
