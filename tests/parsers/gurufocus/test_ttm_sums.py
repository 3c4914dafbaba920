"""A TTM amount against the four quarters its row prints (gf.ttm.sum; testers' rounds 32-33, gho F2 and ghn F4: a TTM
and its quarters that do not add up went unseen).

Three real pages print a TTM flow and the four quarters ending in its month: TSE:9250 (net income, a fiscal year ending
in November, earlier quarters 'Premium Member Only'), SHSE:688627 (pre-tax income) and NAS:AAPL 2017 (net change in
cash, whose page prints GuruFocus's own sum of the four quarters); two print a half-year reporter's TTM and its two
halves: XBRU:IRIS 2012 (capital expenditure, 'adds up the semi-annually data') and HKSE:01655 (SG&A). Synthetic
variants edit one printed value."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, audit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
GRCS = REAL / "gurufocus_net-income_TSE-9250.txt"
SEICHI = REAL / "gurufocus_pretax-income_SHSE-688627.txt"
AAPL = REAL / "gurufocus_net-change-in-cash_NAS-AAPL_2017.txt"
IRIS = REAL / "gurufocus_cash-flow-capital-expenditure_XBRU-IRIS.txt"  # a half-year reporter (round-41 wf F2)
HKSE_01655 = REAL / "gurufocus_sga_HKSE-01655.txt"
CMPGY = REAL / "gurufocus_stock-based-compensation_OTCPK-CMPGY.txt"  # a flow the sums left out (round-48 ty M2)

CASES = [
    # (page, edits, the status of the one gf.ttm.sum check, or None for no check)
    (GRCS, (), Status.PASS),
    (SEICHI, (), Status.PASS),
    (AAPL, (), Status.PASS),
    (CMPGY, (), Status.PASS),  # $54 Mil = 27.91 + 25.99, its two halves
    (CMPGY, (("Compensation : $54 Mil", "Compensation : $64 Mil"), ("(TTM) ended in Sep. 2023 was $54 Mil",
                                                                     "(TTM) ended in Sep. 2023 was $64 Mil")), Status.WARN),
    # a quarter off by one million: the four no longer give the TTM
    (GRCS, (("-54.41 -51.25", "-55.41 -51.25"),), Status.WARN),
    (SEICHI, (("42.50 21.43", "43.50 21.43"),), Status.WARN),
    # the headline's TTM changed: the first of equally precise copies is the one checked (gf.restated fails the pair)
    (GRCS, (("Net Income : 円-107 Mil", "Net Income : 円-117 Mil"),), Status.WARN),
    # the statement's copy changed: the headline, checked, still agrees
    (GRCS, (("(TTM) ended in Feb. 2024 was 円-107 Mil", "(TTM) ended in Feb. 2024 was 円-117 Mil"),), Status.PASS),
    # a quarter printed 0.04 off stays within the TTM's rounding to a million
    (GRCS, (("-54.41 -51.25", "-54.45 -51.25"),), Status.PASS),
    # a quarter missing (the month a column earlier): no four consecutive quarters, a skip that names the gap
    (GRCS, (("Aug23 Nov23 Feb24", "Sep23 Nov23 Feb24"),), Status.SKIP),
    # the row six months apart, as a semi-annual reporter's, ending before the TTM's window: no check
    (GRCS, (("Feb23 May23 Aug23 Nov23 Feb24", "Aug20 Feb21 Aug21 Feb22 Aug22"),), None),
    # three of the row's quarters hidden: fewer than four left in all, still a skip that names the gap (second read)
    (GRCS, (("-106.17 -54.41 -51.25", "- - -51.25"),), Status.SKIP),
    # half-years printed as quarters in the window (Malaysian pages, round-34 ghv): a skip, never a sum of two
    (GRCS, (("May23 Aug23 Nov23 Feb24", "Feb21 Aug21 Aug23 Feb24"),), Status.SKIP),
    # a half-year reporter's TTM against the two halves its semi-annual row prints ending at its month
    (IRIS, (), Status.PASS),
    (HKSE_01655, (), Status.PASS),
    (IRIS, (("Capital Expenditure -3.15 -1.63", "Capital Expenditure -3.51 -1.63"),), Status.WARN),
    # the row's halves end before the TTM's month: no pair of its window, no check
    (IRIS, (("Dec11 Jun12\n", "Jun11 Dec11\n"),), None),
]


def _ttm_checks(page: Path, edits: tuple[tuple[str, str], ...]) -> list[Status]:
    return [c.status for c in checked(page, *edits) if c.rule == "gf.ttm.sum"]


@pytest.mark.parametrize(("page", "edits", "expected"), CASES, ids=lambda v: v.name if isinstance(v, Path) else None)
def test_a_ttm_against_its_four_quarters(page: Path, edits: tuple[tuple[str, str], ...], expected: Status | None) -> None:
    assert _ttm_checks(page, edits) == ([] if expected is None else [expected])


def test_a_disagreement_is_a_warning_that_names_the_sum_and_why_it_is_no_proof() -> None:
    [check] = [c for c in checked(GRCS, ("-54.41 -51.25", "-55.41 -51.25")) if c.rule == "gf.ttm.sum"]
    assert check.status is Status.WARN
    assert "-106.17" not in check.message and "-55.41 + -51.25 + -68.33 + 66.70" in check.message
    assert check.reason and check.reason.startswith("not a proof")
    assert [q.line for q in check.inputs] == [35, 35, 35, 35]


@pytest.mark.parametrize(("ending", "expected"), [
    ("-68.33 66.7", []),  # the capture ends inside the last quarter's cell: the reader keeps no row, nothing is summed
    ("-68.33 66.70\n", []),  # the row's line is the capture's last: it may be cut, the reader keeps no row
    ("-68.33 66.70\n\n", [Status.PASS]),  # a line after the row: the row is whole
])
def test_a_row_the_capture_may_have_cut_is_not_summed(ending: str, expected: list[Status]) -> None:
    text = GRCS.read_text(encoding="utf-8")
    cut = text[: text.index("-68.33 66.70") + len(ending)]
    checks = [c for c in audit(parse_text(cut, source=str(GRCS))).checks if c.rule == "gf.ttm.sum"]
    assert [c.status for c in checks] == expected


def test_a_gap_in_the_window_is_named() -> None:
    [check] = [c for c in checked(GRCS, ("Aug23 Nov23 Feb24", "Sep23 Nov23 Feb24")) if c.rule == "gf.ttm.sum"]
    assert check.reason == ("the quarterly row prints no value for 2023-08, so the four quarters of the TTM's window "
                            "cannot be summed")


def test_a_ttm_dated_a_quarter_before_the_quarters_it_sums_is_said_so() -> None:
    """Round-34 ghv F1 (TSE:2931, TSE:4890, TSE:8079): each TTM is the sum of the four quarters ending a column after
    its 'As of' month. Synthetic: GRCS's TTM moved to Nov. 2023, a quarter before the Feb24 column it sums to."""
    edits = [("(TTM As of Feb. 2024)", "(TTM As of Nov. 2023)"), ("(TTM) ended in Feb. 2024", "(TTM) ended in Nov. 2023")]
    checks = [c for c in checked(GRCS, *edits) if c.rule == "gf.ttm.sum"]
    assert [c.status for c in checks] == [Status.WARN]
    assert checks[0].reason and "the four quarters a quarter on give it" in checks[0].reason
    assert "a quarter before the data it sums" in checks[0].reason


