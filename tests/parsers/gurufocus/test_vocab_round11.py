"""Round 11 numbers and vocabulary on real pages (fixtures/gurufocus/realpages, from the tool library's search store):
currencies printed as letters or as the riyal sign, one id per quantity, formulas and prose calculations read.
Variants edit the text in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, _metrics, parse_file
from quotecheck.parsers._views import header_view

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
ACT = GF / "gurufocus_roe_JSE-ACT.txt"
SAU = GF / "gurufocus_ev2rev_SAU-9584.txt"


def test_rand_amounts_feed_the_roe_calculation() -> None:
    """ACT line 12: 'annualized net income … was R348 Mil.', 'average Total Stockholders Equity … was R3,533 Mil.',
    'annualized ROE % … was 9.84%': 348 / 3,533 = 9.850%, and [347.5/3,533.5, 348.5/3,532.5] = [9.834%, 9.866%]
    holds 9.84%."""
    (calc,) = [c for c in checked(ACT) if c.rule == "gf.calc.prose"]
    assert calc.status is Status.PASS
    wrong = checked(ACT, ("was R348 Mil.", "was R398 Mil."))  # synthetic: an input the result cannot come from
    assert [c.status for c in wrong if c.rule == "gf.calc.prose"] == [Status.FAIL]


def test_the_riyal_sign_is_a_currency() -> None:
    """SAU line 29: 'stock price is ﷼25.95' is today's price in SAR, not a blank."""
    price = header_view(parse_file(SAU))["price"]
    assert (price["value"], price["currency"], price["line"]) == ("25.95", "SAR", 29)


def test_a_letter_symbol_inside_a_word_is_no_currency() -> None:
    """Synthetic: 'Rate348 Mil.' is no rand amount, so the calculation lacks its input (the R must stand apart)."""
    (calc,) = [c for c in checked(ACT, ("was R348 Mil.", "was FR348 Mil.")) if c.rule == "gf.calc.prose"]
    assert calc.status is not Status.PASS


GFGU = GF / "gurufocus_eps-without-nri_GFGU.txt"
ERC = GF / "gurufocus_earning-growth-3y_TSXV-ERC.txt"
GHSI = GF / "gurufocus_net-cash-per-share_NAS-GHSI.txt"
SZK = GF / "gurufocus_roce_JSE-SZK.txt"


@pytest.mark.parametrize(("page", "copies", "metric"), [
    (GFGU, [(3, "$-0.33"), (10, "$-0.33")], "eps_without_nri"),  # 'earnings per share without non-recurring items'
    (ERC, [(5, "-141.00%"), (14, "-141.00%"), (16, "66.30%")], "3_year_eps_without_nri_growth_rate"),  # '… average …'
    (GHSI, [(17, "5.27"), (18, "3.94"), (20, "5.27"), (25, "3.94")], "price_to_net_cash"),  # '… Ratio' (line 20)
    (ACT, [(5, "9.84%"), (12, "9.84%")], "roe"),  # 'annualized ROE % for the quarter that ended in Dec. 2023 was 9.84%'
    (SZK, [(5, "-23.52%"), (12, "-23.52%"), (33, "-23.52")], "roce"),  # 'annualized ROCE % …'; the half-year row
], ids=["eps_without_nri", "eps_growth_3y", "price_to_net_cash", "annualized_roe", "annualized_roce"])
def test_one_quantity_has_one_id(page: Path, copies: list[tuple[int, str]], metric: str) -> None:
    """The copies of one quantity (and its range statistics) share one id, so they are compared."""
    facts = parse_file(page).facts
    for line, text in copies:
        ids = {f.metric.split(".")[0] for f in facts if f.line == line and f.value is not None and f.value.text == text}
        assert ids == {metric}, (line, text)


@pytest.mark.parametrize(("page", "lines"), [(GFGU, "line 3, headline), $-0.33 (line 10, statement)"),
                                             (ERC, "line 5, headline), -141.00% (line 14, growth)"),
                                             (SZK, "(line 12, statement), -23.52 (line 33, history)")])
def test_the_copies_are_compared(page: Path, lines: str) -> None:
    (restated,) = [c for c in checked(page) if c.rule == "gf.restated" and lines in c.message]
    assert restated.status is Status.PASS


def test_return_on_capital_names_are_one_id() -> None:
    """The old layout's 'Return on Capital (Joel Greenblatt)' (NAS:SPLS) and the new 'ROC (Joel Greenblatt) %' (MIL:YARC)."""
    names = ("Return on Capital (Joel Greenblatt)", "ROC (Joel Greenblatt) %", "ROC (Joel Greenblatt)")
    assert {_metrics.metric_for_label(n) for n in names} == {"roc_joel_greenblatt"}


def test_buyback_ratio_names_are_one_id() -> None:
    """RGR's 2014 and 2015 pages (gfc 006/007, not fixtures: their 'Switch to:' header is misread, gfc #3) name the one
    3-year average three ways, the 2014 range and ranking a fourth."""
    names = ("3-Year Buyback Ratio", "3-Year Average Buyback Ratio", "3-Year Average Share Buyback Ratio", "Buyback Ratio")
    assert {_metrics.metric_for_label(n) for n in names} == {"3_year_average_buyback_ratio"}


