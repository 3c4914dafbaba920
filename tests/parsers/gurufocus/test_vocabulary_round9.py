# ruff: noqa: E501  (the page texts are real pages' lines, kept whole)
"""Round 9 real pages: one quantity, one id, one unit (the page starts below are cut from real GuruFocus pages;
the mutated variants are synthetic)."""

from __future__ import annotations

import pytest

from quotecheck.parsers import Status, Unit, audit, parse_text
from quotecheck.parsers._metrics import metric_for_label, metric_for_slug, unit_of

YIELD_ON_COST = """url: https://www.gurufocus.com/term/yield-on-cost/LTS:0IM1

GURUFOCUS.COM » STOCK LIST » Financial Services » Banks » Fifth Third Bancorp (LTS:0IM1) » Definitions » 5-Year Yield-on-Cost %

Fifth Third Bancorp (LTS:0IM1) 5-Year Yield-on-Cost % : 5.36 (As of Dec. 12, 2024)

What is Fifth Third Bancorp 5-Year Yield-on-Cost %?

Fifth Third Bancorp's yield on cost for the quarter that ended in Sep. 2024 was 5.36.

LTS:0IM1' s 5-Year Yield-on-Cost % Range Over the Past 10 Years
Min: 3.08   Med: 5.16   Max: 12.99
Current: 5.36

During the past 13 years, Fifth Third Bancorp's highest Yield on Cost was 12.99. The lowest was 3.08. And the median was 5.16.
"""

PRETAX = """url: https://www.gurufocus.com/term/pretax-margin/TSX:PIC.A

GURUFOCUS.COM » STOCK LIST » Financial Services » Asset Management » Premium Income Corp (TSX:PIC.A) » Definitions » Pretax Margin %

Premiumome (TSX:PIC.A) Pretax Margin % : % (As of Apr. 2024)


View and export this data going back to 1996. Start your Free Trial

What is Premiumome Pretax Margin %?

Pre-Tax margin is calculated as Pre-Tax Income divided by its Revenue. Premiumome's Pre-Tax Income for the six months ended in Apr. 2024 was C$49.70 Mil. Premiumome's Revenue for the six months ended in Apr. 2024 was C$0.00 Mil. Therefore, Premiumome's pretax margin for the quarter that ended in Apr. 2024 was %.

The historical rank and industry rank for Premiumome's Pretax Margin % or its related term are showing as below:


TSX:PIC.A's Pretax Margin % is not ranked *
in the Asset Management industry.
Industry Median: 91.43
* Ranked among companies with meaningful Pretax Margin % only.

Premiumome Pretax Margin % Historical Data

The historical data trend for Premiumome's Pretax Margin % can be seen below:

* For Operating Data section: All numbers are indicated by the unit behind each term and all currency related amount are in USD.
* For other sections: All numbers are in millions except for per share data, ratio, and percentage. All currency related amount are indicated in the company's associated stock exchange currency.

* Premium members only.

Premiumome Pretax Margin % Chart

Premiumome Annual Data
Trend Oct14 Oct15 Oct16 Oct17 Oct18 Oct19 Oct20 Oct21 Oct22 Oct23
Pretax Margin %
Get a 7-Day Free Trial Premium Member Only Premium Member Only 95.72 102.37 - - -

Premiumome Semi-Annual Data
Oct14 Apr15 Oct15 Apr16 Oct16 Apr17 Oct17 Apr18 Oct18 Apr19 Oct19 Apr20 Oct20 Apr21 Oct21 Apr22 Oct22 Apr23 Oct23 Apr24
Pretax Margin % Get a 7-Day Free Trial Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member"""

BLANK_AMOUNT = """url: http://www.gurufocus.com/term/LongTermCapitalLeaseObligation/MSFT%5EM/Capital%2BLease%2BObligation/

Switch to:
(:)
Long-Term Capital Lease Obligation
$0.00 Mil (As of . 20)

's long-term capital lease obligation for the quarter that ended in . 20 was $0.00 Mil.


Definition

Capital lease obligations are the amount due for long-term asset lease agreements that are nearly equivalent to asset purchases. Capital lease obligations are installment payments that constitute a payment of principal plus interest for the capital lease. The current portion of a capital lease obligation is the portion of a long-term capital lease that is due over the next year.


Explanation

Under US Generally Accepted Accounting Principles (GAAP), a capital lease is essentially equivalent to a purchase by the lessee if it meets the following criteria:

1. Ownership of the asset is transferred to the lessee at the end of the lease term;
2. The lease contains a bargain purchase option to buy the equipment at less than fair market value;
3. The lease term equals or exceeds 75% of the asset's estimated useful life;
4. The present value of the lease payments equals or exceeds 90% of the total original cost of the equipment.

Historical Data

* All numbers are in millions except for per share data and ratio. All numbers are in their own currency.

Annual Data

LongTermCapitalLeaseObligation 0.000.000.000.000.000.000.000.000.000.00

Semi-Annual Data

LongTermCapitalLeaseObligation 0.000.000.000.000.000.000.000.000.000.00
Get WordPress Plugins for easy affiliate links on Stock Tickers and Guru Names | Earn affiliate commissions by embedding GuruFocus Charts
GuruFocus Affiliate Program: Earn up to $400 per referral. ( Learn More)
Free 7-day Trial
FEEDBACK
Email Hide"""

