"""Copies that disagree prove nothing unless they carry the same doubts (round-41 tester wj F1).

NYSE:JNJ's 2017 F-Score page prints '5 (As of Today)', the verdict 'has an F-score of 4', 'Current: 5' and a Sep17 cell
of 0.00. Each rule that excuses one kind of doubt saw the others disagree and kept the FAIL; grouped by their doubts,
no two copies alike disagree, so it is a warning. Copies alike in their doubts that disagree still FAIL, and the proof
names them, not the copies a rule above named."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
JNJ = REAL / "gurufocus_fscore_NYSE-JNJ_Sep17.txt"
INTC = REAL / "gurufocus_mscore_NAS-INTC_2015.txt"


def _restated(page: Path, metric: str, *edits: tuple[str, str]):
    (check,) = [c for c in checked(page, *edits) if c.rule == "gf.restated" and (c.subject or "").startswith(metric)]
    return check


def test_copies_each_in_another_doubt_are_a_warning() -> None:
    check = _restated(JNJ, "piotroski_f_score (2017-09")
    assert check.status is Status.WARN
    assert "the proof" not in check.message
    assert "F-score (line 11, verdict) states no period of its own and is a verdict" in (check.reason or "")
    assert "Piotroski F-Score (line 4, headline) states no period of its own" in (check.reason or "")


VERDICT = "Johnson & Johnson has an F-score of 4 indicating the company's financial situation is typical for a stable company."


def test_copies_alike_in_their_doubts_that_disagree_still_fail() -> None:
    """The JNJ page with a second verdict sentence of 6 under the 4 (synthetic): two copies of the same doubts that
    disagree are a proof, and the FAIL names them."""
    check = _restated(JNJ, "piotroski_f_score (2017-09", (VERDICT, f"{VERDICT}\n{VERDICT.replace('of 4', 'of 6')}"))
    assert check.status is Status.FAIL
    assert check.message.endswith("the proof: F-score (line 11, verdict) and F-score (line 12, verdict) disagree among "
                                  "themselves")


def test_a_copy_that_names_its_window_leaves_only_its_period_in_doubt() -> None:
    """Round-42 tester xd F4 (and round-41 wh F1): 'During the past 3 years, the average … was 30.40% per year' against
    a 3-Year rate's headline said the sentence 'may cover another period or window'; it names its window."""
    edit = ("Growth Rate : 30.40% (As of", "Growth Rate : 30.70% (As of")
    check = _restated(REAL / "gurufocus_rvn-growth-3y_OTCPK-CNSWF.txt", "3_year_revenue_growth_rate (2023-12", edit)
    assert check.status is Status.WARN
    assert check.reason is not None and check.reason.endswith("may cover another period than Dec. 2023")
