"""Round 23: the stacked formula block whose name stands alone on its line (round-22 ggk F4).

NZSE:NZL's ROC % page (2024) prints 'ROC % (A: Dec. 2023 )' on a line of its own, then each step on a line opening
with '=', the tax rate inside the substituted step as '-4.66%' and the result as 3.71, the number of percent, without
'%'. The block was not read at all. The real page ends inside the block's last line; the synthetic variants continue
it with the page's footnote (page_edits)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._expr import parse_expression

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NZL = REAL / "gurufocus_roc_NZSE-NZL_2024.txt"
CONTINUED = ("=3.71 ", "=3.71 \n\n* For Operating Data section: All numbers are indicated by the unit behind each term.\n")


def test_the_name_line_block_is_read_with_its_names_and_constants() -> None:
    (calc,) = parsed(NZL, CONTINUED).calculations
    assert (calc.name, calc.metric, calc.result.text if calc.result else None, calc.result_line) == (
        "ROC % (A: Dec. 2023 )", "roc", "3.71", 46)
    first = next(s for s in calc.steps if not s.symbolic)
    named = [(o.name, o.number.text, o.number.exact) for o in first.operands]
    assert named == [("Operating Income", "13.451", False), ("1", "1", True), ("Tax Rate %", "-4.66%", False),
                     ("Invested Capital (A: Jun. 2022 )", "318.571", False),
                     ("Invested Capital (A: Dec. 2023 )", "441.301", False), ("count", "2", True)]
    periods = {f.label: f.period.end if f.period else None for f in parsed(NZL, CONTINUED).facts if f.context == "calculation"}
    assert periods["Invested Capital (A: Jun. 2022 )"] == "2022-06"
    assert periods["Invested Capital (A: Dec. 2023 )"] == "2023-12"


@pytest.mark.parametrize(("edits", "status"), [
    ((CONTINUED,), Status.PASS),  # 13.451 * 1.0466 / 379.936 = 3.7053 %, printed 3.71
    ((CONTINUED, ("=3.71 ", "=3.91 ")), Status.FAIL),
    ((CONTINUED, ("( 1 - -4.66% )/( (318", "( 1 - 4.66% )/( (318")), Status.FAIL),  # 3.3749 %, not 3.71
])
def test_the_block_is_recomputed_with_its_percent_operand_and_result(edits: tuple[tuple[str, str], ...],
                                                                      status: Status) -> None:
    (check,) = [c for c in checked(NZL, *edits) if c.rule == "gf.calc.arithmetic"]
    assert check.status is status, check.message


def test_the_real_page_cut_inside_the_block_is_not_checked() -> None:
    (check,) = [c for c in checked(NZL) if c.rule == "gf.calc.arithmetic"]
    assert check.status is Status.SKIP
    assert "cut off" in (check.reason or "")


def test_periods_printed_on_lines_of_their_own_give_worded_names_no_period() -> None:
    """CAI:ENGC's ROCE block prints its operands' span tags on the lines under each step: the names of several words
    are not paired there, as pairing them would date both Capital Employed copies Dec. 2023 (a false restated FAIL)."""
    doc = parse_file(REAL / "gurufocus_roce_CAI-ENGC.txt")
    assert not [f for f in doc.facts if f.context == "calculation" and f.metric == "total_assets"]
    assert not [c for c in checked(REAL / "gurufocus_roce_CAI-ENGC.txt") if c.status is Status.FAIL]


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("1 - 4.66%", "0.95335", "0.95345"),
    ("1 - -4.66%", "1.04655", "1.04665"),
    ("50%", "0.495", "0.505"),
])
def test_a_number_printed_with_percent_in_an_expression_is_a_fraction(text: str, lo: str, hi: str) -> None:
    tree = parse_expression([(text, 1)])
    tree.numbers()[0].exact = True  # the '1' of (1 - x)
    iv = tree.evaluate({})
    if text == "50%":
        iv = parse_expression([(text, 1)]).evaluate({})
    assert (iv.lo, iv.hi) == (Decimal(lo), Decimal(hi))


PG = REAL / "gurufocus_total-equity_NYSE-PG_2017.txt"
AAPL = REAL / "gurufocus_net-change-in-cash_NAS-AAPL_2017.txt"
EXPL = REAL / "gurufocus_debt-to-asset_XPAR-EXPL.txt"
RDF = REAL / "gurufocus_growth-revenue-per-share_MIL-RDF.txt"


@pytest.mark.parametrize(("page", "subject"), [
    (PG, "total_equity (2017-06, annual)"),  # 55,184.00 (line 15) and '= 120406 - 65222 = 55,184' (line 29)
    (AAPL, "net_change_in_cash (2016-09, annual)"),  # -636.00 (line 15) and '= ... = -636' (line 25)
])
def test_a_formula_result_of_a_term_the_registry_lacks_is_in_the_pages_millions(page: Path, subject: str) -> None:
    """ggn F1: the term's own unit (its headline's '$55,184 Mil') scales the blocks' results, as the registry's do."""
    restated = {c.subject: c.status for c in checked(page) if c.rule == "gf.restated"}
    assert restated[subject] is Status.PASS
    assert Status.FAIL not in restated.values()
    (result, *_) = [f for f in parse_file(page).facts if f.context == "calculation" and f.id.endswith(".result")]
    assert result.value is not None and result.value.scale_factor == Decimal(10) ** 6


def test_a_changed_formula_result_of_such_a_term_still_fails() -> None:
    restated = {c.subject: c.status for c in checked(PG, ("= 120406 - 65222 = 55,184", "= 120406 - 65222 = 55,284"))
                if c.rule == "gf.restated"}
    assert restated["total_equity (2017-06, quarterly)"] is Status.FAIL


def test_a_heading_ending_at_its_period_dates_its_block() -> None:
    """ggn F2: 'Apple Inc's Net Change in Cash for the quarter that ended in Jun. 2017' (line 27, no 'is calculated
    as') makes the block's 3,414 (line 29) the quarter's, a third copy of the quarter's $3,414 Mil."""
    (fact,) = [f for f in parse_file(AAPL).facts if f.context == "calculation" and f.line == 29 and ".result" in f.id]
    assert fact.period is not None and (fact.period.end, fact.period.frequency) == ("2017-06", "quarterly")


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # (24.0 + 83.2) / 445.6 = 0.2406
    (("was 0.24.", "was 0.34."), Status.FAIL),
])
def test_a_label_glued_onto_another_is_read_as_its_own_and_debt_to_asset_recomputed(edit: tuple[str, str] | None,
                                                                                    status: Status) -> None:
    """ggo F2, ggn F4: 'Long-Term Debt & Capital Lease ObligationTotal Assets ... was €445.6 Mil' states Total Assets."""
    doc = parsed(EXPL, *([edit] if edit else []))
    assert [f.value.text for f in doc.facts if f.metric == "total_assets" and f.value] == ["€445.6 Mil"]
    (check,) = [c for c in checked(EXPL, *([edit] if edit else [])) if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message


def test_an_abbreviated_label_keeps_its_dots() -> None:
    """ggo F1: 'YoY Rev. per Sh. Growth for the quarter that ended in Dec. 2023 was -128.30%' is the term's statement."""
    (fact,) = [f for f in parse_file(RDF).facts if f.line == 12]
    assert (fact.metric, fact.label) == ("yoy_rev_per_sh_growth", "YoY Rev. per Sh. Growth")


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # (0.358 - 0.445) / |0.445| = -19.55 %
    (("=(0.358-0.445)/ | 0.445 |", "=(0.358-0.445)/ | -0.445 |"), Status.PASS),  # the bars make the sign go
    (("=-19.55 %", "=19.55 %"), Status.FAIL),
])
def test_an_absolute_value_in_a_formula_is_recomputed(edit: tuple[str, str] | None, status: Status) -> None:
    """ggo F3: YoY growth divides by the size of last year's value, between bars."""
    (check,) = [c for c in checked(RDF, *([edit] if edit else [])) if c.rule == "gf.calc.arithmetic"
                and "(A: Dec. 2023 )" in (c.subject or "")]
    assert check.status is status, check.message


