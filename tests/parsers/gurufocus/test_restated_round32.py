"""Copies a FAIL or a WARN leaned on that the page's data do not stand behind (round-32 tester pages gha 021 and 035).

- TSE:8729 prints 'Piotroski F-Score : 0 (As of Apr. 26, 2024)' and 'has an F-score of 6', while its rows end in
  Jun20: a headline dated four years after the page's latest row is no proof against the verdict (gha F1).
- NSE:TATACONSUM works out the quarter's interest coverage 12.00 from ₹5,138 and ₹-428 Mil; the range box's
  'Current: 14.69' is another window's and is set aside as 'not compared', but the paragraph's inputs brought it
  back as a WARN (gha F2).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
SONY = REAL / "gurufocus_fscore_TSE-8729_stale.txt"
TATA = REAL / "gurufocus_interest-coverage_NSE-TATACONSUM.txt"


def _restated(page: Path, *edits: tuple[str, str]) -> list[tuple[str, Status, str]]:
    return sorted((c.subject or "", c.status, c.message) for c in checked(page, *edits) if c.rule == "gf.restated")


def test_a_headline_long_after_the_rows_is_no_proof_against_the_verdict() -> None:
    [(subject, status, message)] = _restated(SONY)
    assert (subject, status) == ("piotroski_f_score (current)", Status.WARN)
    assert "46 months after the page's latest row (2020-06)" in message


@pytest.mark.parametrize(("edits", "expected", "why"), [
    # a headline of a score of its own, dated long after the rows: no proof, for its date
    ((("Piotroski F-Score : 0 (", "Piotroski F-Score : 3 ("),), Status.WARN, "46 months after the page's latest row"),
    # the same dated within a year of the latest row: no proof either, the verdict may be another computation's (ghf F2)
    ((("Piotroski F-Score : 0 (As of Apr. 26, 2024)", "Piotroski F-Score : 3 (As of Apr. 26, 2021)"),), Status.WARN,
     "GuruFocus may word the verdict from another computation of the score"),
    # a score's 0 dated within that year is GuruFocus's 0 for a score it does not have (ghf F3)
    ((("As of Apr. 26, 2024", "As of Apr. 26, 2021"),), Status.WARN, "prints 0, which GuruFocus prints for a value"),
    # a headline that agrees with the verdict is a PASS whatever its date
    ((("Piotroski F-Score : 0 (", "Piotroski F-Score : 6 ("),), Status.PASS, "agrees"),
])
def test_why_a_headline_against_the_verdict_is_no_proof(edits: tuple[tuple[str, str], ...], expected: Status, why: str) -> None:
    [(_, status, message)] = _restated(SONY, *edits)
    assert status is expected and why in message


def test_the_box_set_aside_beside_the_quarter_stays_aside_when_the_inputs_are_printed() -> None:
    [(subject, status, message)] = _restated(TATA)
    assert (subject, status) == ("interest_coverage (2024-03, quarterly)", Status.PASS)
    assert "not compared: Current (line 18, range)" in message


def test_the_dated_copies_are_still_compared() -> None:
    """Setting the box aside leaves the page's own copies in the check: a headline of 12.40 beside the worked 12.00
    is a proof."""
    [(_, status, _)] = _restated(TATA, ("Interest Coverage : 12.00 (", "Interest Coverage : 12.40 ("))
    assert status is Status.FAIL
