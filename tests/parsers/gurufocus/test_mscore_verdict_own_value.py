"""An M-score verdict sentence that prints its own value is judged by it (round-32 ghf F1).

NYSE:TTM's 2014 page prints 'Beneish M-Score 0.00 (As of Today)' (GuruFocus's stand-in) and 'has a M-score of -3.62
suggests that the company is not a manipulator': the verdict was judged against the headline's 0.00 and FAILed,
though its own -3.62 is below the threshold. Synthetic variants of seed 004: the headline edited, the verdict's own
sentence kept."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status, audit, parse_text

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds" / "004_953c4a038b52c2f5.txt"
HEADLINE = ("Beneish M-Score : -1.99 (As of", "Beneish M-Score : -1.50 (As of")


def test_the_verdict_is_judged_by_the_value_its_own_sentence_prints() -> None:
    checks = checked(SEED, HEADLINE)
    verdicts = {c.subject: (c.status, c.quoted.line if c.quoted else None) for c in checks if c.rule == "gf.mscore.verdict"}
    assert verdicts["M-score verdict (line 17)"] == (Status.PASS, 17)
    restated = [c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("beneish_m_score")]
    # the headline's -1.50 is still caught, as a warning: every copy it disagrees with carries a doubt the headline
    # does not (the row and the calculation are of Sep23, the box is computed apart, the verdicts may be another
    # computation), and no two copies alike disagree (round 42, _unless_doubts_apart; it was a FAIL only through the
    # verdicts' split from the headline, which alone is no proof)
    assert any(c.status is Status.WARN and 3 in c.lines() and "each copy that disagrees carries a doubt the copies it disagrees with do not"
               in (c.reason or "") for c in restated)


def test_a_verdict_its_own_value_contradicts_fails() -> None:
    checks = checked(SEED, ("Beneish M-Score -1.99 no higher than -1.78", "Beneish M-Score -1.50 no higher than -1.78"))
    [check] = [c for c in checks if c.rule == "gf.mscore.verdict" and c.subject == "M-score verdict (line 17)"]
    assert check.status is Status.FAIL and check.quoted is not None and check.quoted.line == 17



INTC = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_mscore_NAS-INTC_2015.txt"


def test_the_headline_against_the_calculation_for_today_is_the_undated_rules_warning() -> None:
    """NAS:INTC 2015 (round-39 gtf F1): '-3.01 (As of Today)' against the M-score 'for today' '=-2.85'. The headline
    states no period of its own, so against the calculation it is a warning, as on pages whose verdict is not read
    (round 42: the FAIL stood only because the verdict, itself no proof, split the undated copies)."""
    (restated,) = [c for c in checked(INTC) if c.rule == "gf.restated" and c.subject.startswith("beneish_m_score")]
    assert restated.status is Status.WARN and "-2.85 (line 37, calculation)" in restated.message
    assert "Beneish M-Score (line 6, headline) states no period of its own" in (restated.reason or "")


def test_the_headline_against_the_undated_verdict_alone_is_no_proof() -> None:
    """The same page cut before its calculation: the verdict 'has a M-score of -2.85' states no date of its own, so
    against the headline's -3.01 it is a warning, as an F-score's verdict is."""
    text = INTC.read_text(encoding="utf-8")
    cut = text[: text.index("The M-score of Intel Corp for today")]
    checks = audit(parse_text(cut, source=str(INTC))).checks
    (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject.startswith("beneish_m_score")]
    assert restated.status is Status.WARN and "not a proof: M-score (line 13, verdict) states no date" in restated.message
