"""Copies of other periods or windows: a copy that states no period of its own cannot make a restated FAIL against
copies that state theirs, nor a month's value or a history row a FAIL against a range over another series; copies
of the same quantity still FAIL."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, audit, parse_text

ROOT = Path(__file__).resolve().parents[3]
BUE_BABA = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_grossmargin_BUE-BABA.txt"
E10_SEED = ROOT / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt"


def _restated(text: str, source: Path, subject_start: str):
    checks = [c for c in audit(parse_text(text, source=str(source))).checks if c.rule == "gf.restated"]
    return next(c for c in checks if (c.subject or "").startswith(subject_start)), checks


def test_undated_current_beside_a_quarter_is_not_compared() -> None:
    """The headline is the quarter's margin (line 11 says so); the range and industry 'Current' state no window: the
    page's dated copies are checked among themselves and the box's are named as not compared (round-27 ggw: comparing
    them warned on most return and margin pages, where GuruFocus's box is of another window)."""
    check, checks = _restated(BUE_BABA.read_text(encoding="utf-8"), BUE_BABA, "gross_margin (2023-12, quarterly)")
    assert check.status is Status.PASS
    assert "stated 3 times" in check.message
    assert "not compared: Current (line 22, range) and vs BUE:BABA (line 30, industry)" in check.message
    assert "as the quarter's" in check.message
    assert not [c for c in checks if c.status is Status.FAIL]


def test_a_dated_copy_edited_beside_the_box_still_fails() -> None:
    """The quarter's own copies that disagree among themselves are a proof, whatever the box says."""
    text = BUE_BABA.read_text(encoding="utf-8")
    assert text.count("40.00%") >= 3
    check, _ = _restated(text.replace("40.00%", "41.00%", 1), BUE_BABA, "gross_margin (2023-12, quarterly)")
    assert check.status is Status.FAIL


@pytest.mark.parametrize(("old", "new"), [("¥1.95 (As of", "¥2.15 (As of")])
def test_dated_copies_that_disagree_still_fail(old: str, new: str) -> None:
    """The E10 seed's headline, moved, contradicts four copies that state the quarter: a proof, so a FAIL."""
    text = E10_SEED.read_text(encoding="utf-8")
    assert old in text
    check, _ = _restated(text.replace(old, new, 1), E10_SEED, "e10 (2024-03")
    assert check.status is Status.FAIL
    assert "not a proof" not in check.message


def test_moving_the_undated_currents_far_off_is_still_not_compared() -> None:
    """However far the undated copies (which agree) are from the quarter's value, they may be of another window."""
    text = BUE_BABA.read_text(encoding="utf-8").replace("Current: 37.75", "Current: 12.00", 1)
    text = text.replace("vs BUE:BABA: 37.75", "vs BUE:BABA: 12.00", 1)
    check, _ = _restated(text, BUE_BABA, "gross_margin (2023-12, quarterly)")
    assert check.status is Status.PASS
    assert "not compared: Current (line 22, range)" in check.message


def test_the_range_boxs_current_against_today_is_a_warning() -> None:
    """'As of Today' (headline and verdict, 9.47) against the range's 'Current: 9.61': the box is computed apart from
    the headline and prints no date (one real page prints the Current another listing's page printed two weeks
    before), so the disagreement is no proof that two statements of one day cannot both hold."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_zscore_MSFT.txt"
    check, _ = _restated(page.read_text(encoding="utf-8"), page, "altman_z_score (current)")
    assert check.status is Status.WARN
    assert check.reason and "Current (line 28, range)" in check.reason and "another day" in check.reason


@pytest.mark.parametrize(("old", "new"), [("Microsoft has a Altman Z-Score of 9.47", "Microsoft has a Altman Z-Score of 9.12")])
def test_the_pages_own_statements_of_today_that_disagree_still_fail(old: str, new: str) -> None:
    """The headline and the verdict sentence are the page's own statements of today's value: apart, a proof."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_zscore_MSFT.txt"
    text = page.read_text(encoding="utf-8")
    assert old in text
    check, _ = _restated(text.replace(old, new, 1), page, "altman_z_score (current)")
    assert check.status is Status.FAIL and "not a proof" not in check.message


def test_the_range_and_industry_currents_that_disagree_still_fail() -> None:
    """Two boxed copies (the range's Current against the industry line's) that disagree between themselves: a FAIL."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ps_NAS-NVDA_2019.txt"
    text = page.read_text(encoding="utf-8")
    assert "Current: 11.86" in text
    check, _ = _restated(text.replace("Current: 11.86", "Current: 12.86", 1), page, "ps_ratio (today)")
    assert check.status is Status.FAIL
    assert "the proof: Current (line 18, range) and vs NAS:NVDA (line 29, industry) disagree" in check.message


@pytest.mark.parametrize(("edit", "status", "words"), [
    # the page states the headline as the quarter's (line 12): not placed in a range of another window (round-27 ggw)
    (None, Status.SKIP, "states it as the quarter's value of Sep. 2024"),
    # a headline the page's quarter does not state: outside the range is worth a look, still no proof
    ((": 6.78% (As of", ": 36.78% (As of"), Status.WARN, "Sep. 2024"),
])
def test_a_quarter_outside_the_ranges_window(edit: tuple[str, str] | None, status: Status, words: str) -> None:
    """ROE %, WBO:TOM: the headline is the quarter annualized (6.78%); the 10-year range is of twelve-month values."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_roe_WBO-TOM.txt"
    text = page.read_text(encoding="utf-8")
    if edit:
        assert edit[0] in text
        text = text.replace(*edit, 1)
    checks = audit(parse_text(text, source=str(page))).checks
    current = next(c for c in checks if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5)
    assert current.status is status and words in (current.reason or ""), current.message
    assert not [c for c in checks if c.status is Status.FAIL and c.rule.startswith("gf.range")]


# (page, edit or None, the box's Current line, words of the reason): the box's Current is its latest value, which a
# range over past values may not have taken in: today's for a ratio that moves with the price, the latest period's
# for a term of the accounts (a real page, HKSE:00396, prints 'Current: 0.04' under 'Min: 0.09' beside the Jun. 2024
# Debt-to-Equity of 0.54 its own paragraph works out: the Current is of another period than the page's).
BOX_CURRENT_OUTSIDE = [
    ("realpages/gurufocus_roe_WBO-TOM.txt", ("Current: 12.63", "Current: 16.63"), 18, "the latest value of roe"),  # synthetic
    ("realpages/gurufocus_ev2revenue_IST-FZLGY.txt", None, 18, "moves with the share price"),  # real: 33.39 above 32.64
    ("seeds/001_39c86e187c513272.txt", ("Current: 19.35", "Current: 99.35"), 16, "moves with the share price"),  # synthetic
]


@pytest.mark.parametrize(("name", "edit", "line", "words"), BOX_CURRENT_OUTSIDE, ids=[c[0] for c in BOX_CURRENT_OUTSIDE])
def test_the_ranges_own_current_outside_it_is_a_warning(name: str, edit: tuple[str, str] | None, line: int, words: str) -> None:
    """The range's 'Current' outside the range: a WARN that says why it proves nothing."""
    page = ROOT / "fixtures" / "gurufocus" / name
    text = page.read_text(encoding="utf-8")
    if edit:
        assert edit[0] in text
        text = text.replace(*edit, 1)
    checks = audit(parse_text(text, source=str(page))).checks
    current = next(c for c in checks if c.rule == "gf.range.current" and c.quoted and c.quoted.line == line)
    assert current.status is Status.WARN and words in (current.reason or "")


def test_todays_value_against_the_boxed_currents_is_a_warning_and_the_pages_own_calculation_a_fail() -> None:
    """EV/EBIT BHP 2014: the copy that disagrees is the page's own calculation (11.53), so the FAIL stands. PS NVDA
    2019: only the range and industry 'Current' (11.86) disagree with today's 11.88 (195.09 / 16.43), a WARN."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ev2ebit_BHP_2014.txt"
    check, _ = _restated(page.read_text(encoding="utf-8"), page, "ev_to_ebit (today)")
    assert check.status is Status.FAIL and "line(s) 34" in check.message and "not a proof" not in check.message
    nvda = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_ps_NAS-NVDA_2019.txt"
    check, _ = _restated(nvda.read_text(encoding="utf-8"), nvda, "ps_ratio (today)")
    assert check.status is Status.WARN
    assert check.reason and "(line 18, range)" in check.reason and "(line 29, industry)" in check.reason


@pytest.mark.parametrize(("end", "when"), [("2017-03", "2017-03"), (None, "today")])
def test_a_price_dependent_value_is_keyed_by_the_month_it_states(end: str | None, when: str) -> None:
    """'EV for the quarter that ended in Mar. 2017 was ...' is that quarter's value, not today's (which it is
    when it states no month)."""
    from decimal import Decimal

    from quotecheck.parsers import Fact, Period, PrintedNumber
    from quotecheck.parsers.gurufocus._audit_restated import _raw_key

    number = PrintedNumber(text="$294,463 Mil.", number_text="294,463", value=Decimal(294463), decimals=0)
    fact = Fact(id="x", metric="enterprise_value", label="enterprise value", value=number, unit="currency_amount",
                period=Period(end=end) if end else None, context="today", line=27, raw="...")
    key = _raw_key(fact, "2017-03")
    assert key is not None and key[:2] == ("enterprise_value", when)


REAL = ROOT / "fixtures" / "gurufocus" / "realpages"


def _checks(page: Path, *edits: tuple[str, str]):
    return checked(page, *edits)


def test_undated_copies_that_disagree_with_each_other_still_fail() -> None:
    """The range's 'Current' and the industry line's are both the value now: 37.75 against 45.00 is a proof."""
    checks = _checks(BUE_BABA, ("vs BUE:BABA: 37.75", "vs BUE:BABA: 45.00"))
    check = next(c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("gross_margin (2023-12, quarterly)"))
    assert check.status is Status.FAIL


def test_a_day_dated_value_outside_the_range_is_a_warning() -> None:
    """'As of Apr. 10, 2025' is today's value; the range is computed apart from it and prints no date, so today's
    value may be a new high the range has not taken in (TSE:2440 printed 481.43 above its Max 464.29; the page of its
    other listing, two weeks later, prints Max 481.43)."""
    checks = _checks(REAL / "gurufocus_mscore_HKSE-00290.txt", ("Beneish M-Score : 10.01 (As of", "Beneish M-Score : 12.50 (As of"),
                     ("Current: 10.01\n", ""))
    current = next(c for c in checks if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5)
    assert current.status is Status.WARN and current.reason and "new high or low" in current.reason


@pytest.mark.parametrize(("page", "edits", "line", "status"), [
    # GuruFocus prints 0.00% for an Earnings Yield it does not show; the page states it nowhere else
    (REAL / "gurufocus_ev2ebit_BHP_2014.txt", (), 25, Status.WARN),
    # the headline states the quarter's 40.00%: a 0.00% result from the same inputs is wrong, not a placeholder
    (BUE_BABA, (("for the quarter that ended in Dec. 2023 was 40.00%.", "for the quarter that ended in Dec. 2023 was 0.00%."),), 11,
     Status.FAIL),
])
def test_a_printed_zero_result(page: Path, edits: tuple[tuple[str, str], ...], line: int, status: Status) -> None:
    check = next(c for c in _checks(page, *edits) if c.rule == "gf.calc.prose" and c.quoted and c.quoted.line == line)
    assert check.status is status


def test_a_history_row_outside_the_range_is_a_warning() -> None:
    """The range may be over another series than the annual rows (WBO:TOM prints an annual 8.59 under its 8.98
    minimum): a row outside it is worth a look, not a proof."""
    checks = _checks(REAL / "gurufocus_mscore_HKSE-00290.txt", ("Premium Member Only -3.34 -4.06", "Premium Member Only -50.00 -4.06"))
    history = next(c for c in checks if c.rule == "gf.range.history")
    assert history.status is Status.WARN and history.reason and "-50.00" in history.message


GURUNAVI = (REAL / "gurufocus_shiller-pe-ratio_TSE-2440.txt", REAL / "gurufocus_shiller-pe-ratio_GURNF.txt")


def test_the_same_boxed_current_on_two_listings_pages_two_weeks_apart() -> None:
    """The evidence that the range box is another snapshot: Gurunavi's Tokyo page (May 11, 481.43) and its OTC page
    (May 26, 413.33) both print 'Current: 445.57'. Each page's disagreement is a WARN naming the boxed copies, and the
    Tokyo headline above the box's Max (464.29; the later page's Max is 481.43) is a WARN too."""
    currents = set()
    for page in GURUNAVI:
        doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
        currents |= {f.value.text for f in doc.facts if f.context.value == "range" and f.label == "Current:" and f.value}
        checks = audit(doc).checks
        restated = next(c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("shiller_pe_ratio (today)"))
        assert restated.status is Status.WARN and restated.reason and "(line 18, range)" in restated.reason
        assert not [c for c in checks if c.status is Status.FAIL]
    assert currents == {"445.57"}
    tokyo = audit(parse_text(GURUNAVI[0].read_text(encoding="utf-8"), source=str(GURUNAVI[0]))).checks
    above = next(c for c in tokyo if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5)
    assert above.status is Status.WARN and "464.29" in above.message


def test_a_headline_is_not_the_years_row_where_the_quarters_row_is_cut() -> None:
    """ROE % XTER:SAP: the headline 12.20% is the quarter annualized (line 10 says so); the quarterly row is cut, and
    the year's row says 14.73. The headline is not compared with the year's row: no FAIL; the undated Currents
    were a WARN until round 32, and are now set aside as another window's, as beside a quarterly key (the sentence
    says 'for the quarter that ended in', ghd F1). (An annual reporter's page, with no quarterly row, still compares
    its headline with the year's row: the synthetic annual-only E10 page's check passes with its headline, line 3.)"""
    checks = _checks(REAL / "gurufocus_roe_XTER-SAP.txt")
    assert not [c for c in checks if c.status is Status.FAIL]
    assert not [c for c in checks if c.rule == "gf.restated" and "annual" in (c.subject or "") and 7 in c.lines()]
    check = next(c for c in checks if c.rule == "gf.restated" and c.subject == "roe (2023-12)")
    assert check.status is Status.PASS and {7, 10} <= set(check.lines())
    assert "not compared: Current (line 16, range) and vs XTER:SAP (line 23, industry)" in check.message
    annual_only = ROOT / "fixtures" / "gurufocus" / "synthetic" / "e10_breadcrumb_gbp_annual-only.txt"
    year = [c for c in _checks(annual_only) if c.rule == "gf.restated" and 3 in c.lines()]
    assert year and all(c.status is Status.PASS for c in year) and any("annual" in (c.subject or "") for c in year)


def test_the_proof_between_the_currents_is_said_once() -> None:
    """A month's key runs two downgrade rules in turn; each finds the Currents disagreeing: the message says so once.
    The FAIL is the two Currents' (line 22's box and line 30's industry line), quoted at the box, and the quarter's
    copies, which agree, are named as no part of it (round-45 tester tk F2: it was quoted at the headline, a correct
    number, as 'contradicted')."""
    checks = _checks(BUE_BABA, ("vs BUE:BABA: 37.75", "vs BUE:BABA: 45.00"))
    check = next(c for c in checks if c.rule == "gf.restated" and (c.subject or "").startswith("gross_margin (2023-12"))
    assert check.status is Status.FAIL and check.message.count("; the proof: ") == 1
    assert check.quoted is not None and check.quoted.line == 22 and {22, 30} <= set(check.lines())
    assert "the copies disagree: 37.75 (line 22, range), 45.00 (line 30, industry)" in check.message
    assert "; not counted: " in check.message and check.message.endswith("no part of it")


SUB_ANNUAL_MARGINS = [
    ("gurufocus_net-margin_HKSE-08081.txt", "-66.59%", "19.58"),  # inputs for the three months ended in Dec. 2023
    ("gurufocus_net-margin_HKSE-00184.txt", "19.23%", "12.64"),  # inputs for the six months ended in Dec. 2023
]


@pytest.mark.parametrize(("name", "headline", "year"), SUB_ANNUAL_MARGINS)
def test_a_result_of_sub_annual_inputs_is_not_the_years_row(name: str, headline: str, year: str) -> None:
    """'Net Income for the three (six) months ended in Dec. 2023 … Therefore, … net margin for the quarter that ended
    in Dec. 2023 was -66.59%' on a page showing only the year's rows (the quarter's are for members): the result and
    the headline are not the year's value (Dec23 19.58), so they are never compared with that row: no FAIL. Nor with
    the box's undated Currents (19.58, the year's): not compared, as another window's (a WARN until round 32)."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / name
    checks = [c for c in audit(parse_text(page.read_text(encoding="utf-8"), source=str(page))).checks if c.rule == "gf.restated"]
    assert not [c for c in checks if c.status is Status.FAIL]
    annual = [c for c in checks if "annual" in (c.subject or "")]
    assert not annual  # the year's row of Dec. 2023 is stated once: nothing of the page's copies joins it
    (check,) = [c for c in checks if c.subject == "net_margin (2023-12)"]
    assert check.status is Status.PASS and headline in check.message and year not in check.message
    assert "not compared: Current (line 18, range)" in check.message


