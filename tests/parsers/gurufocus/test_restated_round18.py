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


def test_the_unedited_page_warns_about_the_range_and_industry_lines() -> None:
    """The twelve months' 'Current: 7.9' beside the quarter's -21.53: no proof, a warning that says why."""
    (check,) = _restated(BST)
    assert check.status is Status.WARN and "not a proof" in check.message


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