SHARES = """url: https://www.gurufocus.com/term/bs-share/HKSE:01273

GURUFOCUS.COM » STOCK LIST » Financial Services » Banks » Hong Kong Finance Group Ltd (HKSE:01273) » Definitions » Shares Outstanding (EOP)

Hong Kong Finance Group (HKSE:01273) Shares Outstanding (EOP) : 415.0 Mil (As of Sep. 2024)


View and export this data going back to 2013. Start your Free Trial

What is Hong Kong Finance Group Shares Outstanding (EOP)?

Shares outstanding are shares that have been authorized, issued, and purchased by investors and are held by them. Hong Kong Finance Group's shares outstanding for the quarter that ended in Sep. 2024 was 415.0 Mil.

Hong Kong Finance Group's quarterly shares outstanding stayed the same from Mar. 2024 (415.0 Mil) to Sep. 2024 (415.0 Mil).

Hong Kong Finance Group's annual shares outstanding stayed the same from Mar. 2023 (415.0 Mil) to Mar. 2024 (415.0 Mil).


Hong Kong Finance Group Shares Outstanding (EOP) Historical Data

The historical data trend for Hong Kong Finance Group's Shares Outstanding (EOP) can be seen below:

* For Operating Data section: All numbers are indicated by the unit behind each term and all currency related amount are in USD.
* For other sections: All numbers are in millions except for per share data, ratio, and percentage. All currency related amount are indicated in the company's associated stock exchange currency.

* Premium members only.

Hong Kong Finance Group Shares Outstanding (EOP) Chart

Hong Kong Finance Group Annual Data
Trend Mar15 Mar16 Mar17 Mar18 Mar19 Mar20 Mar21 Mar22 Mar23 Mar24
Shares Outstanding (EOP)
Get a 7-Day Free Trial Premium Member Only Premium Member Only 415.00 415.00 415.00 415.00 415.00

Hong Kong Finance Group Semi-Annual Data
Mar15 Sep15 Mar16 Sep16 Mar17 Sep17 Mar18 Sep18 Mar19 Sep19 Mar20 Sep20 Mar21 Sep21 Mar22 Sep22 Mar23 Sep23 Mar24 Sep24
Shares Outstanding (EOP) Get a 7-Day Free Trial Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only Premium Member Only
"""

EPS = """url: https://www.gurufocus.com/term/eps-diluated/OSL:OTL

GURUFOCUS.COM » STOCK LIST » Energy » Oil & Gas » Odfjell Technology Ltd (OSL:OTL) » Definitions » EPS (Diluted)

Odfjell Technology (OSL:OTL) EPS (Diluted) : kr6.25 (TTM As of Dec. 2024)

Odfjell Technology's Earnings per Share (Diluted) for the three months ended in Dec. 2024 was kr1.85. Earnings per Share (Diluted) for the trailing twelve months (TTM) ended in Dec. 2024 was kr6.25.
"""

REVENUE_GROWTH = """url: http://www.gurufocus.com/term/rvn-growth-3y/XTER:A7A

GURUFOCUS.COM » STOCK LIST » Financial Services » Asset Management » Heliad AG (XTER:A7A) » Definitions » 3-Year Revenue Growth Rate

Heliad AG (XTER:A7A) 3-Year Revenue Growth Rate : -24.60% (As of Jun. 2023)

During the past 12 months, Heliad AG's average Revenue per Share Growth Rate was -36.00% per year. During the past 3 years, the average Revenue per Share Growth Rate was -24.60% per year. During the past 5 years, the average Revenue per Share Growth Rate was -21.30% per year.

During the past 13 years, the highest 3-Year average Revenue per Share Growth Rate of Heliad AG was 384.70% per year. The lowest was -61.60% per year. And the median was -13.60% per year.
"""


def _facts(text: str):
    return parse_text(text, source="page.txt").facts


def _restated(text: str):
    return [c for c in audit(parse_text(text, source="page.txt")).checks if c.rule == "gf.restated"]


def test_yield_on_cost_is_one_percent_quantity() -> None:
    """The headline, the quarter's sentence and the highest/lowest/median prose are one metric, in percent."""
    facts = _facts(YIELD_ON_COST)
    metrics = {f.metric.split(".")[0] for f in facts if f.value is not None}
    assert metrics == {"yield_on_cost_5y"}
    assert {f.unit for f in facts if f.metric.startswith("yield_on_cost_5y") and ".industry_" not in f.metric} == {Unit.PERCENT}
    assert {f.unit for f in facts if f.metric.endswith(".industry_percentile")} <= {Unit.PERCENT}  # its rank: a share
    orders = [c for c in audit(parse_text(YIELD_ON_COST, source="p.txt")).checks if c.rule == "gf.range.order"]
    assert len(orders) == 1  # one range, ordered once