@pytest.mark.parametrize(("page", "edit", "formula_line"), [
    (AAPL, ("-4,113.00 -1,214.00", "-4,213.00 -1,214.00"), 31),
    (REAL / "gurufocus_net-issuance-of-debt_NYSE-WMT_2017.txt", ("-31.00 -499.00", "-31.00 -599.00"), 23),
])
def test_a_page_that_prints_the_ttm_sum_is_not_said_to_print_none(page: Path, edit: tuple[str, str], formula_line: int) -> None:
    """Round-40 tester gvb F4 (NYSE:WMT 2017, a row cell edited): the warning said 'the page prints no formula tying the
    TTM to its quarters' beside the page's own sum of them; it names that formula's line."""
    [ttm] = [c for c in checked(page, edit) if c.rule == "gf.ttm.sum"]
    assert ttm.status is Status.WARN and ttm.reason
    assert f"the page's own formula (line {formula_line}) adds its quarters" in ttm.reason and "prints no formula" not in ttm.reason


WMT = REAL / "gurufocus_net-issuance-of-debt_NYSE-WMT_2017.txt"


@pytest.mark.parametrize(("edit", "fails"), [
    (None, []),
    (("3,149.00 -3,987.00", "3,149.00 -3,887.00"), ["net_issuance_of_debt (2017-01, quarterly)"]),  # the row's Jan17 cell
    (("+ -3987 (Jan. 2017 )", "+ -3887 (Jan. 2017 )"), ["net_issuance_of_debt (2017-01, quarterly)"]),  # the addend
])
def test_a_ttm_formulas_dated_addends_are_their_quarters(edit: tuple[str, str] | None, fails: list[str]) -> None:
    """Second read of round 40 (1): a row cell unlike the formula's dated addend of its quarter was only a warning
    that said the row and the formula differ; the addends are now facts of their quarters (context 'calculation')."""
    checks = checked(WMT, *([edit] if edit else []))
    assert [c.subject for c in checks if c.rule == "gf.restated" and c.status is Status.FAIL] == fails
    quarters = [f for f in parse_file(WMT).facts if f.id.startswith("ttm_sum.net_issuance_of_debt.quarter")]
    assert [(f.period.end if f.period else None, f.value.text if f.value else None) for f in quarters] == [
        ("2016-10", "3149"), ("2017-01", "-3987"), ("2017-04", "-31"), ("2017-07", "-499")]


def test_addends_that_are_not_four_quarters_to_the_ttms_month_are_no_facts() -> None:
    """Half-years, or dates that do not end at the TTM's month, are left as the formula's operands only."""
    text = WMT.read_text(encoding="utf-8").replace("+ -3987 (Jan. 2017 )", "+ -3987 (Feb. 2017 )")
    doc = parse_text(text, source=str(WMT))
    assert not [f for f in doc.facts if f.id.startswith("ttm_sum.") and ".quarter" in f.id]
