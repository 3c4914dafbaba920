"""Round-13 trend sentences on real pages (tester gfk, F2 and F4): each step's direction word is a TREND statement of
its two points, and gf.trend.direction holds it against them: 'increased'/'declined' that the printed values refute is
a FAIL, 'stayed the same' between values that differ beyond rounding a WARN (the site's template uses it loosely), and
equal printed values fit any word. A sentence without 'quarterly' or 'annual' ('OFS Capital's LT-Debt-to-Total-Asset
increased from Dec. 2022 (0.64) to Dec. 2023 (0.64)') states its points with no frequency. Edited variants of the real
pages are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._models import StatementKind

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XCMG = REAL / "gurufocus_cash-and-cash-equivalents_SZSE-000425.txt"
XLIFE = REAL / "gurufocus_cash-and-cash-equivalents_XSWX-XLS.txt"
OFS = REAL / "gurufocus_long-term-debt-and-capital-lease-obligation_NAS-OFS.txt"
GUID = REAL / "gurufocus_long-term-debt-and-capital-lease-obligation_NAS-GUID.txt"
ERSU = REAL / "gurufocus_days-payable_IST-ERSU.txt"
RULE = "gf.trend.direction"


def _directions(page: Path, *edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(page, *edits) if c.rule == RULE]


def test_each_step_is_a_trend_statement_of_its_two_points() -> None:
    """XCMG line 12: 'increased from Sep. 2023 (…) to Dec. 2023 (…) but then stayed the same from Dec. 2023 (…) to
    Mar. 2024 (…)': two steps, each with its verb and the facts of its points (the turning point is one fact)."""
    doc = parse_file(XCMG)
    steps = [s for s in doc.statements_of(StatementKind.TREND) if s.line == 12]
    assert [(s.value, s.qualifier) for s in steps] == [("increased", "from Sep. 2023 to Dec. 2023"),
                                                        ("stayed the same", "from Dec. 2023 to Mar. 2024")]
    values = [[doc.fact(fid).value.text for fid in s.facts] for s in steps]  # type: ignore[union-attr]
    assert values == [["¥21,965.32 Mil", "¥23,371.01 Mil"], ["¥23,371.01 Mil", "¥21,292.66 Mil"]]
    assert steps[0].facts[1] == steps[1].facts[0]


@pytest.mark.parametrize(("page", "value"), [(XCMG, "¥21,292.66 Mil"), (XLIFE, "CHF0.22 Mil")])
def test_stayed_the_same_between_different_values_is_a_warning(page: Path, value: str) -> None:
    """gfk 019 and 018: 'stayed the same' from ¥23,371.01 to ¥21,292.66 Mil, from CHF0.51 to CHF0.22 Mil: the printed
    values differ beyond their rounding; the template's word may be loose, so it is a WARN that says so, not a FAIL."""
    found = _directions(page)
    warned = [m for s, m in found if s is Status.WARN]
    assert len(warned) == 1 and f"({value})" in warned[0] and "template" in warned[0]
    assert all(s is not Status.FAIL for s, _ in found)


@pytest.mark.parametrize(("page", "line"), [
    (OFS, "increased from Dec. 2022 (0.64) to Dec. 2023 (0.64)"),
    (GUID, "stayed the same from Jun. 2016 (0.00) to Jun. 2017 (0.00)"),
    (XLIFE, "declined from Dec. 2022 (CHF0.22 Mil) to Dec. 2023 (CHF0.22 Mil)"),
])
def test_equal_printed_values_fit_any_word(page: Path, line: str) -> None:
    """The tester's must-not-flag cases: equal printed values are compatible with any direction; no check is made."""
    assert all(line not in m for _, m in _directions(page))
    doc = parse_file(page)  # the step is still read
    verb = line.split(" from ", 1)[0]
    assert any(s.value == verb for s in doc.statements_of(StatementKind.TREND))


