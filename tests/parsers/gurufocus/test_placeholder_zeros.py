"""GuruFocus prints 0.00 for a value it does not have: where the formula that builds the value has blank inputs
('Revenue per Share … was RSD.'), or what is built from it is blank, 0.00 is 'not available'. It is warned about,
and copies of it are neither agreement nor contradiction. Real pages (fixtures/gurufocus/realpages); the edited
variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Missing, Status, audit, parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XBEL = REAL / "gurufocus_medpsvalue_XBEL-MDPR.txt"




def test_a_zero_built_from_blank_inputs_is_not_available() -> None:
    """Median PS Value RSD0.00 (line 5) from 'Revenue per Share … was RSD.' and 'median PS Ratio is .' (line 14)."""
    checks = checked(XBEL)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "line 14" in warn.message and "input" in warn.message
    restated = [c for c in checks if c.rule == "gf.restated"]
    assert restated and all(c.status is Status.SKIP for c in restated), [(c.status, c.message) for c in restated]


def test_filled_inputs_make_the_zero_a_value_again() -> None:
    """Synthetic: with the inputs printed, 0.00 is a value like any other, and its copies are compared."""
    checks = checked(XBEL, ("ended in . 20 was RSD.", "ended in Dec. 2023 was RSD10.00."),
                     ("10-Year median PS Ratio is .", "10-Year median PS Ratio is 0.00."))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert [c for c in checks if c.rule == "gf.restated" and c.status is Status.PASS]


@pytest.mark.parametrize("page", ["gurufocus_ev_USMO.txt", "gurufocus_shillerpe_CMVT.txt", "gurufocus_e10_BSP-TMCO34.txt"])
def test_copies_of_a_placeholder_zero_are_not_an_agreement(page: str) -> None:
    checks = checked(REAL / page)
    assert [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    restated = [c for c in checks if c.rule == "gf.restated" and "0.00" in c.message]
    assert restated and all(c.status is Status.SKIP for c in restated)


FILLER_RANGES = ["gurufocus_ev2ebit_HCII.txt", "gurufocus_interest_coverage_RNST-M.txt", "gurufocus_shillerpe_SPY_template.txt",
                 "gurufocus_ev2rev_SAU-9584.txt"]


@pytest.mark.parametrize("page", FILLER_RANGES)
def test_a_range_of_zeros_checks_nothing(page: str) -> None:
    """'Min: 0 Max: 0' (and 'Current: 0'): GuruFocus's filler where it has no history. 0 <= 0 and 0 inside 0..0 prove
    nothing, so neither is a PASS: the order is skipped with the reason, and no row or current is passed against it."""
    checks = checked(REAL / page)
    (order,) = [c for c in checks if c.rule == "gf.range.order"]
    assert order.status is Status.SKIP and "every value of the range is 0" in order.message
    assert not [c for c in checks if c.rule.startswith("gf.range") and c.status is Status.PASS]


def test_a_blank_terms_zero_copies_are_placeholders_one_warning_per_quantity() -> None:
    """SPY's Shiller P/E page (2015): the ratio is blank (line 5), E10 is $0.00 (lines 7, 21) and the box and the
    industry line print 0 and 0.00 (lines 11, 17): two warnings, each naming its own quantity and lines, and the two
    zeros of the ratio are no agreement."""
    checks = checked(REAL / "gurufocus_shillerpe_SPY_template.txt")
    warns = {c.subject: c.message for c in checks if c.rule == "gf.zero_placeholder"}
    assert set(warns) == {"E10", "Shiller P/E Ratio"}
    assert "line(s) 7, 21)" in warns["E10"] and "line(s) 11, 17)" in warns["Shiller P/E Ratio"]
    assert not [c for c in checks if c.rule == "gf.restated" and c.status is Status.PASS]


def test_gurufocus_cap_is_no_bound_of_the_range() -> None:
    """NAS:GYRO 2014: 'Min: 0.24 Max: 9999.99' where 9999.99 is GuruFocus's cap for coverage with no interest to
    cover: a sentinel warning, and neither the headline 0.00 nor the box's 'Current: 0' is placed in 0.24..9999.99."""
    checks = checked(REAL / "gurufocus_interest_coverage_GYRO_2014.txt")
    assert [c for c in checks if c.rule == "gf.range.sentinel" and "9999.99" in c.message and c.status is Status.WARN]
    assert not [c for c in checks if c.rule == "gf.range.current"]


def test_no_debt_is_not_available_and_keeps_the_rest_of_its_range() -> None:
    """OTCPK:GUROF Cash-to-Debt: 'Min: 11.29 Med: 22.86 Max: No Debt' and 'highest … was No Debt': the max is missing
    (not available), and the min, median and 'Current: 23.07' are read (the whole range had been lost)."""
    from quotecheck.parsers import Missing, parse_file

    doc = parse_file(REAL / "gurufocus_cash-to-debt_OTCPK-GUROF.txt")
    got = {f.id: (f.value.text if f.value else None, f.missing) for f in doc.facts if f.context in ("range", "prose")}
    assert got["range.min"] == ("11.29", None) and got["range.med"] == ("22.86", None)
    assert got["range.max"] == (None, Missing.NOT_AVAILABLE) and got["range.current"] == ("23.07", None)
    assert got["prose.cash_to_debt.hist_max"] == (None, Missing.NOT_AVAILABLE)