@pytest.mark.parametrize(("text", "lo", "hi"), [
    ("| 0.445 |", "0.4445", "0.4455"),
    ("| -0.445 |", "0.4445", "0.4455"),
    ("| 0 - 0.5 + 0.1 |", "0.3", "0.5"),  # the interval [-0.5, -0.3]... reaches from 0.3 to 0.5 in size
])
def test_absolute_value_folds_the_interval_at_zero(text: str, lo: str, hi: str) -> None:
    tree = parse_expression([(text, 1)])
    for n in tree.numbers():
        n.exact = n.number.decimals == 0
    iv = tree.evaluate({})
    assert iv.lo <= Decimal(lo) and Decimal(hi) <= iv.hi and iv.lo >= 0


WMT = REAL / "gurufocus_total-liabilities_NYSE-WMT_2016.txt"
LITALICO = REAL / "gurufocus_growth-per-share-eps_TSE-7366.txt"


def test_a_block_without_a_heading_of_its_own_is_of_its_inputs_one_span_tag() -> None:
    """Round-24 ggp 009: the second block under the fiscal year's heading (line 19) is Jan. 2016's, as its inputs' tags
    say, not the page's current quarter's: no false FAIL against the quarter's 129,164."""
    doc = parse_file(WMT)
    (result,) = [f for f in doc.facts if f.context == "calculation" and f.line == 19 and ".result" in f.id]
    assert result.period is not None and (result.period.end, result.period.frequency) == ("2016-01", "annual")
    assert not [c for c in checked(WMT) if c.status is Status.FAIL]
    restated = {c.subject: c.status for c in checked(WMT, ("= 199581 - 80546 = 119,035", "= 199581 - 80546 = 119,135"))
                if c.rule == "gf.restated"}
    assert restated["total_liabilities (2016-01, annual)"] is Status.FAIL  # 119,135 against the printed 119,035.00