@pytest.mark.parametrize(("old", "new"), [
    ("declined from Dec. 2021 (¥31,807.62 Mil)", "increased from Dec. 2021 (¥31,807.62 Mil)"),  # gfk exp/e019
    ("increased from Sep. 2023 (¥21,965.32 Mil)", "declined from Sep. 2023 (¥21,965.32 Mil)"),
    ("increased from Sep. 2023 (¥21,965.32 Mil)", "decreased from Sep. 2023 (¥21,965.32 Mil)"),
])
def test_a_word_its_own_printed_values_refute_is_a_fail(old: str, new: str) -> None:
    """Synthetic (the real XCMG page with one direction word edited): the two printed values, over their rounding
    intervals, cannot have gone the way the word says."""
    found = _directions(XCMG, (old, new))
    failed = [m for s, m in found if s is Status.FAIL]
    assert len(failed) == 1 and new.split(" (", 1)[0] in failed[0]


def test_words_that_fit_their_values_pass() -> None:
    """XCMG: three steps fit their values; 'decreased' is read as 'declined' (synthetic edit)."""
    assert [s for s, _ in _directions(XCMG)].count(Status.PASS) == 3
    edited = _directions(XCMG, ("declined from Dec. 2021", "decreased from Dec. 2021"))
    assert [s for s, _ in edited].count(Status.PASS) == 3


@pytest.mark.parametrize(("page", "period", "value"), [
    (OFS, "2022-12", "0.64"), (OFS, "2023-12", "0.64"), (GUID, "2016-06", "0.00"),
    (ERSU, "2022-12", "27.10"), (ERSU, "2023-12", "26.96"),
])
def test_a_sentence_without_a_frequency_states_its_points_with_none(page: Path, period: str, value: str) -> None:
    """gfk F4: 'X's LT-Debt-to-Total-Asset increased from Dec. 2022 (0.64) …', 'X's Days Payable declined from Dec.
    2022 (27.10) …': each point is a fact of its period whose frequency the page does not say."""
    doc = parse_file(page)
    points = [f for f in doc.facts if f.id.startswith("statement.trend.") and f.period is not None
              and f.period.end == period and f.value is not None and f.value.text == value]
    assert len(points) == 1 and points[0].period is not None and points[0].period.frequency is None


def test_a_point_without_a_frequency_that_disagrees_is_no_proof() -> None:
    """Synthetic (OFS's Dec. 2023 point edited to 0.66): it joins the quarter's 0.64 of line 14, the one reading its
    month leaves, and disagrees; as the sentence prints no frequency, the disagreement is a WARN that says so."""
    doc_checks = checked(OFS, ("to Dec. 2023 (0.64)", "to Dec. 2023 (0.66)"))
    restated = [c for c in doc_checks if c.rule == "gf.restated" and "lt_debt_to_total_asset (2023-12" in (c.subject or "")]
    assert [c.status for c in restated] == [Status.WARN]
    assert "prints no frequency" in (restated[0].reason or "")
    assert parsed(OFS).fact("statement.trend.lt_debt_to_total_asset#2") is not None


FLEX = REAL / "gurufocus_cash-flow-from-operations_FRA-FXI.txt"
MFM = REAL / "gurufocus_cash-flow-from-operations_XKLS-3662.txt"


def _sums(page: Path, *edits: tuple[str, str]) -> list[tuple[Status, str]]:
    return [(c.status, c.message) for c in checked(page, *edits) if c.rule == "gf.calc.sum"]


