"""An industry rank is of the metric its heading ranks (round-34 tester ghq F1, a false FAIL on 3 real pages).

A stock summary page ranks several metrics, each among its own companies ('COST's Cash to Debt is ranked higher than /
61% of the 368 Companies', then Equity to Asset's 62% of 366, Interest Coverage's 64% of 301): read under one metric,
'industry_percentile', the three were one quantity stated three times, and gf.restated failed them. The page is the
start of the real http://www.gurufocus.com/stock/COST (search corpus of public pages), lines 1-47 as captured."""

from __future__ import annotations

from quotecheck.parsers import Status, audit, parse_text

PAGE = """Switch to:
Also traded in: Argentina, Chile, Germany, Mexico

GuruFocus Financial Strength Rank measures how strong a company’s financial situation is. It is based on these factors

1. The debt burden that the company has as measured by its Interest coverage (current year).
2. Debt to revenue ratio. The lower, the better
3. Altman Z-score.

A company ranks high with financial strength is likely to withstand any business slowdowns and recessions.

Financial Strength : 6/10

vs
industry
vs
history
Cash to Debt 0.98
COST's Cash to Debt is ranked higher than
61% of the 368 Companies
in the Global Discount Stores industry.

( Industry Median: 0.56 vs. COST: 0.98 )
Ranked among companies with meaningful Cash to Debt only.
COST' s Cash to Debt Range Over the Past 10 Years
Min: 0.06  Med: 1.33 Max: 5.83
Current: 0.98
0.06
5.83
Equity to Asset 0.34
COST's Equity to Asset is ranked lower than
62% of the 366 Companies
in the Global Discount Stores industry.

( Industry Median: 0.42 vs. COST: 0.34 )
Ranked among companies with meaningful Equity to Asset only.
COST' s Equity to Asset Range Over the Past 10 Years
Min: 0.3  Med: 0.45 Max: 0.54
Current: 0.34
0.3
0.54
Interest Coverage 26.67
COST's Interest Coverage is ranked higher than
64% of the 301 Companies
in the Global Discount Stores industry.

( Industry Median: 15.01 vs. COST: 26.67 )
"""


def test_each_rank_is_of_the_metric_its_heading_names() -> None:
    doc = parse_text(PAGE, source="COST.txt")
    ranks = {f.metric: f.value.text for f in doc.facts if f.context == "industry" and f.value is not None
             and f.metric.endswith((".industry_percentile", ".industry_count"))}
    assert ranks == {
        "cash_to_debt.industry_percentile": "61%", "cash_to_debt.industry_count": "368",
        "equity_to_asset.industry_percentile": "62%", "equity_to_asset.industry_count": "366",
        "interest_coverage.industry_percentile": "64%", "interest_coverage.industry_count": "301",
    }


def test_ranks_of_different_metrics_are_not_compared() -> None:
    checks = audit(parse_text(PAGE, source="COST.txt")).checks
    assert not [c for c in checks if c.status in (Status.FAIL, Status.WARN)], [c.message for c in checks]


def test_one_metric_ranked_twice_with_two_shares_still_fails() -> None:
    """Synthetic: the Cash to Debt block printed again with 66%: one quantity, two values."""
    block = PAGE[PAGE.index("COST's Cash to Debt is ranked"):PAGE.index("in the Global Discount Stores industry.")]
    text = PAGE + "\n" + block.replace("61% of", "66% of")
    failed = [c for c in audit(parse_text(text, source="COST.txt")).checks if c.status is Status.FAIL]
    assert [c.subject for c in failed] == ["cash_to_debt.industry_percentile (current)"]
