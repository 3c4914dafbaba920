"""Values stated for a period in prose meet the rows of that period; growth sentences name the rate, not the
company; a growth rate's range and industry line are percent. Real pages: Net Income TSE:9250 and Revenue per
Share HKSE:02336 (fixtures/gurufocus/realpages); the edited variants are synthetic."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_edits import parsed

from quotecheck.parsers import Status, Unit, audit

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NET_INCOME = REAL / "gurufocus_net-income_TSE-9250.txt"
RPS = REAL / "gurufocus_revenue-per-share_HKSE-02336.txt"




def _restated(doc, subject: str):
    return next(c for c in audit(doc).checks if c.rule == "gf.restated" and c.subject == subject)


def test_the_quarters_sentence_and_its_row_and_the_ttm_sentence_and_the_headline_agree() -> None:
    doc = parsed(NET_INCOME)
    quarter = _restated(doc, "net_income (2024-02, quarterly)")
    assert quarter.status is Status.PASS and {q.line for q in [quarter.quoted, *quarter.inputs] if q} == {12, 35}
    ttm = _restated(doc, "net_income (2024-02, ttm)")
    assert ttm.status is Status.PASS and {q.line for q in [ttm.quoted, *ttm.inputs] if q} == {5, 12}


@pytest.mark.parametrize(("old", "new", "subject"), [
    ("three months ended in Feb. 2024 was 円67 Mil", "three months ended in Feb. 2024 was 円87 Mil", "net_income (2024-02, quarterly)"),
    ("(TTM) ended in Feb. 2024 was 円-107 Mil", "(TTM) ended in Feb. 2024 was 円-127 Mil", "net_income (2024-02, ttm)"),
])
def test_a_sentence_that_contradicts_its_period_fails(old: str, new: str, subject: str) -> None:
    """Synthetic: one statement of the quarter (or the twelve months) moved; same metric, period and frequency."""
    assert _restated(parsed(NET_INCOME, (old, new)), subject).status is Status.FAIL


def test_growth_sentences_name_the_rate_not_the_company() -> None:
    metrics = {f.metric for f in parsed(RPS).facts if f.context.value == "growth"}
    assert "revenue_per_share_growth_rate.avg_12_months" in metrics
    assert not [m for m in metrics if "shuoao" in m]


def test_a_growth_rates_range_and_industry_line_are_percent_over_ten_years() -> None:
    doc = parsed(RPS)
    stats = [f for f in doc.facts if f.context.value in {"range", "industry"} and f.metric.startswith("3_year_revenue_growth_rate")
             and not f.metric.endswith(".industry_count")]  # the rank's count of companies is a count
    assert len(stats) >= 5 and {f.unit for f in stats} == {Unit.PERCENT}
    assert {f.window_years for f in stats if f.context.value == "range" and f.label != "Current:"} == {10}
    assert not [f for f in doc.facts if f.metric.startswith("revenue_per_share") and f.context.value == "industry"]


@pytest.mark.parametrize(("printed", "value"), [("RSD4.5E-3", "0.0045"), ("RSD4.50E+2", None), ("RSD1e-5", None)])
def test_a_value_in_scientific_notation_is_never_its_mantissa(printed: str, value: str | None) -> None:
    """Synthetic (Median PS Value XBEL:MDPR, line 16): a price printed '$1.0E-5' was read as $1.0, the mantissa (100,000
    times the price) that a check would then use. A negative exponent is read as the number it stands for, with the
    places its mantissa prints (round-35 gic F4, OTCPK:EHSI's real '$1.0E-5'); a positive one, which says no count of
    places, and the lower-case form GuruFocus does not print, as no number."""
    doc = parsed(REAL / "gurufocus_medpsvalue_XBEL-MDPR.txt", ("share price is RSD450.00.", f"share price is {printed}."))
    prices = [f for f in doc.facts if f.metric == "share_price"]
    read = [(f.value.value, f.value.decimals, f.value.text) if f.value else None for f in prices]
    expected = (Decimal(value), len(value.split(".")[1]), printed) if value else None
    assert prices and all(r == expected for r in read), read


def test_a_currency_code_before_the_value_with_a_blank_is_read() -> None:
    """Synthetic (TSE:9250, line 12): 'was JPY 67 Mil.', as pages of the 'USD 5,750 Mil' kind print, is the quarter's
    amount in yen, and meets the row; it was read as blank."""
    doc = parsed(NET_INCOME, ("ended in Feb. 2024 was 円67 Mil.", "ended in Feb. 2024 was JPY 67 Mil."))
    quarter = _restated(doc, "net_income (2024-02, quarterly)")
    assert quarter.status is Status.PASS and "JPY 67 Mil" in quarter.message


def test_an_annualized_quantity_the_registry_lacks_keeps_the_percent_it_prints() -> None:
    """Synthetic edit of a real ROA page: an annualized rate under a label the registry lacks (round 9: 'annualized ROC
    (Joel Greenblatt) % … was 21.20%') is the percent it prints, not the ratio 21.20 (2,120%)."""
    old = "Therefore, Toyo Tire's annualized ROA % for the quarter"
    doc = parsed(REAL / "gurufocus_roa_TSE-5105.txt", (old, "Therefore, Toyo Tire's annualized Widget Return % for the quarter"))
    fact = next(f for f in doc.facts if f.metric == "annualized_widget_return")
    assert fact.value is not None and fact.value.text == "14.13%" and fact.unit is Unit.PERCENT