@pytest.mark.parametrize(("page", "parts", "total"), [
    (FLEX, ["€363 Mil", "€135 Mil", "€126 Mil", "€0 Mil", "€0 Mil", "€0 Mil", "€0 Mil", "€-0 Mil"], "€625 Mil"),
    (MFM, ["RM54 Mil", "RM9 Mil", "RM98 Mil", "RM0 Mil", "RM0 Mil", "RM0 Mil", "RM0 Mil", "RM-15 Mil"], "RM146 Mil"),
])
def test_a_breakdown_in_words_is_read_as_its_parts_and_their_sum(page: Path, parts: list[str], total: str) -> None:
    """gfk 021/022 line 14, 'For the three months ended in Mar. 2024, Flex's Net Income From Continuing Operations was
    €363 Mil. Its … In all, Flex's Cash Flow from Operations … was €625 Mil': each part is a fact of the quarter, and
    the total is their SUM, which agrees over the parts' rounding (363 + 135 + 126 - 0 = 624, each ±0.5)."""
    doc = parse_file(page)
    calc = next(c for c in doc.calculations if c.id.startswith("calc.breakdown."))
    assert [o.number.text for o in calc.steps[0].operands] == parts and calc.result is not None
    assert calc.result.text == total and calc.metric == "cash_flow_from_operations"
    stated = {f.value.text for f in doc.facts if f.line == 14 and f.value is not None and f.period is not None
              and f.period.end == "2024-03" and f.period.frequency is not None and f.period.frequency.value == "quarterly"}
    assert set(parts) | {total} <= stated
    assert [s for s, _ in _sums(page)] == [Status.PASS]


@pytest.mark.parametrize(("old", "new", "status"), [
    ("was €625 Mil.", "was €630 Mil.", Status.FAIL),   # 624 ± 4 cannot give 630
    ("was €625 Mil.", "was €628 Mil.", Status.PASS),   # the edge: every part at its upper rounding bound
    ("Its Change In Working Capital was €126 Mil.", "Its Change In Working Capital was €-126 Mil.", Status.FAIL),
])
def test_a_total_no_rounding_of_its_parts_gives_is_a_fail(old: str, new: str, status: Status) -> None:
    """Synthetic (the real Flex page with its total or one part edited): a FAIL only when no values inside the parts'
    rounding intervals add up to the printed total."""
    assert [s for s, _ in _sums(FLEX, (old, new))] == [status]


def test_a_breakdown_of_mixed_scales_is_not_summed() -> None:
    """Synthetic (one part edited to 'Bil'): bare parts of two scales are no sum the rule can read; nothing is summed."""
    assert _sums(FLEX) and _sums(FLEX, ("was €135 Mil.", "was €0.1 Bil.")) == []


def test_a_breakdown_of_another_total_is_not_taken_for_a_sum() -> None:
    """Synthetic (a reviewer's probe): the same paragraph ending 'In all, …'s Free Cash Flow …': only a total the page
    defines as the plain sum of its parts (Cash Flow from Operations) is checked as one; nor are its parts recorded."""
    text = FLEX.read_text(encoding="utf-8")
    edited = text.replace("'s Cash Flow from Operations for the three months", "'s Free Cash Flow for the three months", 1)
    assert edited != text and _sums(FLEX, ("'s Cash Flow from Operations for the three months",
                                           "'s Free Cash Flow for the three months")) == []


TOSEI = REAL / "gurufocus_total-free-cash-flow_TSE-3451.txt"


@pytest.mark.parametrize(("metric", "value"), [("free_cash_flow", "円-2,365 Mil"), ("fcf_per_share", "円-6,374.20")])
def test_months_without_their_number_are_read_with_no_frequency(metric: str, value: str) -> None:
    """gfk 013: 'total free cash flow for the months ended in Apr. 2024 was 円-2,365 Mil' (how many months GuruFocus
    left out): a statement of Apr. 2024 whose span is unknown, never a guessed one (not monthly, not the TTM)."""
    doc = parse_file(TOSEI)
    stated = [f for f in doc.facts if f.metric == metric and f.value is not None and f.value.text == value]
    assert len(stated) == 1 and stated[0].period is not None
    assert (stated[0].period.end, stated[0].period.frequency) == ("2024-04", None)


def test_months_without_their_number_do_not_join_the_ttm_beside_them() -> None:
    """'… for the months ended in Apr. 2024 was 円-2,365 Mil. Its … for the trailing twelve months (TTM) ended in Apr.
    2024 was 円-747 Mil': the sentence sets the two spans apart, so they are not two copies of one value."""
    assert not [c for c in checked(TOSEI) if c.rule == "gf.restated" and c.status is not Status.PASS]
