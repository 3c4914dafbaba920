"""Round 21: the 2026 Peter Lynch Fair Value paragraph (round-20 ggf F1, F2) and a headline's period lent to values
that state none (ggg 010).

- F1: a fund's (or bank's) growth input is its book value's, printed '5-Year TTM Book Value Growth Rate is 13.28'. It was
  not read, so the check skipped with an untrue 'ebitda_growth_5y not stated'.
- F2: 'Price to Peter Lynch Fair Value Ratio for today is 1.30' was neither read nor checked.

The formula multiplies by the growth rate as a number of percent (fair P/E = growth, PEG 1: 1 x 13.28 x A$0.28), with
PEG exactly 1 as printed. Synthetic variants are the real fixture page with printed text edited (page_edits)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, Unit, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
LSF = REAL / "gurufocus_peter-lynch-fair-value_ASX-LSF_2026.txt"
GROWTH = "5-Year TTM Book Value Growth Rate is 13.28"


def _lynch(*edits: tuple[str, str]):
    (check,) = [c for c in checked(LSF, *edits) if c.rule == "gf.calc.prose" and c.subject.startswith("Peter Lynch")]
    return check


@pytest.mark.parametrize(("edits", "status"), [
    ((), Status.PASS),  # 1 x [13.275, 13.285] x [0.275, 0.285] = [3.6506, 3.7862], and A$3.65 is [3.645, 3.655]
    (((GROWTH, "5-Year TTM Book Value Growth Rate is 13.28%"),), Status.PASS),  # with '%' the same number of percent
    (((GROWTH, "5-Year TTM EBITDA Growth Rate is 13.28"),), Status.PASS),  # a company's 2026 wording of its input
    ((("Peter Lynch Fair Value for today is A$3.65", "Peter Lynch Fair Value for today is A$3.55"),), Status.FAIL),
    (((GROWTH, "5-Year TTM Book Value Growth Rate is 12.28"),), Status.FAIL),
])
def test_the_growth_input_is_multiplied_by_as_a_number_of_percent(edits: tuple[tuple[str, str], ...], status: Status) -> None:
    check = _lynch(*edits)
    assert check.status is status, check.message
    assert "13.28" in check.message or "12.28" in check.message


def test_the_peg_printed_as_1_is_exactly_1() -> None:
    """'PEG is 1' is the formula's constant: the recomputed interval is the growth's and the EPS's rounding alone
    (13.275 x 0.275 to 13.285 x 0.285), not 0.5 to 1.5 times that."""
    check = _lynch()
    assert check.recomputed is not None
    assert (check.recomputed.lo, check.recomputed.hi) == ("3.650625", "3.786225")


def test_a_growth_rate_above_the_cap_makes_a_miss_a_warning() -> None:
    """GuruFocus caps the rate (at 20 on older pages, later 25): a printed 30 over a value computed from 25 is no proof."""
    check = _lynch((GROWTH, "5-Year TTM Book Value Growth Rate is 30.00"),
                   ("Peter Lynch Fair Value for today is A$3.65", "Peter Lynch Fair Value for today is A$7.00"))
    assert check.status is Status.WARN, check.message
    assert "caps" in check.message


def test_the_book_value_growth_keeps_its_own_metric() -> None:
    (growth,) = [f for f in parse_file(LSF).facts if f.line == 20 and f.metric.endswith("_growth_5y_ttm")]
    assert (growth.metric, growth.unit, growth.value.text if growth.value else None) == (
        "book_value_growth_5y_ttm", Unit.PERCENT, "13.28")


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # A$4.76 / A$3.65 = 1.3041
    (("Price to Peter Lynch Fair Value Ratio for today is 1.30", "Price to Peter Lynch Fair Value Ratio for today is 1.40"),
     Status.FAIL),
])
def test_the_price_to_peter_lynch_fair_value_ratio_is_read_and_checked(edit: tuple[str, str] | None, status: Status) -> None:
    (check,) = [c for c in checked(LSF, *([edit] if edit else [])) if c.rule == "gf.calc.prose"
                and c.subject.startswith("Price to Peter Lynch")]
    assert check.status is status, check.message
    doc = parsed(LSF, *([edit] if edit else []))
    (ratio,) = [f for f in doc.facts if f.metric == "price_to_peter_lynch_fair_value"]
    assert (ratio.line, ratio.value.text if ratio.value else None) == (22, "1.40" if edit else "1.30")


CUSN = REAL / "gurufocus_cash-to-debt_TSXV-CUSN_2025.txt"


def test_a_blank_headline_lends_its_period_to_no_undated_copy() -> None:
    """ggg 010: 'Cash-to-Debt : No Debt (1) (As of Mar. 2025)'; the range's 'Current: 6.84' and the industry line's 6.84
    agree as the current value, never as Mar. 2025's, which the page twice calls 'No Debt'."""
    restated = {c.subject: c.status for c in checked(CUSN) if c.rule == "gf.restated"}
    assert restated == {"cash_to_debt (current)": Status.PASS}


