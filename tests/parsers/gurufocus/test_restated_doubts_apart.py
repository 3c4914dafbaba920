"""Copies that disagree prove nothing unless they carry the same doubts (round-41 tester wj F1).

NYSE:JNJ's 2017 F-Score page prints '5 (As of Today)', the verdict 'has an F-score of 4', 'Current: 5' and a Sep17 cell
of 0.00. Each rule that excuses one kind of doubt saw the others disagree and kept the FAIL; grouped by their doubts,
no two copies alike disagree, so it is a warning. NAS:INTC's 2015 M-Score page, whose headline 'As of Today' and
calculation 'for today' disagree, still FAILs, and its proof names those two."""

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


def test_copies_alike_in_their_doubts_that_disagree_still_fail() -> None:
    """NAS:INTC 2015: the headline 'As of Today' and the calculation worked out 'for today' state today's score alike;
    the proof names them, not the verdict, whose own doubt sets it apart."""
    check = _restated(INTC, "beneish_m_score (2015-09")
    assert check.status is Status.FAIL
    assert check.message.endswith("the proof: Beneish M-Score (line 6, headline) and M (line 37, calculation) disagree "
                                  "among themselves")