def test_a_step_with_unfilled_template_names_says_so() -> None:
    (check,) = [c for c in checked(WMT) if c.rule == "gf.calc.arithmetic" and c.subject == "Total Liabilities (line 17)"]
    assert check.status is Status.SKIP
    assert "mixes numbers with text that is no number" in (check.reason or "")


def test_an_operand_name_with_a_qualifier_in_parentheses_pairs() -> None:
    """Round-24 ggq 006: 'Earnings per Share (Diluted) (A: Mar. 2024 )' names 99.04, of Mar. 2024."""
    (calc, *_) = parse_file(LITALICO).calculations
    first = next(s for s in calc.steps if not s.symbolic)
    assert [(o.metric, o.number.text, o.period_hint) for o in first.operands] == [
        ("eps", "99.04", "2024-03"), ("eps", "50.65", "2023-03"), ("eps", "50.65", "2023-03")]


@pytest.mark.parametrize(("label", "metric"), [
    ("Earnings per Share (Diluted) (A: Mar. 2024 )", "eps"),
    ("Earnings per Share (Basic) (A: Mar. 2024 )", "eps_basic"),  # a qualifier is part of the name; a span tag is not
    ("Total Assets(Q: Jun. 2017 )", "total_assets"),
])
def test_a_span_tag_is_no_part_of_a_name_and_a_qualifier_is(label: str, metric: str) -> None:
    from quotecheck.parsers._metrics import metric_for_label

    assert metric_for_label(label) == metric


def test_the_next_block_under_one_heading_takes_its_period() -> None:
    """Synthetic: with line 19's second tag taken away, the block still follows the first under the fiscal year's
    heading (blank lines between), and is of Jan. 2016."""
    doc = parsed(WMT, ("Total Shareholders Equity (A: Jan. 2016 ) = 199581", "Total Shareholders Equity = 199581"))
    (result,) = [f for f in doc.facts if f.context == "calculation" and f.line == 19 and ".result" in f.id]
    assert result.period is not None and (result.period.end, result.period.frequency) == ("2016-01", "annual")