ENGC = REAL / "gurufocus_roce_CAI-ENGC.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # 871.015 / ((526.998 + 2014.41) / 2) = 68.55 %
    (("=68.55 %", "=78.55 %"), Status.FAIL),
])
def test_a_stacked_formula_reads_past_its_span_tag_lines(edit: tuple[str, str] | None, status: Status) -> None:
    """ggh 025: the span tags '(A: Dec. 2023 )  (A: Dec. 2022 )(A: Dec. 2023 )' on lines of their own under the
    formula's steps no longer end the block: its substituted steps and printed result (line 46) are read and checked."""
    checks = checked(ENGC, *([edit] if edit else []))
    (result,) = [c for c in checks if c.rule == "gf.calc.step" and c.subject == "ROCE % from line 45"]
    assert result.status is status, result.message
    assert not [c for c in checks if c.rule == "gf.calc.arithmetic" and "no printed result" in c.message]


HBSA3 = REAL / "gurufocus_dayspayable_BSP-HBSA3.txt"


@pytest.mark.parametrize(("edit", "frequency", "warned"), [
    (None, "quarterly", False),  # its Dec. 2023 point 41.73 is the three months' value (line 10), not the year's 53.33
    (("to Dec. 2023 (41.73)", "to Dec. 2023 (53.33)"), "annual", True),  # the year's: its 49.03 meets the year's 53.45
])
def test_a_history_sentence_follows_the_rows_its_points_show(edit: tuple[str, str] | None, frequency: str,
                                                             warned: bool) -> None:
    """ggh 001: 'Days Payable declined from Dec. 2022 (49.03) to Dec. 2023 (41.73)' prints no frequency; where one of its
    points agrees with one frequency's copies of its month and not the other's, the sentence is that frequency's."""
    checks = [c for c in checked(HBSA3, *([edit] if edit else [])) if c.rule == "gf.restated"]
    (joined,) = [c for c in checks if 25 in c.lines() and c.status is Status.PASS]
    assert joined.subject == f"days_payable (2023-12, {frequency})"
    assert any(c.status is Status.WARN for c in checks) is warned


