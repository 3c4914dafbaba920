"""A headline of 0 beside rows that agree on a value of their own is GuruFocus's stand-in (round-34 tester ghr F4).

Real page FRA:PLN2 (fixtures/gurufocus/realpages/gurufocus_fscore_FRA-PLN2.txt): 'Piotroski F-Score : 0 (As of Jun. 20,
2024)' beside 'has an F-score of 8' and the year's and the half-year's Dec12 rows of 8.00: the headline does not say
which of the two it is, and it was skipped for that, though it disagrees with both. The edited variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_fscore_FRA-PLN2.txt"
HEAD = "Piotroski F-Score : 0 (As of"


@pytest.mark.parametrize(("edits", "status", "said"), [
    ((), Status.WARN, "prints 0, which GuruFocus prints for a value it does not have"),
    (((HEAD, "Piotroski F-Score : 8 (As of"),), Status.PASS, "agrees within rounding with every one"),
    # another value than 0: no stand-in, and the headline may be of a span no other copy states
    (((HEAD, "Piotroski F-Score : 5 (As of"),), Status.SKIP, "does not say which of"),
])
def test_the_headline_beside_the_year_and_the_half_year(edits: tuple[tuple[str, str], ...], status: Status, said: str) -> None:
    [check] = [c for c in checked(PAGE, *edits) if c.rule == "gf.restated" and c.quoted and c.quoted.line == 5]
    assert check.status is status and said in check.message
