"""Round 13 vocabulary on real pages (fixtures/gurufocus/realpages, testers gfg and gfi): one id per quantity, so a
headline and the sentence that restates it are compared, and two quantities never share one. Variants edit the text
in the test: they are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file
from quotecheck.parsers._metrics import canonical_name, metric_for_exact_label, metric_for_label
from quotecheck.parsers.gurufocus._prose import slug

GF = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
BASIC = GF / "gurufocus_shares-basic_HKSE-02142.txt"
LTA = GF / "gurufocus_liabilities-to-assets_LSE-LSC.txt"
EBITDA = GF / "gurufocus_ebitda-growth-3y_SHSE-600834.txt"
NCAV = GF / "gurufocus_net-current-asset-value_OTCPK-KURRF.txt"
BOOK = GF / "gurufocus_book-growth-3y_XKRX-041190.txt"
MIR = GF / "gurufocus_shares-outstanding_MIL-MIR.txt"


@pytest.mark.parametrize(("page", "copies", "metric"), [
    (BASIC, [(5, "801.7 Mil"), (12, "801.7 Mil"), (29, "768.25")], "shares_outstanding_basic_average"),
    (MIR, [(5, "1,836 Mil"), (12, "1,836 Mil")], "shares_outstanding_diluted_average"),  # 'average diluted shares …'
    (LTA, [(5, "0.24"), (12, "0.24")], "liabilities_to_assets"),  # '… Liabilities-to-Assets Ratio … was 0.24'
    (EBITDA, [(5, "4.70%"), (14, "4.70%"), (16, "35.70%")], "3_year_ebitda_growth_rate"),  # '… EBITDA Per Share …'
    (BOOK, [(5, "66.70%"), (14, "66.70%"), (16, "121.60%")], "3_year_book_growth_rate"),  # '… Book Value per Share …'
    (NCAV, [(5, "$1.17"), (14, "$1.17")], "net_current_asset_value"),  # 'net current asset value per share'
    (NCAV, [(19, "4.2"), (20, "11.74"), (22, "4.20")], "price_to_net_current_asset_value"),  # '… Ratio' (line 22)
], ids=["basic_average", "diluted_average", "ratio_suffix", "ebitda_growth_3y", "book_growth_3y", "per_share", "range_ratio"])
def test_one_quantity_has_one_id(page: Path, copies: list[tuple[int, str]], metric: str) -> None:
    """The copies of one quantity (and its range statistics) share one id, so they are compared."""
    facts = parse_file(page).facts
    for line, text in copies:
        ids = {f.metric.split(".")[0] for f in facts if f.line == line and f.value is not None and f.value.text == text}
        assert ids == {metric}, (line, text)


def test_basic_average_shares_are_not_the_period_end_count() -> None:
    """'Shares Outstanding (Basic Average)' is not 'Shares Outstanding (EOP)': the SKIP names the basic average."""
    assert metric_for_label("Shares Outstanding (Basic Average)") == "shares_outstanding_basic_average"
    assert metric_for_label("Shares Outstanding (EOP)") == "shares_outstanding_eop"
    skips = [c for c in checked(BASIC) if c.rule == "gf.restated"]
    assert skips and all(c.status is Status.SKIP and "shares_outstanding_basic_average (2024-12, annual)" in c.message
                         and "shares_outstanding_eop" not in c.message for c in skips)


@pytest.mark.parametrize(("page", "edit", "status", "why"), [
    # same quantity, same period: 'net current asset value per share for the quarter that ended in Jun. 2024'
    (NCAV, ("was $1.17.", "was $2.17."), Status.FAIL, "$2.17 (line 14, statement)"),
    # the sentence says 'quarter' on a page whose Jun. 2024 row is a half-year's: not a proof
    (LTA, ("Jun. 2024 was 0.24.", "Jun. 2024 was 0.44."), Status.WARN, "says 'quarter'"),
    # the growth sentence states no period of its own
    (EBITDA, ("3 years, the average EBITDA Per Share Growth Rate was 4.70%", "3 years, the average EBITDA Per Share Growth Rate was 9.70%"),
     Status.WARN, "states no period of its own"),
    (BOOK, ("3 years, the average Book Value per Share Growth Rate was 66.70%", "3 years, the average Book Value per Share Growth Rate was 76.70%"),
     Status.WARN, "states no period of its own"),
], ids=["ncav", "liabilities_to_assets", "ebitda_growth_3y", "book_growth_3y"])
def test_a_restatement_that_differs_is_found(page: Path, edit: tuple[str, str], status: Status, why: str) -> None:
    """Synthetic (the testers' doctored copies): the headline and its restatement now meet in gf.restated."""
    restated = [c for c in checked(page, edit) if c.rule == "gf.restated" and c.status is not Status.PASS]
    assert [c.status for c in restated] == [status] and why in restated[0].message


def test_basic_average_copies_of_unknown_span_are_not_a_proof() -> None:
    """Synthetic: headline 801.7 Mil and 'average basic shares outstanding … was 701.7 Mil' of Dec. 2024, on a page
    with a year's and a half-year's row of that month: neither says which it is, so no FAIL."""
    checks = checked(BASIC, ("Dec. 2024 was 801.7 Mil.", "Dec. 2024 was 701.7 Mil."))
    assert not [c for c in checks if c.status is Status.FAIL]


@pytest.mark.parametrize(("one", "other"), [
    ("Price to Graham Number ratio", "Price-to-Graham-Number"),  # gfi 033-035, line 22 and line 18
    ("Price-to-Net-Current-Asset-Value Ratio", "Price-to-Net-Current-Asset-Value"),
    ("3-Year average Dividends Per Share Growth Rate", "3-Year Dividend Growth Rate"),  # NYSE:RIO lines 19 and 8
    ("3-Year average Operating Cash Flow per Share Growth Rate", "3-Year OCF Growth Rate"),  # gfe 020
])
def test_spellings_of_one_unregistered_quantity_have_one_id(one: str, other: str) -> None:
    assert slug(one) == slug(other)


@pytest.mark.parametrize(("label", "metric"), [
    ("Debt-to-Equity Ratio", "debt_to_equity"), ("5-Year average EBITDA per share growth rate", "ebitda_growth_5y"),
    ("3-Year average Free Cash Flow per Share Growth Rate", "3_year_fcf_growth_rate"),
    ("Revenue per Share", "revenue_per_share"),  # revenue is an amount: its per-share value is another quantity
    ("net current asset value per share", "net_current_asset_value"),
])
def test_registered_spellings(label: str, metric: str) -> None:
    assert metric_for_exact_label(label) == metric


@pytest.mark.parametrize("words", ["cash ratio", "current ratio", "dividend payout ratio", "revenue",
                                   "5 year average growth rate", "e10 growth rate"])
def test_other_names_keep_their_words(words: str) -> None:
    """A ratio that is not 'A to B' keeps its 'ratio' ('Cash' is an amount); a growth rate of no N years is left."""
    assert canonical_name(words) == words