def test_a_ratio_of_todays_price_over_a_tagged_input_is_of_today() -> None:
    """NAS:XRTX 2014 (gfw 031): 'Share Price / Book Value per Share (A: Nov. 2013) = 13.24 / 10.698 = 1.24' is today's
    P/B: the one span tag is the book value's only, so the result is not the Nov13 row's (0.96): no FAIL."""
    page = REAL / "gurufocus_pb_NAS-XRTX_2014.txt"
    (result,) = [f for f in parse_file(page).facts if f.context == "calculation" and ".result" in f.id]
    assert result.period is None or result.period.end != "2013-11"
    assert not [c for c in checked(page) if c.status is Status.FAIL]


TRT = REAL / "gurufocus_research-development_AMEX-TRT_2017.txt"


def test_a_ttm_sum_led_by_the_company_name_is_the_terms_quantity() -> None:
    """Round-24 ggp 003: 'Trio-Tech International Research & Development for the trailing twelve months …' is the
    term's sum, and the sentence's 'research and development' the same quantity: one id, compared."""
    doc = parse_file(TRT)
    assert {f.metric for f in doc.facts if f.value is not None} == {"research_development"}
    restated = {c.subject: c.status for c in checked(TRT) if c.rule == "gf.restated"}
    assert restated == {"research_development (2017-03, ttm)": Status.PASS,
                        # the sum's dated addend of Mar. 2017 against the sentence's quarter (round-40 second read 1)
                        "research_development (2017-03, quarterly)": Status.PASS}


def test_a_stacked_page_cut_before_its_units_note_is_parsed_to_its_cut() -> None:
    """Round-24 ggp 009: the three-line headline ('Wal-Mart Stores Inc (NYSE:WMT)', 'Total Liabilities', '$129,164 Mil
    (As of Oct. 2016)') names the address's security: a page cut at line 12 (synthetic) is that page, not refused."""
    from quotecheck.parsers import parse_text

    head = "\n".join(WMT.read_text(encoding="utf-8").splitlines()[:12]) + "\n"
    doc = parse_text(head, source="wmt_cut.txt")
    assert doc.security is not None and (doc.security.exchange, doc.security.ticker) == ("NYSE", "WMT")
    assert doc.fact("headline") is not None and doc.truncated


@pytest.mark.parametrize(("edit", "status"), [
    # a later step that prints the percent input again: '-4.66%' is the fraction the first step used (review of 31e9540)
    (("=14.0778166/379.936", "=13.451 * ( 1 - -4.66% )/379.936"), Status.PASS),
    # '0.0466%' read as a fraction cannot give 3.71; as a number of percent (1 + 0.0466) it does: which the site meant
    # the page does not say, so no proof
    (("( 1 - -4.66% )/( (318", "( 1 - -0.0466% )/( (318"), Status.WARN),
    (("( 1 - -4.66% )/( (318", "( 1 - -466% )/( (318"), Status.FAIL),  # neither reading gives 3.71
])
def test_a_percent_input_of_a_step_fails_only_where_no_reading_gives_the_result(edit: tuple[str, str], status: Status) -> None:
    checks = [c for c in checked(NZL, CONTINUED, edit) if c.rule in ("gf.calc.arithmetic", "gf.calc.step")]
    worst = max((c.status for c in checks), key=[Status.PASS, Status.SKIP, Status.WARN, Status.FAIL].index)
    assert worst is status, [c.message for c in checks]


ACCDEP = REAL / "gurufocus_accumulated-depreciation_XKRX-128660.txt"
SHV = REAL / "gurufocus_net-ppe_ASX-SHV.txt"


@pytest.mark.parametrize(("edit", "fails"), [
    (None, 0),  # every step grows in size, as 'increased' says of this negative quantity (the page's note, line 12)
    (("increased from Sep. 2023 (₩-20,711 Mil)", "declined from Sep. 2023 (₩-20,711 Mil)"), 1),
])
def test_accumulated_depreciations_trend_words_speak_of_its_size(edit: tuple[str, str] | None, fails: int) -> None:
    """Round-25 ggr 016: four false FAILs read 'increased from ₩-20,711 to ₩-21,015' on signed values."""
    trend = [c for c in checked(ACCDEP, *([edit] if edit else [])) if c.rule == "gf.trend.direction"]
    assert len(trend) == 4 and sum(c.status is Status.FAIL for c in trend) == fails