RMT = REAL / "gurufocus_EffectiveInterestRate_NYSE-RMT_2018.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # $1.40 Mil / $45.00 Mil: [3.0997%, 3.1226%]
    (("on debt for the quarter that ended in Jun. 2018 was 3.10%", "on debt for the quarter that ended in Jun. 2018 was 3.40%"),
     Status.FAIL),
])
def test_the_2018_effective_interest_rate_wording_is_recomputed(edit: tuple[str, str] | None, status: Status) -> None:
    """ggi 017: '… annualized effective interest rate on debt for the quarter that ended in Jun. 2018 was 3.10%' (no '%'
    in the label, as the later wording has) is the ratio of its paragraph's two printed inputs."""
    (check,) = [c for c in checked(RMT, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message


def test_an_undated_as_of_today_price_is_of_the_day_another_line_prints() -> None:
    """ggg 017 (and the fixture HKSE:01476 of the same layout): 'As of today (2024-05-14), … share price is HK$1.85' and,
    lower, 'As of today, … share price is HK$1.85' state the price of one day."""
    page = REAL / "gurufocus_p2tangible_book_HKSE-01476.txt"
    prices = [(f.line, f.period.end if f.period else None) for f in parse_file(page).facts if f.metric == "share_price"]
    assert prices == [(12, "2024-05-14"), (27, "2024-05-14")]


def test_the_interest_coverage_verdict_is_the_value_now() -> None:
    """ggg 029: '… Co Ltd interest coverage is 2.96, which is low.' is read as the current value (no period), and so
    meets the range's and industry line's 2.96, not as a copy of the quarter's 1.60."""
    page = REAL / "gurufocus_interest-coverage_SZSE-002060.txt"
    (verdict,) = [f for f in parse_file(page).facts if f.context == "verdict"]
    assert (verdict.metric, verdict.line, verdict.value.text if verdict.value else None, verdict.period) == (
        "interest_coverage", 16, "2.96", None)


A3 = REAL / "gurufocus_cash-from-financing_BUE-A3.txt"
GUOLIAN = REAL / "gurufocus_cash-from-financing_FRA-34V.txt"


@pytest.mark.parametrize(("page", "edit", "status"), [
    (A3, None, Status.PASS),  # spent: 0 + 96 + 0 + 11,868 - 0 = 11,964
    (A3, ("spent ARS11,964 Mil on financial", "spent ARS19,964 Mil on financial"), Status.FAIL),
    (A3, ("It spent ARS96 Mil paying down", "It received ARS96 Mil paying down"), Status.FAIL),  # 11,772, not 11,964
    (GUOLIAN, None, Status.PASS),  # earned: -0.0 + 407.7 - 0.0 - 30.0 - 227.1 = 150.6, within the parts' rounding of 150.7
    (GUOLIAN, ("earned €150.7 Mil on financial", "spent €150.7 Mil on financial"), Status.FAIL),
])
def test_the_financing_paragraph_is_the_signed_sum_of_its_parts(page: Path, edit: tuple[str, str] | None,
                                                                 status: Status) -> None:
    """ggh 021, ggd 017: each part's verb gives its sign (paid, spent: out; received: in), and the total is the sum in
    its own direction ('In all, X spent t' or 'earned t'). No part becomes a fact: its printed number is unsigned."""
    (check,) = [c for c in checked(page, *([edit] if edit else [])) if c.rule == "gf.calc.sum"]
    assert check.status is status, check.message
    assert not [f for f in parsed(page).facts if f.line == 14]


def test_a_sum_of_zeros_is_a_value_not_a_placeholder() -> None:
    """ggd 016 (Driver & Bengsch, every part and the total €0.00): 0 + 0 + … = 0 is a value, unlike 0 / 0. Synthetic:
    the A3 page with its headline, parts and total set to 0 gets no 'zero placeholder' warning."""
    zeros = [("Cash Flow from Financing : ARS-12,897 Mil", "Cash Flow from Financing : ARS0 Mil"),
             ("spent ARS96 Mil", "spent ARS0 Mil"), ("spent ARS11,868 Mil", "spent ARS0 Mil"),
             ("spent ARS11,964 Mil", "spent ARS0 Mil")]
    checks = checked(A3, *zeros)
    assert [c.status for c in checks if c.rule == "gf.calc.sum"] == [Status.PASS]
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]


def test_a_page_without_a_headline_takes_its_term_from_the_address() -> None:
    """ggg 002: NAS:NRC's e-mail-alert layout prints no headline; '/term/dividend_growth_5y/' names its term."""
    doc = parse_file(REAL / "gurufocus_dividend_growth_5y_NAS-NRC.txt")
    assert doc.term_metric == "5_year_dividend_growth_rate"
    assert {f.metric for f in doc.facts if f.line == 10 and f.value is not None} >= {"3_year_dividend_growth_rate"}


CFI = REAL / "gurufocus_cash-flow-from-investing_HKSE-02373.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # spent: 121 - 1 + 0 - 0 + 1,089 - 1,148 + 0 + 2 = 63
    (("spent HK$63 Mil on investment", "gained HK$6,300 Mil on investment"), Status.FAIL),  # round-22 ggj's own probe
    (("It paid HK$0Mil for net", "It paid HK$9Mil for net"), Status.FAIL),  # a part printed without a space before Mil
])
def test_the_investing_paragraph_is_the_signed_sum_of_its_parts(edit: tuple[str, str] | None, status: Status) -> None:
    """Round-22 ggj: '… spent HK$121 Mil on purchasing property, plant, equipment. It gained HK$1 Mil from selling … And
    it paid HK$2 Mil for other investing activities. In all, … spent HK$63 Mil on investment activities …'."""
    (check,) = [c for c in checked(CFI, *([edit] if edit else [])) if c.rule == "gf.calc.sum"]
    assert check.status is status, check.message


