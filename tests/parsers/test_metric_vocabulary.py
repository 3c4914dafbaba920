"""One metric vocabulary across sites: a quantity both sites state has one id, from the core registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers._metrics import BY_ID
from quotecheck.parsers.longbridge._labels import LABELS

SHARED = ("share_price", "market_cap", "pe_ratio", "pb_ratio", "ps_ratio", "dividend_yield", "revenue")


@pytest.mark.parametrize("metric", SHARED)
def test_shared_metrics_are_in_the_core_registry(metric: str) -> None:
    assert metric in BY_ID


@pytest.mark.parametrize(("kind", "label", "metric"), [
    ("targets", "Current Price", "share_price"),
    ("indicators", "Market Cap", "market_cap"),
    ("valuation", "PE (TTM)", "pe_ratio"),
    ("valuation", "PB", "pb_ratio"),
    ("indicators", "P/B Ratio", "pb_ratio"),
    ("valuation", "PS (TTM)", "ps_ratio"),
    ("valuation", "Dividend Yield", "dividend_yield"),
    ("indicators", "Revenue", "revenue"),
])
def test_longbridge_labels_use_the_shared_ids(kind: str, label: str, metric: str) -> None:
    assert LABELS[kind]["en"][label] == metric


@pytest.mark.parametrize(("label", "metric"), [
    ("Share Price", "share_price"), ("PE Ratio", "pe_ratio"), ("PB Ratio", "pb_ratio"), ("PS Ratio", "ps_ratio"),
    ("Market Cap", "market_cap"), ("Dividend Yield %", "dividend_yield"), ("Revenue", "revenue"),
    # one quantity, worded three ways on one NSE:INTERISE page (round-16 gfu 030)
    ("3-Year EPS without NRI Growth Rate", "3_year_eps_without_nri_growth_rate"),
    ("3-Year average EPS without NRI Growth Rate", "3_year_eps_without_nri_growth_rate"),
    ("3-Year average Earnings Per Share (NRI) Growth Rate", "3_year_eps_without_nri_growth_rate"),
])
def test_gurufocus_labels_use_the_shared_ids(label: str, metric: str) -> None:
    from quotecheck.parsers._metrics import metric_for_label
    assert metric_for_label(label) == metric


REAL_GF = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize("page", ["gurufocus_rank_profitability_NYSE-BABA.txt", "gurufocus_rank-balancesheet_NYSE-ANTM_template.txt"])
def test_gurufocus_ranks_are_scores(page: str) -> None:
    """GuruFocus's 0-10 ranks (Profitability, Financial Strength) are scores, not ratios (round-16 tester gfu 021)."""
    from quotecheck.parsers import Unit, parse_file
    (head,) = [f for f in parse_file(REAL_GF / page).facts if f.id == "headline"]
    assert head.unit is Unit.SCORE