def test_net_ppe_is_one_quantity_under_its_two_names() -> None:
    """Round-25 ggr 021: the headline's 'Property, Plant and Equipment' and the sentences' 'net PPE' are one id, so a
    sentence's value that contradicts the headline's is reported (synthetic edit; a warning: the half-year reporter's
    'quarterly' sentence may be of another span than the rows)."""
    assert {f.metric for f in parse_file(SHV).facts if f.value is not None} == {"ppe"}
    (check,) = [c for c in checked(SHV, ("to Mar. 2024 (A$643.8 Mil)", "to Mar. 2024 (A$653.8 Mil)"))
                if c.rule == "gf.restated" and (c.subject or "").startswith("ppe (2024-03")]
    assert check.status in (Status.WARN, Status.FAIL) and "A$653.8 Mil (line 12" in check.message


def test_a_garbled_sentence_states_its_first_labels_value() -> None:
    """Round-25 ggr 002: 'TMS Co's other income expense for the TMS Co's pretax income for the three months ended in
    Nov. 2023 was 円-0.06 Mil' is the term's quarter (the Nov23 row's -0.06), not pretax income."""
    page = REAL / "gurufocus_other-income-expense_TSE-4891.txt"
    assert [f.metric for f in parse_file(page).facts if f.line == 12] == ["other_income_expense"] * 2
    restated = {c.subject: c.status for c in checked(page) if c.rule == "gf.restated"}
    assert restated["other_income_expense (2023-11, quarterly)"] is Status.PASS


def test_a_breadcrumb_naming_the_addresss_security_makes_a_term_page() -> None:
    """Round-25 ggr 014: refused before, as its title prints no symbol and the page no value."""
    doc = parse_file(REAL / "gurufocus_predictability_OTCPK-YUMM.txt")
    assert doc.security is not None and (doc.security.exchange, doc.security.ticker) == ("OTCPK", "YUMM")


def test_a_blank_result_line_above_the_cut_ends_its_formula() -> None:
    """Round-25 ggs 028: '= |' (line 25) two lines above the page's cut is the formula's blank result, not a cut."""
    page = REAL / "gurufocus_eps-diluted_alerts_OTCPK-GRPAQ.txt"
    reasons = [c.reason for c in checked(page) if c.rule == "gf.calc.arithmetic"]
    assert reasons == ["the printed result is blank"] * 2


def test_the_unfilled_templates_zero_price_is_no_price() -> None:
    """Round-25 ggs 021: 'current price is $0.00' on the site's unfilled template is its stand-in, not a price."""
    doc = parse_file(REAL / "gurufocus_bvps_OTCPK-BKYT_template.txt")
    (price,) = [f for f in doc.facts if f.metric == "share_price"]
    assert price.value is None and price.missing is not None and price.missing.value == "unfilled"
    assert any(n.code == "unfilled_template" and n.line == 16 for n in doc.notes)


@pytest.mark.parametrize(("edit", "status"), [
    (None, Status.PASS),  # 7.98 / 21.20 = 0.3764: the growth rate as its number of percent (the page's note, line 16)
    (("PEG Ratio for today is 0.38.", "PEG Ratio for today is 0.48."), Status.FAIL),
])
def test_the_peg_ratio_is_recomputed_from_its_paragraph(edit: tuple[str, str] | None, status: Status) -> None:
    """Round-26 ggu 014: 'PE Ratio without NRI is 7.98. … 5-Year EBITDA growth rate is 21.20%. Therefore, … PEG Ratio
    for today is 0.38.' was read only for its PE."""
    (check,) = [c for c in checked(REAL / "gurufocus_peg-ratio_TSE-6627.txt", *([edit] if edit else []))
                if c.rule == "gf.calc.prose"]
    assert check.status is status, check.message