@pytest.mark.parametrize("edits", [
    (("Current: 2.96", "Current: 3.10"), ("vs SZSE:002060: 2.96", "vs SZSE:002060: 3.10")),  # the box moves, not the verdict
    (("interest coverage is 2.96, which is low", "interest coverage is 12.96, which is low"),),  # the verdict moves
])
def test_an_undated_verdict_against_the_box_and_the_quarter_is_no_proof(edits: tuple[tuple[str, str], ...]) -> None:
    """Second read (ggl D1): the verdict (undated), the boxed Current (another day, perhaps) and the quarter's headline
    disagree pairwise; no pair is two statements of one quantity for sure, so the chain of rules gives a WARN."""
    (check,) = [c for c in checked(REAL / "gurufocus_interest-coverage_SZSE-002060.txt", *edits) if c.rule == "gf.restated"]
    assert check.status is Status.WARN, check.message


def test_a_financing_part_of_unknown_sign_wording_leaves_the_paragraph_unsummed() -> None:
    """Second read (ggl D3), synthetic: every real paragraph prints 'paid … 0 Mil more to buy back shares than it
    received from issuing new shares'; with a non-zero net issuance the sign of that wording is a guess, so the
    paragraph is not summed and a note says so (never a FAIL on a guess). The sum otherwise has no metric: its result
    is the total's unsigned printed number."""
    doc = parsed(A3, ("paid ARS0 Mil more to buy back shares", "paid ARS500 Mil more to buy back shares"))
    assert not [c for c in doc.calculations if c.kind == "sum"]
    (note,) = [n for n in doc.notes if n.code == "breakdown_not_summed"]
    assert note.line == 14 and "more to buy back shares" in note.message
    (summed,) = [c for c in parsed(A3).calculations if c.kind == "sum"]
    assert summed.metric is None and summed.result is not None and summed.result.text == "ARS11,964 Mil"


def test_a_headline_value_against_its_colon_is_read() -> None:
    """Round-22 ggk 004: 'KGW GROUP Bhd (XKLS:0282) WACC % :9.48% (As of Dec. 14, 2024)' is the value 9.48%, and the
    name is the title's, not the whole headline."""
    doc = parse_file(REAL / "gurufocus_wacc_XKLS-0282.txt")
    head = doc.fact("headline")
    assert head is not None and head.value is not None and head.value.text == "9.48%"
    assert doc.security.name == "KGW GROUP Bhd" and doc.term == "WACC %"


def test_a_term_starting_with_a_digit_is_said_to_lack_data() -> None:
    """Round-22 ggk 003: 'Formosaint Jose does not have enough data to calculate 5-Year ROIIC %.' withdraws the
    headline's 0.00% as a value, as it does for terms starting with a letter."""
    doc = parse_file(REAL / "gurufocus_roiic-5y_ROCO-7764.txt")
    assert [n.line for n in doc.notes if n.code == "not_calculated"] == [12]
    head = doc.fact("headline")
    assert head is not None and head.value is None


MOS_EARNINGS = REAL / "gurufocus_margin-dcEarning_TSE-7729.txt"
MOS_DIVIDENDS = REAL / "gurufocus_margin-dcf-dividend_TSE-7729.txt"