MPSFF = REAL / "gurufocus_capex-to-operating-income_OTCPK-MPSFF.txt"
SENTENCE = "GuruFocus do not calculate Capex-to-Operating-Income if the Operating Income is negative."
FEB24_CELL = ("Premium Member Only - - - - -\n\nCompetitive", "Premium Member Only - - - - 0.00\n\nCompetitive")
NOT_CALCULATED = [
    # (edits to OTCPK:MPSFF, whether its headline 0.00 is not available)  -- gfo #2
    ((), True),
    ((FEB24_CELL,), True),  # synthetic: the Feb24 cell printed 0.00 too, which the headline's 0.00 would have 'agreed' with
    ((FEB24_CELL, (SENTENCE, "Therefore, GuruFocus does not calculate RevoluGROUP Canada's Capex-to-Operating-Income "
                             "at this moment.")), True),  # synthetic: the other wording of the sentence
    ((FEB24_CELL, (SENTENCE, "")), False),  # synthetic: without the sentence, 0.00 is a value like any other
]


@pytest.mark.parametrize(("edits", "withdrawn"), NOT_CALCULATED, ids=["page", "zero-cell", "therefore", "no-sentence"])
def test_a_zero_the_page_says_is_not_calculated_is_not_available(edits: tuple[tuple[str, str], ...],
                                                                 withdrawn: bool) -> None:
    """OTCPK:MPSFF line 5 'Capex-to-Operating-Income : 0.00' under line 16 'GuruFocus do not calculate
    Capex-to-Operating-Income if the Operating Income is negative.': the headline is not available, and no check
    passes or fails on it."""
    doc = parsed(MPSFF, *edits)
    head = next(f for f in doc.facts if f.id == "headline")
    assert (head.value is None, head.missing) == ((True, Missing.NOT_AVAILABLE) if withdrawn else (False, None))
    assert any(n.code == "not_calculated" and n.line == 16 for n in doc.notes) is withdrawn
    judged = [c for c in audit(doc).checks if c.status in (Status.PASS, Status.FAIL) and c.quoted and c.quoted.line == 5]
    assert bool(judged) is (not withdrawn and bool(edits)), [(c.rule, c.status, c.message) for c in judged]


TSE_3067 = REAL / "gurufocus_owner-earnings_TSE-3067.txt"
NOT_ENOUGH_DATA = "Tokyo Ichiban Foods Co does not have enough data to calculate Owner Earnings per Share (TTM), so as"
# (edits, is the headline's 0.00 withdrawn): the real page says it has not enough data; without the sentence
# (synthetic) 0.00 is a value like any other
NOT_ENOUGH = [((), True), (((NOT_ENOUGH_DATA, "Tokyo Ichiban Foods Co has data on"),), False)]


@pytest.mark.parametrize(("edits", "withdrawn"), NOT_ENOUGH, ids=["page", "no-sentence"])
def test_a_zero_the_page_has_not_enough_data_for_is_not_available(edits: tuple[tuple[str, str], ...],
                                                                  withdrawn: bool) -> None:
    """TSE:3067 (gfu 028) line 5 'Owner Earnings per Share (TTM) : 0.00' under line 16 '… does not have enough data to
    calculate Owner Earnings per Share (TTM), so as Price-to-Owner-Earnings ratio.': the headline is not available."""
    doc = parsed(TSE_3067, *edits)
    head = next(f for f in doc.facts if f.id == "headline")
    assert (head.value is None, head.missing) == ((True, Missing.NOT_AVAILABLE) if withdrawn else (False, None))
    assert any(n.code == "not_calculated" and n.line == 16 for n in doc.notes) is withdrawn


TSE_3267 = REAL / "gurufocus_gross-margin_TSE-3267.txt"
NA_VERDICT = ("a gross margin of N/A%", "a gross margin of 0.00%")
REVENUE_250 = ("Revenue for the three months ended in Nov. 2024 was 円0 Mil", "Revenue for the three months ended in Nov. 2024 was 円250 Mil")
# (edits, what the headline's 0.00% is): the real page works it from 円0 Mil over 円0 Mil and its verdict sentence (line
# 29) prints 'a gross margin of N/A%', so the 0.00% is withdrawn; without that sentence (synthetic) the ratio of zeros
# still makes it a placeholder; with a revenue that is not zero as well (synthetic) it is a ratio like any other
ZERO_OVER_ZERO = [((), "withdrawn"), ((NA_VERDICT,), "placeholder"), ((NA_VERDICT, REVENUE_250), "value")]