@pytest.mark.parametrize(("qualifier", "metric", "fact"), [
    ("annualized", "roe", "roe"), ("annualized", "roa", "roa"), ("annualized", "roce", "roce"),
    # round 13 (gfm F5): 'annualized ROC (Joel Greenblatt) % / Debt-to-EBITDA / Gross-Profit-to-Asset % for the quarter'
    ("annualized", "roc_joel_greenblatt", "roc_joel_greenblatt"), ("annualized", "debt_to_ebitda", "debt_to_ebitda"),
    ("annualized", "gross_profit_to_asset", "gross_profit_to_asset"),
    ("annualized", "net_income", "annualized_net_income"), ("average", "total_stockholders_equity",
                                                            "average_total_stockholders_equity")])
def test_only_an_annualized_ratio_is_the_metric_itself(qualifier: str, metric: str, fact: str) -> None:
    """A quarter's ROE % is annualized on the site; a quarter's net income is not, nor is an average balance."""
    assert _metrics.qualified_metric(qualifier, metric) == fact


CSCO = GF / "gurufocus_netcash_per_share_NAS-CSCO_2017.txt"
GUROF = GF / "gurufocus_gf-value_OTCPK-GUROF.txt"
ANZBY = GF / "gurufocus_mktcap_ANZBY.txt"


@pytest.mark.parametrize(("page", "subject", "status"), [
    (CSCO, "Net Cash Per Share (A: Jul. 2017 ) (line 25)", Status.PASS),  # (70492 - 63681) / 4983.00 = 1.367
    (CSCO, "Net Cash Per Share (Q: Jul. 2017 ) (line 29)", Status.PASS),
    (ANZBY, "Market Cap (A: Sep. 2013 ) (line 25)", Status.PASS),  # =28.59*2743.61 / =78,440 on the lines below
])
def test_a_formula_name_may_carry_its_period_tag(page: Path, subject: str, status: Status) -> None:
    (calc,) = [c for c in checked(page) if c.rule == "gf.calc.arithmetic" and c.subject == subject]
    assert calc.status is status


def test_a_one_line_formula_is_split_into_its_steps() -> None:
    """Synthetic: CSCO's line 25 with its result misprinted is a FAIL its own inputs prove."""
    checks = checked(CSCO, ("/ 4983.00 = 1.37", "/ 4983.00 = 1.57"))
    (calc,) = [c for c in checks if c.rule == "gf.calc.arithmetic" and "(A: Jul. 2017 )" in (c.subject or "")]
    assert calc.status is Status.FAIL


def test_the_tag_is_the_results_period() -> None:
    """The results of lines 25 and 29 are Net Cash per Share of the year and of the quarter that ended in Jul. 2017."""
    got = {(f.line, f.period.end, f.period.frequency.value) for f in parse_file(CSCO).facts
           if f.context.value == "calculation" and f.metric == "net_cash_per_share" and f.period and f.period.frequency}
    assert got == {(25, "2017-07", "annual"), (29, "2017-07", "quarterly")}


def test_a_currency_amounts_result_is_in_millions() -> None:
    """ANZBY: the formula's '=78,440' is line 12's '$78,440 Mil' of Sep. 2013, not 78,440 dollars."""
    (restated,) = [c for c in checked(ANZBY) if c.rule == "gf.restated" and c.subject == "market_cap (2013-09, annual)"]
    assert restated.status is Status.PASS


def test_price_to_gf_value_is_recomputed() -> None:
    """GUROF line 12: share price $1.32 / GF Value $1.93 = 0.684, printed 0.68."""
    (calc,) = [c for c in checked(GUROF) if c.rule == "gf.calc.prose"]
    assert calc.status is Status.PASS and "Price-to-GF-Value" in (calc.subject or "")
    wrong = checked(GUROF, ("for today is 0.68", "for today is 0.78"))  # synthetic
    assert [c.status for c in wrong if c.rule == "gf.calc.prose"] == [Status.FAIL]


FRMO = GF / "gurufocus_eps_nri_OTCPK-FRMO.txt"


@pytest.mark.parametrize(("line", "metric"), [(12, "eps_without_nri"), (23, "eps"), (25, "eps_basic")])
def test_a_ttm_value_equal_to_the_periods_is_its_own_fact(line: int, metric: str) -> None:
    """FRMO: 'for the six months ended in May. 2014 was $0.09. Its … for the trailing twelve months (TTM) … was $0.09'
    states two quantities that print one value: both are facts."""
    got = {f.period.frequency.value for f in parse_file(FRMO).facts
           if f.line == line and f.metric == metric and f.period and f.period.frequency}
    assert got == {"semi_annual", "ttm"}


IEC = GF / "gurufocus_medpsvalue_AMEX-IEC_template.txt"


def test_the_older_p_s_wording_is_the_formula() -> None:
    """IEC line 8: 'Median P/S Value is calculated as … Revenue per Share … 10-Year median P/S ratio': the blank inputs
    of the $0.00 are that formula's, not the share price line 10 divides by it."""
    checks = checked(IEC)
    (zero,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert "Revenue per Share, an input of the formula that builds it, is blank on line 8" in zero.message
    assert any(c.rule == "gf.calc.prose" and c.subject == "Median P/S Value (line 8)" for c in checks)