@pytest.mark.parametrize(("page", "edit", "status"), [
    (MOS_EARNINGS, None, Status.PASS),  # (13205.83 - 10355.00) / 13205.83 = 21.588%
    (MOS_EARNINGS, ("Earnings model is 21.59%", "Earnings model is 25.59%"), Status.FAIL),
    (MOS_DIVIDENDS, None, Status.FAIL),  # the page's own contradiction: (13623.23 - 10780.00) / 13623.23 = 20.87%, not 45.39%
    (MOS_DIVIDENDS, ("Dividend model is 45.39%", "Dividend model is 20.87%"), Status.PASS),
])
def test_a_margin_of_safety_is_recomputed_from_its_printed_inputs(page: Path, edit: tuple[str, str] | None,
                                                                  status: Status) -> None:
    """Round-22 ggk 007, 008: the intrinsic value and price of one line and the margin a line or two below, by the
    formula the page prints, (Intrinsic Value - Current Price) / Intrinsic Value."""
    (check,) = [c for c in checked(page, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message
    assert "13" in check.message and "/" in check.message


PFCF = REAL / "gurufocus_intrinsic-value-projected-fcf_XKRX-043150.txt"


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # ₩21850.00 / ₩43,970.10 = 0.497
    (("Projected-FCF of today is 0.5.", "Projected-FCF of today is 0.7."), Status.FAIL),
])
def test_the_price_to_projected_fcf_of_today_is_recomputed(edit: tuple[str, str] | None, status: Status) -> None:
    """Round-22 ggk 016: 'Therefore, X's Price-to-Intrinsic-Value-Projected-FCF of today is 0.5.' from the paragraph's
    intrinsic value and price; the prose's name and the range box's 'Price-to-Projected-FCF' are one metric."""
    checks = checked(PFCF, *([edit] if edit else []))
    (check,) = [c for c in checks if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message
    assert [c.subject for c in checks if c.rule == "gf.range.order"] == ["price_to_projected_fcf range"]


def test_a_percent_growth_input_is_said_to_be_taken_as_its_number_of_percent() -> None:
    """ggl D6: the page's step prints '13.28%' where the formula multiplies by 13.28; the derivation says so."""
    assert "(taking 13.28% as 13.28)" in _lynch((GROWTH, "5-Year TTM Book Value Growth Rate is 13.28%")).message
    assert "taking" not in _lynch().message


def test_any_blank_headline_fact_of_the_term_lends_no_period() -> None:
    """ggl D4: a blank headline copy after a valued one still makes the term's headline blank for its period."""
    from quotecheck.parsers.gurufocus._audit_restated import _blank_headline_metric

    doc = parse_file(CUSN)
    (blank,) = [f for f in doc.facts if f.metric == doc.term_metric and f.context == "headline"]
    assert blank.value is None
    valued = next(f for f in doc.facts if f.metric == doc.term_metric and f.value is not None)
    first = valued.model_copy(update={"context": blank.context})
    assert _blank_headline_metric(doc, {doc.term_metric: [first, blank]}) == doc.term_metric
    assert _blank_headline_metric(doc, {doc.term_metric: [first]}) is None


PFCF_BOX = ("Current: 0.5", "Current: 0.62")
PFCF_INDUSTRY = ("XKRX:043150: 0.50", "XKRX:043150: 0.62")


@pytest.mark.parametrize(("edits", "status"), [((), Status.PASS), ((PFCF_BOX, PFCF_INDUSTRY), Status.WARN)])
def test_the_price_to_projected_fcf_of_today_is_a_copy_of_the_boxes_current(edits: tuple[tuple[str, str], ...],
                                                                           status: Status) -> None:
    """'Price-to-Intrinsic-Value-Projected-FCF of today is 0.5.' (line 14) is today's ratio, as the range box's
    'Current: 0.5' (line 20) and the industry line's 0.50 (line 27) are (round-45 tester tj F1: it was no fact, so a box
    that disagreed with it went unseen). Synthetic: box and industry line at 0.62, outside the sentence's 0.45..0.55, a
    warning as on the Graham Number pages (the box's undated Current may be of another moment than the sentence)."""
    checks = checked(PFCF, *edits)
    (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject == "price_to_projected_fcf (today)"]
    assert restated.status is status and "0.5 (line 14, today)" in restated.message