def test_a_percent_labelled_row_of_an_unregistered_term_is_percent() -> None:
    """Synthetic: the Pretax Margin page renamed 'Pretax Spread %', a term the registry lacks (Pretax Margin % is
    registered since round 43): the row's label says it is a percent."""
    spread = PRETAX.replace("Pretax Margin", "Pretax Spread").replace("pretax margin", "pretax spread").replace(
        "pretax-margin", "pretax-spread")
    rows = [f for f in _facts(spread) if f.context.value == "history"]
    assert [str(f.value.value) for f in rows if f.value] == ["95.72", "102.37"]
    assert {f.metric for f in rows} == {"pretax_spread"} and {f.unit for f in rows} == {Unit.PERCENT}
    assert unit_of("pretax_spread") is Unit.RATIO  # the registry lacks it: the label said so


def test_a_pretax_margin_row_is_the_registered_percent() -> None:
    rows = [f for f in _facts(PRETAX) if f.context.value == "history"]
    assert {f.metric for f in rows} == {"pretax_margin"} and {f.unit for f in rows} == {Unit.PERCENT}
    assert unit_of("pretax_margin") is Unit.PERCENT


def test_a_blank_template_amount_headline_keeps_its_unit() -> None:
    head = next(f for f in _facts(BLANK_AMOUNT) if f.id == "headline")
    assert head.value is None and head.unit is Unit.CURRENCY_AMOUNT


def test_shares_outstanding_sentence_meets_the_eop_headline() -> None:
    facts = _facts(SHARES)
    assert {f.metric for f in facts} == {"shares_outstanding_eop"}
    rows = [f for f in facts if f.id.startswith("history.") and f.value is not None]
    assert rows and all(f.value.scale_factor == 10 ** 6 for f in rows if f.value)  # bare row values are in millions
    statuses = [c.status for c in _restated(SHARES)]  # the headline and sentence's quarter; the trend sentence's periods
    assert statuses and set(statuses) == {Status.PASS}
    changed = SHARES.replace("was 415.0 Mil.", "was 515.0 Mil.")
    assert Status.FAIL in [c.status for c in _restated(changed)]


def test_eps_diluted_headline_meets_its_ttm_sentence() -> None:
    assert {f.metric for f in _facts(EPS)} == {"eps"}
    assert [c.status for c in _restated(EPS)] == [Status.PASS]
    assert Status.FAIL in [c.status for c in _restated(EPS.replace("TTM) ended in Dec. 2024 was kr6.25", "TTM) ended in Dec. 2024 was kr7.25"))]


def test_three_year_revenue_growth_is_of_revenue_per_share() -> None:
    facts = _facts(REVENUE_GROWTH)
    three = {f.id for f in facts if f.metric.split(".")[0] == "3_year_revenue_growth_rate"}
    assert three == {"headline", "growth.3_year_revenue_growth_rate", "prose.3_year_revenue_growth_rate.hist_max",
                     "prose.3_year_revenue_growth_rate.hist_min", "prose.3_year_revenue_growth_rate.hist_median"}
    assert [c.status for c in _restated(REVENUE_GROWTH)] == [Status.PASS]
    wrong = REVENUE_GROWTH.replace("Growth Rate was -24.60% per year", "Growth Rate was -20.60% per year")
    assert Status.PASS not in [c.status for c in _restated(wrong)]


@pytest.mark.parametrize(("label", "metric"), [
    ("Equity to Asset Ratio", "equity_to_asset"), ("Equity-to-Asset", "equity_to_asset"),
    ("Price-to-Operating-Cash-Flow Ratio", "price_to_operating_cash_flow"), ("EPS (Diluted)", "eps"),
    ("Shares Outstanding (A: Sep. 2013 )", "shares_outstanding_eop"),
    ("Shares Outstanding (Diluted Average)", "shares_outstanding_diluted_average"),
    ("Yield on Cost", "yield_on_cost_5y"),
    ("EPS (Basic)", "eps_basic"),  # never the diluted EPS's id; its own registry metric since round 20 (ggd F1a)
])
def test_labels_of_one_quantity_share_an_id(label: str, metric: str | None) -> None:
    assert metric_for_label(label) == metric


@pytest.mark.parametrize(("slug", "metric"), [
    ("yield-on-cost", "yield_on_cost_5y"), ("equity-to-asset", "equity_to_asset"), ("pocf", "price_to_operating_cash_flow"),
    ("bs-share", "shares_outstanding_eop"), ("shares-outstanding", "shares_outstanding_diluted_average"),
    ("rvn-growth-3y", "3_year_revenue_growth_rate"),
])
def test_term_slugs(slug: str, metric: str) -> None:
    assert metric_for_slug(slug) == metric
