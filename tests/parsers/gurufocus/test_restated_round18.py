"""Round-18 testers (gfy F5, gfz F1): a FAIL cites only the copies that prove it.

Synthetic variants are real fixture pages with one printed number edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
BST = REAL / "gurufocus_debt-to-ebitda_WAR-BST.txt"
BST_STATEMENT = ("Debt-to-EBITDA for the quarter that ended in Dec. 2023 was -21.53", "Debt-to-EBITDA for the quarter that ended in Dec. 2023 was -20.53")


def _restated(page: Path, *edits: tuple[str, str]) -> list:
    return [c for c in checked(page, *edits) if c.rule == "gf.restated" and c.subject.startswith("debt_to_ebitda")]


def test_the_unedited_page_sets_the_range_and_industry_lines_aside() -> None:
    """The twelve months' 'Current: 7.9' beside the quarter's -21.53: no proof. Until round 32 a warning; since
    round 27 the box beside a quarter's value is another window's and not compared with it (_boxed_beside_quarter),
    and round 32 keeps the paragraph's printed inputs from bringing it back (gha F2): the check is the quarter's two
    copies, which agree, and it names the boxed copies as not compared."""
    (check,) = _restated(BST)
    assert check.status is Status.PASS
    assert "not compared: Current (line 22, range) and vs WAR:BST (line 29, industry)" in check.message


def test_a_fail_cites_only_the_copies_that_prove_it() -> None:
    """gfz F1: the headline -21.53 against a statement of the same quarter edited to -20.53 is a proof; the range's
    and industry line's 7.9 are not part of it, so they are neither quoted nor said to contradict it."""
    (check,) = _restated(BST, BST_STATEMENT)
    assert check.status is Status.FAIL
    assert "is contradicted on line(s) 14;" in check.message
    assert {q.line for q in [check.quoted, *check.inputs]} == {5, 14}
    assert "not counted: Current (line 22, range) and vs WAR:BST (line 29, industry)" in check.message


def test_boxed_copies_that_agree_with_the_reference_stay_cited() -> None:
    """Narrowing applies only where a doubtful copy would be cited as contradicting: the headline edited to 7.90
    agrees with the boxed copies, and the statement's -21.53 is the copy it contradicts."""
    (check,) = _restated(BST, ("Debt-to-EBITDA : -21.53", "Debt-to-EBITDA : 7.90"))
    assert check.status is Status.FAIL and "not counted" not in check.message
    assert {q.line for q in [check.quoted, *check.inputs]} == {5, 14, 22, 29}


DRX = REAL / "gurufocus_shares_basic_TSX-DRX.txt"


def test_a_headline_agreeing_with_every_reading_passes() -> None:
    """The headline 32.6 Mil names no frequency; the year's and the quarter's Jan. 2024 (32.64) both allow it."""
    (check,) = [c for c in checked(DRX) if c.rule == "gf.restated" and "(2024-01)" in c.subject]
    assert check.status is Status.PASS and "agrees within rounding with every one" in check.message


def test_a_headline_disagreeing_with_every_reading_warns() -> None:
    """gfy F2: edited to 35.6 Mil, the headline contradicts both readings the page allows, where it was skipped as
    'does not say which'. A warning, not a FAIL: it may be of a span the page prints no other copy of."""
    (check,) = [c for c in checked(DRX, ("(Basic Average) : 32.6 Mil", "(Basic Average) : 35.6 Mil"))
                if c.rule == "gf.restated" and "(2024-01)" in c.subject]
    assert check.status is Status.WARN and "disagrees with every one" in check.message
    assert check.quoted is not None and check.quoted.line == 5 and check.reason



YIELD = REAL / "gurufocus_days-sales-outstanding_OSTO-YIELD.txt"


def test_a_boxed_current_disagreeing_with_every_reading_stays_a_skip() -> None:
    """OSTO:YIELD: the range's 'Current: 10.87' and the industry line's 10.87 (twelve months') state no period; they
    disagree with the year's Dec. 2024 (7.75) and the quarter's (6.64) and are skipped, as a copy of no stated period
    is: only a copy that states its period gets the warning."""
    checks = [c for c in checked(YIELD) if c.rule == "gf.restated" and c.subject == "days_sales_outstanding (2024-12)"]
    boxed = [c for c in checks if c.quoted is not None and c.quoted.line in (18, 25)]
    assert len(boxed) == 2 and all(c.status is Status.SKIP for c in boxed)
    assert not [c for c in checks if c.status is Status.WARN]


JNJ = REAL / "gurufocus_shillerpe_JNJ_2014-6yr.txt"


def test_copies_the_formulas_rounded_inputs_allow_are_no_proof_of_each_other() -> None:
    """Second read of round 18: JNJ's headline 22.63 and the formula's 22.65 agree within the rounding of the formula's
    printed inputs; with the range's 'Current' edited to 24.10 the FAIL is the range's and the industry line's copies
    disagreeing (22.63 beside 24.10), never the headline against the formula's result."""
    (check,) = [c for c in checked(JNJ, ("Current: 22.63", "Current: 24.10")) if c.rule == "gf.restated" and c.subject.startswith("shiller")]
    assert check.status is Status.FAIL
    assert "the proof: Current (line 12, range) and vs JNJ (line 23, industry) disagree among themselves" in check.message
    assert "not counted" not in check.message