FISCAL_YEAR_QUARTERS = [
    ("gurufocus_gross-margin_BOM-543212.txt", "gross_margin (2024-03)", "59.67"),  # three months' gross profit and revenue
    ("gurufocus_roa_TSE-4186.txt", "roa (2023-12)", "5.19"),  # the quarter's annualized net income
]


@pytest.mark.parametrize(("name", "subject", "year"), FISCAL_YEAR_QUARTERS)
def test_the_quarter_that_closes_the_fiscal_year_is_not_the_years_row(name: str, subject: str, year: str) -> None:
    """Round-14 tester pages (gfr 014, 032): the paragraph's inputs are read as a prose calculation's ('calculation',
    not 'statement'), and its result for 'the quarter that ended in Mar. 2024', the month the fiscal year ends, had
    joined the year's row (59.67) and FAILed; it is the quarter's, another window: the undated Currents were a WARN
    until round 32 and are now not compared, as another window's (ghd F1)."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / name
    checks = [c for c in audit(parse_text(page.read_text(encoding="utf-8"), source=str(page))).checks if c.rule == "gf.restated"]
    assert not [c for c in checks if c.status is Status.FAIL]
    (check,) = [c for c in checks if c.subject == subject]
    assert check.status is Status.PASS and year not in check.message and "not compared: Current" in check.message


def test_the_same_result_with_the_years_inputs_still_meets_the_years_row() -> None:
    """Without the quarter's inputs (the sentence says 'fiscal year'), a headline that contradicts the year's row
    still fails: the guard needs the page's own sub-annual inputs."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_net-margin_HKSE-08081.txt"
    text = page.read_text(encoding="utf-8").replace("for the three months ended in Dec. 2023", "for the fiscal year ended in Dec. 2023")
    checks = [c for c in audit(parse_text(text, source=str(page))).checks if c.rule == "gf.restated"]
    assert [c for c in checks if c.status is Status.FAIL and "annual" in (c.subject or "")]


def test_a_warning_names_no_copies_as_disagreeing_among_themselves() -> None:
    """IST:ERSU: the headline and statement (26.96) against the range's and industry line's 67.74 (no period: not
    compared, round 27); the clause that named the copies 'disagreeing among themselves', written while the check was still a
    FAIL, goes with the FAIL (a round-13 tester read it as saying the range and industry copies disagree)."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_days-payable_IST-ERSU.txt"
    check, _ = _restated(page.read_text(encoding="utf-8"), page, "days_payable (2023-12")
    assert check.status is Status.PASS and "not compared: Current (line 18, range)" in check.message
    assert "among themselves" not in check.message