@pytest.mark.parametrize(("edits", "headline"), ZERO_OVER_ZERO, ids=["real-n/a", "synthetic-zero-over-zero", "synthetic-revenue-250"])
def test_a_ratio_of_zeros_printed_as_zero_is_not_available(edits: tuple[tuple[str, str], ...], headline: str) -> None:
    """TSE:3267 (gfq 028): 'Gross Margin % … was 0.00%' from 円0 Mil / 円0 Mil, and 'a gross margin of N/A%': the
    headline's 0.00% is no measurement, so it is neither placed in the range nor compared with the boxed 26.41."""
    doc = parsed(TSE_3267, *edits)
    head = next(f for f in doc.facts if f.id == "headline")
    assert (head.missing is Missing.NOT_AVAILABLE) is (headline == "withdrawn")
    assert any(n.code == "not_available" and n.line == 29 for n in doc.notes) is (headline == "withdrawn")
    checks = audit(doc).checks
    warned = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert bool(warned) is (headline == "placeholder")
    in_range = [c for c in checks if c.rule == "gf.range.current" and c.quoted and c.quoted.line == 5]
    on_headline = [c.status for c in checks if c.rule == "gf.restated" and "0.00%" in c.message]
    if headline == "placeholder":
        assert "all print 0" in warned[0].message
        assert on_headline == [Status.SKIP] and not in_range
    elif headline == "withdrawn":
        assert not on_headline and not in_range
    else:
        assert on_headline and Status.SKIP not in on_headline and in_range


TDS = REAL / "gurufocus_grossmargin_TSX-TDS.PR.C.PFD.txt"
TDF = REAL / "gurufocus_effective-interest-rate_TSX-DF.txt"


@pytest.mark.parametrize(("page", "line", "withdrawn_lines"), [(TDS, 28, [5, 12, 28]), (TDF, 12, [5, 12])], ids=["had-a", "was"])
def test_a_zero_the_page_prints_as_n_a_for_its_period_is_not_available(page: Path, line: int,
                                                                       withdrawn_lines: list[int]) -> None:
    """TSX:TDS.PR.C.PFD 2015 (gfw 019): Gross Margin 0.00% (lines 5, 12) from C$-0.50 Mil over C$-0.50 Mil, and line
    28 'TD Split had a gross margin of N/A% for the quarter that ended in May. 2015'; TSX:DF (gfx 022): headline 0.00%
    and line 12 '… annualized Effective Interest Rate on Debt % for the quarter that ended in Nov. 2024 was N/A%.'.
    The zeros are withdrawn with a note, the N/A sentence is a fact with no value, and nothing FAILs on them (TDS's 0.00% had FAILed against 100% = -0.50 / -0.50,
    'shown elsewhere' by the undated 'Current: 100')."""
    doc = parsed(page)
    gone = sorted(f.line for f in doc.facts if f.metric == doc.term_metric and f.missing is Missing.NOT_AVAILABLE)
    assert gone == withdrawn_lines
    assert any(n.code == "not_available" and n.line == line for n in doc.notes)
    assert not [c for c in audit(doc).checks if c.status is Status.FAIL]


def test_an_n_a_of_another_period_withdraws_nothing() -> None:
    """Synthetic: the verdict sentence speaks of May. 2014, the zeros of May. 2015 stay values (checked as such)."""
    doc = parsed(TDS, ("of N/A% for the quarter that ended in May. 2015", "of N/A% for the quarter that ended in May. 2014"))
    assert [f.line for f in doc.facts if f.missing is Missing.NOT_AVAILABLE] == [28]  # the N/A sentence's own fact
    assert not [n for n in doc.notes if n.code == "not_available"]


def test_a_score_beyond_its_range_is_the_sites_stand_in() -> None:
    """lb5 015 (NAI:NBV): 'As of today, Nairobi Business Ventures's Piotroski F-Score is 9999.' An F-Score runs 0 to 9:
    9999 is GuruFocus's stand-in for a score it does not have, recorded as not available with a note, never a score."""
    page = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_rank-profitability_NAI-NBV.txt"
    doc = parse_file(page)
    score = next(f for f in doc.facts if f.metric == "piotroski_f_score")
    assert score.value is None and score.missing is Missing.NOT_AVAILABLE and score.line == 22
    (note,) = [n for n in doc.notes if n.code == "score_out_of_range"]
    assert note.line == 22 and "9999" in note.message and "at most 9" in note.message
    for printed in ("7", "14"):  # synthetic: a score in range, and a misprint beyond it, which the checks must see
        text = page.read_text(encoding="utf-8").replace("F-Score is 9999.", f"F-Score is {printed}.")
        kept = next(f for f in parse_text(text, source="x").facts if f.metric == "piotroski_f_score")
        assert kept.value is not None and kept.value.text == printed


def test_a_zero_of_the_unfilled_templates_period_is_no_input() -> None:
    """gfy 008 (NAS:HOMB) and the NYSE:CIT template fixture: '… Book Value per Sharefor the quarter that ended in . 20
    was $0.00. Hence, 's P/B Ratio of today is .' The zero stands for a value the unfilled page does not have: it is
    recorded as missing 'unfilled', no operand of the P/B formula, and the skip says so."""
    page = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_p2tangible_book_NYSE-CIT_template.txt"
    doc = parse_file(page)
    (bvps,) = [f for f in doc.facts if f.metric == "book_value_per_share" and f.line == 15]
    assert bvps.value is None and bvps.missing is Missing.UNFILLED
    (calc,) = [c for c in doc.calculations if c.id.startswith("prose.pb_ratio")]
    assert not [o for s in calc.steps for o in s.operands] and calc.note is not None
    assert "Book Value per Share printed as the unfilled template's zero, for the period '. 20'" in calc.note
    # synthetic: the same zero for a dated quarter is a value (a measured zero the formula may use)
    dated = parse_text(page.read_text(encoding="utf-8").replace("Sharefor the quarter that ended in . 20 was",
                                                                "Sharefor the quarter that ended in Mar. 2022 was"), source="x")
    (kept,) = [f for f in dated.facts if f.metric == "book_value_per_share" and f.line == 15]
    assert kept.value is not None and kept.value.text == "$0.00"


