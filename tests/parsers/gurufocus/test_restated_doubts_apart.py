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


SOJA3 = REAL / "gurufocus_roc-joel_BSP-SOJA3_2023.txt"
SOJA3_STATEMENT = "for the quarter that ended in Dec. 2023 was 48.43%"


def test_a_headline_printing_the_quarters_value_is_not_the_years() -> None:
    """'ROC (Joel Greenblatt) % : 48.43% (As of Dec. 2023)' (line 7, no span) beside line 10's 'annualized … for the
    quarter that ended in Dec. 2023 was 48.43%' and the year's row's 29.72 (line 40): the headline is that quarter's
    value as much as the statement is, so it does not contradict the year's (round-46 tester to F1, a false FAIL)."""
    check = _restated(SOJA3, "roc_joel_greenblatt (2023-12")
    assert check.status is Status.WARN
    assert check.reason is not None and "(line 7, headline) prints no span, and the value a statement" in check.reason


def test_a_headline_unlike_the_quarters_statement_takes_no_doubt_from_it() -> None:
    """Synthetic: the statement edited to 47.00%, the headline's 48.43% is no echo of it, and the doubt is not given."""
    check = _restated(SOJA3, "roc_joel_greenblatt (2023-12", (SOJA3_STATEMENT, SOJA3_STATEMENT.replace("48.43", "47.00")))
    assert check.reason is None or "prints no span, and the value a statement" not in check.reason


def test_an_unrelated_yearly_sentence_on_the_line_leaves_the_headline_in_doubt() -> None:
    """Synthetic (the round-46 review's R2): a sentence of the fiscal year's revenue added to SOJA3's line 10 is no input
    of ROC (Joel Greenblatt) %, so the quarter's result is not thereby the year's, and the false FAIL stays away."""
    addition = (SOJA3_STATEMENT + ".", SOJA3_STATEMENT + ". Boafra Sementes's Revenue for the fiscal year that ended in "
                                                         "Dec. 2023 was R$900.5 Mil.")
    assert _restated(SOJA3, "roc_joel_greenblatt (2023-12", addition).status is Status.WARN