def test_the_blank_cited_is_a_blank_not_the_template_headline() -> None:
    """ARCA:RSP's E10 page: the headline '$0.00 (As of . 20)' (line 4) is the unfilled template, and today's E10 'was
    $.' (line 11) is the blank. The warning named line 4 as 'blank' (round-32 ghi F6)."""
    (warn,) = [c for c in checked(REAL / "gurufocus_e10_ARCA-RSP_template.txt") if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "(line(s) 9)" in warn.message and "blank on line 11" in warn.message
    assert "line 4" not in warn.message


def test_an_unfilled_headline_alone_is_named_as_the_template() -> None:
    """Synthetic: with today's E10 and Shiller PE filled in, the only statement without a value is the template
    headline, and the warning says so instead of calling its '$0.00' blank."""
    (warn,) = [c for c in checked(REAL / "gurufocus_e10_ARCA-RSP_template.txt",
                                  ("E10 for the fiscal year that ended in . 20 was $.", "E10 for the fiscal year that ended in . 20 was $0.00."),
                                  ("Shiller PE Ratio of today is .", "Shiller PE Ratio of today is 12.50."))
               if c.rule == "gf.zero_placeholder"]
    assert "the headline on line 4 is GuruFocus's unfilled template" in warn.message


CBA = REAL / "gurufocus_ev2rev_ASX-CBAPF.PFD.txt"


@pytest.mark.parametrize(("edits", "expected"), [
    ((), Status.SKIP),  # warned of as a stand-in, never also passed as a value (round-34 ghq F8)
    # the PS Ratio filled: nothing built from the 0.00 is blank, so it is the page's value and is recomputed
    ((("PS Ratio for today is .", "PS Ratio for today is 3.10."),), Status.PASS),
])
def test_a_prose_result_warned_of_as_a_stand_in_is_not_passed(edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    checks = checked(CBA, *edits)
    [calc] = [c for c in checks if c.rule == "gf.calc.prose" and c.subject == "EV-to-Revenue (line 10)"]
    assert calc.status is expected
    assert (calc.status is Status.SKIP) is any(c.rule == "gf.zero_placeholder" for c in checks)


WDI = REAL / "gurufocus_mscore_XSWX-WDI_2024.txt"


def test_a_range_of_zeros_beside_history_rows_of_other_values_makes_the_headline_zero_a_placeholder() -> None:
    """Wirecard's M-Score page of 2024 (round-37 tester grc F3): 'Beneish M-Score : 0.00' and a 13-year range of 0.00
    above rows of -3.02 to -3.09. A range of zeros beside values that are not 0 is GuruFocus's for a range it does not
    have, and so is the headline's 0.00 (which would read 'likely a manipulator'): warned, not taken as a value."""
    (warn,) = [c for c in checked(WDI) if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and warn.quoted is not None and warn.quoted.line == 5
    assert "range on line 19 prints 0 for every bound and its history rows print -3.09 (line 40)" in warn.message


@pytest.mark.parametrize("edits", [
    (("-2.19 - - - -3.09", "0.00 - - - 0.00"), ("-3.02 -2.44 -1.85 -2.44 -", "0.00 0.00 0.00 0.00 -")),  # rows of zeros
    (("The lowest was 0.00.", "The lowest was -3.09."),),  # a range that is not all zeros
])
def test_a_zero_range_without_other_values_beside_it_says_nothing_of_the_headline(edits: tuple[tuple[str, str], ...]) -> None:
    """Synthetic: where the rows print 0.00 too, or the range is not all zeros, the headline's 0.00 is not called a
    placeholder by this rule."""
    assert not [c for c in checked(WDI, *edits) if c.rule == "gf.zero_placeholder"]


HKSE_00337 = REAL / "gurufocus_pettm_HKSE-00337_2024.txt"


def test_a_range_bound_printed_at_loss_is_read_and_the_proses_zero_for_it_is_no_bound() -> None:
    """Round-37 tester grd F1: 'Min: At Loss   Med: 3.77   Max: 160' was dropped whole (its median, maximum, current
    and the industry median with it), and the prose's 'The lowest was 0.00' took the low's place in a PASS of
    0.00 <= 3.77 <= 160. The box is read, its low as at loss, and the 0.00 standing in for it is in no order."""
    facts = {f.id: f for f in parsed(HKSE_00337).facts}
    assert facts["range.min"].missing is Missing.AT_LOSS and facts["range.current"].missing is Missing.AT_LOSS
    assert facts["range.med"].value is not None and facts["range.med"].value.text == "3.77"
    assert facts["industry.median"].value is not None and facts["industry.median"].value.text == "15"
    (order,) = [c for c in checked(HKSE_00337) if c.rule == "gf.range.order" and c.subject == "pe_ratio range"]
    assert order.message == "pe_ratio range: 3.77 (line 18) <= 160 (line 18)"


def test_a_lowest_of_minus_99999999_99_is_a_stand_in_not_a_bound() -> None:
    """WAR:DEV 2024 (round-39 gta F1): 'The lowest was -99999999.99' warns as a sentinel, and the range's order is
    checked without it (it had passed as a real lowest)."""
    checks = checked(REAL / "gurufocus_ev-to-revenue_WAR-DEV_2024.txt")
    assert [c for c in checks if c.rule == "gf.range.sentinel" and "-99999999.99" in c.message and c.status is Status.WARN]
    assert not [c for c in checks if c.rule == "gf.range.order" and "-99999999.99" in c.message]


DNO = REAL / "gurufocus_dividend-growth-3y_OSL-DNO_2024.txt"
UNRANKED = "OSL:DNO's 3-Year Dividend Growth Rate is not ranked *"
RANKED = (UNRANKED, "OSL:DNO's 3-Year Dividend Growth Rate is ranked better than")
UNCLOSED = (" Please click Growth Rate Calculation Example", "")  # the paragraph's closing link gone: it may be cut
DNO_CASES = [
    # (edits to OSL:DNO, whether the headline's 0.00% is read as GuruFocus's 'not available')  -- round-38 gsc F2
    ((), True),  # not ranked, and the growth sentence prints the 12-month rate only
    ((RANKED, UNCLOSED), False),  # synthetic: a ranked rate, and a paragraph that may go on past the 12-month rate
    ((RANKED,), True),  # synthetic: ranked, but the paragraph printed whole to its link has no 3-year rate (round 42)
    ((UNCLOSED,), True),  # not ranked
    ((("DNO ASA (OSL:DNO) 3-Year Dividend Growth Rate : 0.00%", "DNO ASA (OSL:DNO) 3-Year Dividend Growth Rate : 2.00%"),),
     False),  # synthetic: a rate that is not 0
]


@pytest.mark.parametrize(("edits", "placeholder"), DNO_CASES)
def test_an_unranked_n_year_rate_of_0_with_only_other_windows_is_not_available(edits: tuple[tuple[str, str], ...],
                                                                               placeholder: bool) -> None:
    checks = checked(DNO, *edits)
    warned = [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    placed = [c for c in checks if c.rule == "gf.range.current" and "3-Year Dividend Growth Rate" in c.message]
    assert bool(warned) is placeholder and bool(placed) is not placeholder
    if placeholder:
        assert "(past 12 months) 4.00%" in warned[0].message
        assert ("line 18 says the page does not rank it" in warned[0].message) is (RANKED not in edits)


AVERAGED = [
    # (page, whether its headline 0.00 is read as 'not available' beside the latest value it averages)  -- round-39 gte F1
    ("gurufocus_cyclically-adjusted-book_SZSE-002594_2024.txt", True),  # ¥0.00 beside the quarter's adjusted ¥49.153
    ("gurufocus_cyclically-adjusted-rvn_PCNEF.txt", False),  # $0.00 beside the quarter's adjusted $0.000
]


@pytest.mark.parametrize(("name", "placeholder"), AVERAGED, ids=[n for n, _ in AVERAGED])
def test_a_zero_average_of_a_positive_latest_value_is_not_available(name: str, placeholder: bool) -> None:
    checks = checked(REAL / name)
    warned = [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    assert bool(warned) is placeholder
    if placeholder:
        assert "prints adjusted book value per share ¥49.153, the latest of the values it averages" in warned[0].message
        assert not [c for c in checks if c.rule == "gf.restated" and c.status is Status.PASS]


def test_a_zero_beside_a_copy_that_is_not_zero_is_judged_as_a_contradiction() -> None:
    """The reviewer's copy of OTCPK:NASB (synthetic: its headline alone set to $0.00) beside line 10's TTM $3.95 of the
    same period: the restated FAIL stands; no growth rate or ranking turns the 0 into a stand-in."""
    page = REAL / "gurufocus_eps-nri_OTCPK-NASB.txt"
    checks = checked(page, (": $3.95 (TTM As of Dec. 2023)", ": $0.00 (TTM As of Dec. 2023)"))
    assert [c.status for c in checks if c.rule == "gf.restated" and c.subject.startswith("eps_without_nri")] == [Status.FAIL]
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]


ROIIC = REAL / "gurufocus_roiic-10y_HKSE-08045.txt"


def test_zeros_of_an_unranked_term_beside_its_months_row_are_not_available() -> None:
    """Round-42 tester xe F2, HKSE:08045: '10-Year ROIIC % : 0.00% (As of Dec. 2022)' and the statement's 0.00% of Dec.
    2022 passed as two agreeing copies, beside the Dec22 row's 35.00 and 'is not ranked *' (meaningful values only)."""
    checks = checked(ROIIC)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "line 14 says the page does not rank it" in warn.message
    assert "the Dec22 row prints 35.00 (line 33)" in warn.message
    (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject == "10_year_roiic (2022-12)"]
    assert restated.status is Status.SKIP


@pytest.mark.parametrize("edit", [
    ("10-Year ROIIC % is not ranked *", "10-Year ROIIC % is ranked worse than"),  # ranked: the 0.00 may be a value
    ("-13.68 35.00", "-13.68 0.00"),  # the month's row prints 0 too: no row says otherwise
])
def test_without_both_signs_the_zero_is_a_value(edit: tuple[str, str]) -> None:
    assert not [c for c in checked(ROIIC, edit) if c.rule == "gf.zero_placeholder"]


EBITDA3 = REAL / "gurufocus_ebitda-growth-3y_SZSE-002424.txt"


def test_a_rate_the_whole_growth_paragraph_leaves_out_is_not_available() -> None:
    """Round-42 tester yb F1, SZSE:002424: '3-Year EBITDA Growth Rate : 0.00%' above a growth paragraph printed up to its
    closing link with the 12-month rate only passed as 'inside the range -22.80..20.70'; the page has no 3-year rate."""
    checks = checked(EBITDA3)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "on line 12 prints the rates of other windows" in warn.message
    assert not [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line == 3]
    cut = EBITDA3.read_text(encoding="utf-8").replace(" Please click Growth Rate Calculation Example", "")
    assert not [c for c in audit(parse_text(cut, source=str(EBITDA3))).checks if c.rule == "gf.zero_placeholder"]


KANGWON = REAL / "gurufocus_cash-per-share_XKRX-035250.txt"
WDS = REAL / "gurufocus_dso_ASX-WDS_2014.txt"


@pytest.mark.parametrize(("page", "cell"), [(KANGWON, "prints '-' for Mar24"),
                                            (WDS, "every cell its history rows print (line 38, line 42) is '-'")])
def test_zeros_of_a_month_their_own_row_prints_as_a_dash_are_not_available(page: Path, cell: str) -> None:
    """'Cash per Share : ₩0.00 (As of Mar. 2024)' and the quarter's ₩0.00 above the quarterly row's Mar24 '-' (round-45
    tester ta F1): the dash is GuruFocus's mark of a value it does not have, so the zeros are not an agreement."""
    checks = checked(page)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and cell in warn.message
    restated = [c for c in checks if c.rule == "gf.restated" and "0.00" in c.message]
    assert restated and all(c.status is Status.SKIP for c in restated)


def test_a_row_with_a_value_for_the_zeros_month_leaves_them_values() -> None:
    """Synthetic: the Mar24 cell filled, the zeros are values the restated rule judges, as before."""
    checks = checked(KANGWON, ("4,907.50 6,652.10 -", "4,907.50 6,652.10 5,000.00"))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]


CASINO = REAL / "gurufocus_dividend-growth-5y_XPAR-CO.txt"
CASINO_LINK = "Please click Growth Rate Calculation Example"


def test_a_growth_paragraph_closed_without_any_rate_makes_the_zero_not_available() -> None:
    """'5-Year Dividend Growth Rate : 0.00%' above a paragraph that prints no rate before its closing link (round-45
    tester ta F3): GuruFocus prints the N-year average wherever it has one."""
    (warn,) = [c for c in checked(CASINO) if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "prints no rate of any window" in warn.message and "line 14" in warn.message


def test_a_paragraph_printing_the_rate_leaves_the_zero_a_value() -> None:
    """Synthetic: with the 5-year sentence before the link, the 0.00% is the rate the page prints."""
    checks = checked(CASINO, (CASINO_LINK, "During the past 5 years, the average Dividends Per Share Growth Rate was 0.00% "
                                           "per year. " + CASINO_LINK))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]


KIAT = REAL / "gurufocus_ebitda-growth-5y_BKK-KIAT.txt"
KIAT_HEADLINE = ("5-Year EBITDA Growth Rate : -1.90%", "5-Year EBITDA Growth Rate : 0.00%")


def test_the_five_year_ebitda_rate_is_the_pages_own_window() -> None:
    """Synthetic: the real KIAT page with its headline edited to 0.00% beside line 14's 'During the past 5 years, the
    average EBITDA Per Share Growth Rate was -1.90% per year' (round-45 tester th F1). The 5-year rate, registered as
    'ebitda_growth_5y', is the page's own window: the page prints it, so no 'left out' warning, and the two copies
    disagree."""
    checks = checked(KIAT, KIAT_HEADLINE)
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    (restated,) = [c for c in checks if c.rule == "gf.restated" and "ebitda_growth_5y" in c.subject]
    assert restated.status is Status.WARN and "-1.90% (line 14, growth)" in restated.message


def test_a_zero_the_five_year_sentence_also_prints_is_an_agreement() -> None:
    """Synthetic: headline and 5-year sentence both 0.00%: a zero the page prints twice, which agrees."""
    checks = checked(KIAT, KIAT_HEADLINE, ("5 years, the average EBITDA Per Share Growth Rate was -1.90%",
                                           "5 years, the average EBITDA Per Share Growth Rate was 0.00%"))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    (restated,) = [c for c in checks if c.rule == "gf.restated" and "ebitda_growth_5y" in c.subject]
    assert restated.status is Status.PASS


PGUS = REAL / "gurufocus_net-ppe_GREY-PGUS.txt"
PGUS_ROW = ("Premium Member Only 0.13 0.02 1.31 - -", "Premium Member Only 0.13 0.02 1.31 0.00 0.00")


def test_trend_points_of_months_their_row_prints_as_a_dash_are_not_available() -> None:
    """'annual net PPE declined from Apr. 2016 ($1.31 Mil) to Apr. 2017 ($0.00 Mil) but then increased from Apr. 2017
    ($0.00 Mil) to Apr. 2018 ($0.00 Mil)' above an annual row printing '-' for Apr17 and Apr18 (round-45 tester tg F1),
    on a page whose headline ($0.16 Mil, Jan. 2019) is not 0: judged month by month, the zeros are stand-ins, and the
    step from 1.31 to one of them checks no direction."""
    checks = checked(PGUS)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "prints '-' for Apr17, Apr18" in warn.message and "line 31" in warn.message
    steps = {c.subject: c for c in checks if c.rule == "gf.trend.direction" and "line 14" in c.subject}
    (down,) = [c for s, c in steps.items() if "declined from Apr. 2016" in s]
    assert down.status is Status.SKIP and "stand-in" in down.message
    assert not [c for c in checks if c.status is Status.PASS and "Apr. 2017" in c.message]


def test_zeros_the_row_also_prints_are_values_and_their_step_is_checked() -> None:
    """Synthetic: the row prints 0.00 for Apr17 and Apr18, so the sentence's zeros are values the page states twice."""
    checks = checked(PGUS, PGUS_ROW)
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    (down,) = [c for c in checks if c.rule == "gf.trend.direction" and "declined from Apr. 2016" in c.subject]
    assert down.status is Status.PASS


def test_a_stand_in_zero_never_fails_a_direction() -> None:
    """Synthetic: 'increased from Apr. 2016 ($1.31 Mil) to Apr. 2017 ($0.00 Mil)' would be a FAIL of two values; with
    the row's dash for Apr17 it compares no two values, so it is a skip, not a FAIL."""
    checks = checked(PGUS, ("declined from Apr. 2016", "increased from Apr. 2016"))
    (step,) = [c for c in checks if c.rule == "gf.trend.direction" and "from Apr. 2016" in c.subject]
    assert step.status is Status.SKIP
    filled = checked(PGUS, ("declined from Apr. 2016", "increased from Apr. 2016"), PGUS_ROW)
    (step,) = [c for c in filled if c.rule == "gf.trend.direction" and "from Apr. 2016" in c.subject]
    assert step.status is Status.FAIL


IGC = REAL / "gurufocus_inventory-turnover_BOM-539449.txt"


def test_a_dash_in_a_row_of_another_span_says_nothing_of_the_quarters_zero() -> None:
    """'Inventory Turnover : 0.00 (As of Mar. 2024)' and line 12's quarter, worked out as ₹0.00 Mil / ₹5.57 Mil, beside
    the annual row's '-' for the fiscal year ended Mar24 (round-45 tester tk F1): an Indian fiscal year ends in March,
    so the quarter shares its month with the year, and the year's dash is no evidence about the quarter. The zeros are
    a value, stated twice."""
    checks = checked(IGC)
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject == "inventory_turnover (2024-03, quarterly)"]
    assert restated.status is Status.PASS


TMS = REAL / "gurufocus_mscore_TSE-4891.txt"


def test_a_score_of_a_day_above_rows_of_dashes_only_is_not_available() -> None:
    """'Beneish M-Score : 0.00 (As of May. 26, 2024)' above rows whose every printed cell is '-' (lines 36 and 40;
    round-45 tester tl F1): the headline's day is no row's month, but no row has a value for any period, so its 0.00
    (which would read 'likely a manipulator') is GuruFocus's for a score it does not have."""
    (warn,) = [c for c in checked(TMS) if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "every cell its history rows print (line 36, line 40) is '-'" in warn.message


def test_one_value_in_the_rows_leaves_the_days_zero_a_value() -> None:
    """Synthetic: the annual row prints -2.10 for Feb23 and the 3-year range spans it, so the rows are not empty and
    say nothing of the day's 0.00."""
    checks = checked(TMS, ("Beneish M-Score\n- - -", "Beneish M-Score\n- - -2.10"),
                     ("The lowest was 0.00. And the median was 0.00.", "The lowest was -2.10. And the median was -1.05."))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]


@pytest.mark.parametrize(("page", "edit", "noted"), [
    (TSE_3067, ("Owner Earnings per Share (TTM) : 0.00 (As of", "Owner Earnings per Share (TTM) : 1.23 (As of"), True),
    (MPSFF, ("Capex-to-Operating-Income : 0.00 (As of", "Capex-to-Operating-Income : 1.23 (As of"), False),
])
def test_a_value_the_page_says_it_does_not_calculate_now_is_kept_with_a_note(page: Path, edit: tuple[str, str],
                                                                          noted: bool) -> None:
    """Synthetic: a headline of 1.23 where line 16 says the site 'does not have enough data to calculate' the quantity
    (TSE:3067) is kept as printed, with a note that the page does not stand behind it (round-45 tester tm F2, FRA:NZ0's
    real 24.27% above 'GuruFocus does not calculate … at this moment'); where the page says it does not calculate it
    only under a condition ('if the Operating Income is negative', OTCPK:MPSFF), a value says the condition does not
    hold, and no note is made."""
    doc = parsed(page, edit)
    head = next(f for f in doc.facts if f.id == "headline")
    assert head.value is not None and head.value.text == "1.23"
    notes = [n for n in doc.notes if n.code == "not_calculated.stated"]
    assert bool(notes) is noted and all(n.line == 5 and "1.23 (line 5, headline)" in n.message for n in notes)


def test_a_zero_beside_a_copy_of_its_month_that_is_not_zero_is_judged_not_dropped() -> None:
    """Synthetic (the round-46 review's R1): Kangwon Land's headline edited to ₩6,000.00 beside the quarter's ₩0.00 and
    the quarterly row's '-' for Mar24: the zero is no stand-in read from the dash alone, since a copy of its month
    states a value; the restated rule weighs the pair, and the dash makes it a warning, not a FAIL or a silent skip."""
    checks = checked(KANGWON, ("Cash per Share : ₩0.00 (As of", "Cash per Share : ₩6,000.00 (As of"))
    (restated,) = [c for c in checks if c.rule == "gf.restated" and c.subject == "cash_per_share (2024-03, quarterly)"]
    assert restated.status is Status.WARN and "own row prints as '-'" in (restated.reason or "")


def test_the_inputs_of_a_stand_in_result_that_give_another_value_are_said() -> None:
    """Synthetic (the round-46 review's R3): ASX:WDS 2014's average receivables edited to A$50.0 Mil, the printed 0.00
    Days Sales Outstanding is still a stand-in (its row prints only '-'), but the inputs give about 80.6: a warning
    that says so, not a skip that hides it."""
    checks = checked(WDS, ("average Accounts Receivable for the six months ended in Dec. 2014 was A$0.0 Mil",
                           "average Accounts Receivable for the six months ended in Dec. 2014 was A$50.0 Mil"))
    (calc,) = [c for c in checks if c.rule == "gf.calc.prose"]
    assert calc.status is Status.WARN and "the inputs give" in calc.message


@pytest.mark.parametrize("page", ["gurufocus_e10_ELRE.txt", "gurufocus_cyclically-adjusted-fcf_OTCPK-FONU.txt"])
def test_a_zero_its_own_inputs_print_near_zero_is_a_value(page: str) -> None:
    """ELRE: 'adjusted earnings per share … was $0.000 … which is $0.00' beside a blank Shiller PE Ratio; FONU: adjusted
    FCF per share $-0.001 beside a blank Price-to-FCF. A true value near 0 (or below it, where GuruFocus prints no
    ratio) explains both, so the 0.00 is not read as 'not available' (a false warning on these shared real pages until
    round 46), and its copies agree."""
    checks = checked(REAL / page)
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    restated = [c for c in checks if c.rule == "gf.restated" and "0.00" in c.message]
    assert restated and all(c.status is Status.PASS for c in restated)


def test_a_near_zero_input_does_not_explain_a_zero_the_box_contradicts() -> None:
    """Coca-Cola 2015: '$0.000' of adjusted EPS beside E10 $0.00, but the range box's Current prints
    today's Shiller P/E as 20.84, which $41.54 over an E10 near 0 cannot give: the 0.00 stays a stand-in."""
    warned = [c for c in checked(REAL / "gurufocus_shillerpe_KO_2015-6yr-empty.txt") if c.rule == "gf.zero_placeholder"]
    assert [c.status for c in warned] == [Status.WARN]


ORDS = REAL / "gurufocus_ev-to-ebitda_LSE-ORDS.txt"
ORDS_ZERO = ("EV-to-EBITDA : 9.10 (As of", "EV-to-EBITDA : 0.00 (As of")
ORDS_RANK = "LSE:ORDS's EV-to-EBITDA is not ranked"


@pytest.mark.parametrize(("named", "withdrawn"), [("EV-to-EBITDA", True), ("EV-to-EBIT", False), ("EV", True)],
                         ids=["the-term", "a-shorter-word", "the-terms-first-word"])
def test_a_quantity_names_the_term_in_whole_words(named: str, withdrawn: bool) -> None:
    """Synthetic (LSE:ORDS with a headline of 0.00 and a sentence added): 'GuruFocus does not calculate EV-to-EBIT …'
    says nothing of the EV-to-EBITDA term, whose 0.00 stays a value; a plain prefix of the words ('ev to ebit' of
    'ev to ebitda') withdrew it as not calculated. The term itself, or its first whole words, withdraw it."""
    sentence = f"GuruFocus does not calculate {named} if the EBIT is negative.\n\n{ORDS_RANK}"
    doc = parsed(ORDS, ORDS_ZERO, (ORDS_RANK, sentence))
    head = next(f for f in doc.facts if f.id == "headline")
    assert (head.value is None, head.missing) == ((True, Missing.NOT_AVAILABLE) if withdrawn else (False, None))
    assert any(n.code == "not_calculated" for n in doc.notes) is withdrawn


GROV = REAL / "gurufocus_roc-joel_OTCPK-GROV.txt"


def test_a_row_cut_before_its_cells_is_not_cited_as_printing_dashes() -> None:
    """OTCPK:GROV (round-48 tester tj F2): the annual row (line 38) prints '-' only; the quarterly row (line 42) is cut
    by the page's end before any cell, and was cited as one whose every cell is '-'."""
    (warned,) = [c for c in checked(GROV) if c.rule == "gf.zero_placeholder"]
    assert "every cell its history rows print (line 38) is '-'" in warned.message and "line 42" not in warned.message
