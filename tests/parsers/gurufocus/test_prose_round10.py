"""Round-10 prose findings on real pages (fixtures/gurufocus/realpages, from testers gfa and gfb): a label that names
its period twice ('Tangible Book per Share of Dec. 2023 for the quarter …'), the site's 'Sharefor', and a security
name ending in '.' inside the PB sentence; a term's other names in its prose; the day counts' unit; the page's own main
formula (Price-to-Tangible-Book, Price-to-FCF, Goodwill-to-Asset, Cash Conversion Cycle). Edited variants are synthetic
and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status, Unit, audit
from quotecheck.parsers._metrics import metric_for_exact_label

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PTB = REAL / "gurufocus_p2tangible_book_HKSE-01476.txt"
WTSP = REAL / "gurufocus_book-value-per-share_BSP-WTSP11B.txt"


def _facts(page: Path, line: int, *edits: tuple[str, str]) -> dict[str, str]:
    return {f.metric: f.value.text for f in parsed(page, *edits).facts if f.line == line and f.value is not None}


def _calc(page: Path, line: int, *edits: tuple[str, str]) -> list[Status]:
    return [c.status for c in checked(page, *edits)
            if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == line]


def test_a_label_that_names_its_period_keeps_the_label_not_the_year() -> None:
    """Line 12: 'Tangible Book per Share of Dec. 2023 for the quarter that ended in Dec. 2023 was HK$3.29' was filed
    under the metric '2023'."""
    facts = _facts(PTB, 12)
    assert facts.get("tangible_book_per_share") == "HK$3.29", facts
    assert not [m for m in facts if m.isdigit()]


def test_sharefor_states_the_book_value_and_the_pb_calculation_passes() -> None:
    """Line 27: 'Book Value per Sharefor the quarter that ended in Dec. 2023 was HK$3.38' (the site's missing blank)."""
    assert _facts(PTB, 27).get("book_value_per_share") == "HK$3.38"
    assert _calc(PTB, 27) == [Status.PASS]


def test_sharefor_pb_calculation_fails_on_a_wrong_result() -> None:
    """Synthetic: the P/B result 0.55 moved to 0.65 (HK$1.85 / HK$3.38 is 0.547)."""
    assert _calc(PTB, 27, ("P/B Ratio of today is 0.55", "P/B Ratio of today is 0.65")) == [Status.FAIL]


@pytest.mark.parametrize(("result", "status"), [("0.48", Status.PASS), ("0.58", Status.FAIL)])
def test_a_name_ending_in_a_dot_keeps_the_pb_calculation(result: str, status: Status) -> None:
    """Line 18: '… today's PB Ratio of Fator Ore Asset Gestora de Recursosa. is 0.48.' (R$36.00 / R$74.65 = 0.482);
    the 0.58 variant is synthetic."""
    edit = ("Recursosa. is 0.48.", f"Recursosa. is {result}.")
    assert _calc(WTSP, 18, edit) == [status]


PFCF = REAL / "gurufocus_price-to-free-cash-flow_XKRX-036620.txt"
GOODWILL = REAL / "gurufocus_goodwill-to-asset_XPAR-MLSBT.txt"
CCC = REAL / "gurufocus_cash-conversion-cycle_HKSE-02882.txt"


@pytest.mark.parametrize(("label", "metric"), [
    ("Price to Tangible Book Ratio", "price_to_tangible_book"), ("Price-to-Tangible-Book", "price_to_tangible_book"),
    ("Price-to-Free-Cash-Flow Ratio", "price_to_fcf"), ("Goodwill to Asset Ratio", "goodwill_to_asset"),
    ("Goodwill-to-Asset", "goodwill_to_asset"), ("Cash Conversion Cycle (CCC)", "cash_conversion_cycle"),
    ("Cash Conversion Cycle", "cash_conversion_cycle"), ("return on invested capital (ROIC %)", "roic"),
    ("3-Year FCF Growth Rate", "3_year_fcf_growth_rate"),
    ("3-Year average Free Cash Flow per Share Growth Rate", "3_year_fcf_growth_rate"),
])
def test_a_terms_other_names_are_its_registry_id(label: str, metric: str) -> None:
    """The prose names a term otherwise than its headline; one quantity, one id (not a slug of each name)."""
    assert metric_for_exact_label(label) == metric


@pytest.mark.parametrize(("page", "line", "metric"), [
    (PTB, 20, "price_to_tangible_book.hist_max"), (PFCF, 20, "price_to_fcf.hist_max"),
    (CCC, 17, "cash_conversion_cycle"),
])
def test_the_prose_copy_has_the_headlines_id(page: Path, line: int, metric: str) -> None:
    assert metric in _facts(page, line)


@pytest.mark.parametrize(("max_printed", "status"), [("1.61", Status.PASS), ("1.71", Status.WARN)])
def test_the_prose_range_meets_the_range_box_of_its_window(max_printed: str, status: Status) -> None:
    """Line 20 'During the past 10 years, … highest Price to Tangible Book Ratio was 1.61' and the 10-year box 'Max: 1.61'
    (line 17) are one statistic of one window, now compared; the 1.71 variant (synthetic) is a WARN, not a FAIL: the box is
    computed apart from the prose and printed without a date."""
    doc = parsed(PTB, ("Ratio was 1.61.", f"Ratio was {max_printed}."))
    found = [c.status for c in audit(doc).checks if c.rule == "gf.restated" and c.subject.startswith("price_to_tangible_book.hist_max")]
    assert found == [status]


def test_the_day_counts_share_one_unit() -> None:
    doc = parsed(CCC)
    units = {f.metric: f.unit for f in doc.facts if f.line in (5, 14, 15, 16, 17)}
    assert set(units) == {"cash_conversion_cycle", "days_sales_outstanding", "days_inventory", "days_payable"}
    assert set(units.values()) == {Unit.COUNT}


@pytest.mark.parametrize(("page", "line", "old", "new"), [
    (PTB, 12, "Price to Tangible Book Ratio of today is 0.56.", "Price to Tangible Book Ratio of today is 0.66."),
    (PFCF, 12, "Ratio for today is 13.04.", "Ratio for today is 13.14."),
    (GOODWILL, 12, "Asset Ratio for the quarter that ended in Dec. 2020 was 0.17.",
     "Asset Ratio for the quarter that ended in Dec. 2020 was 0.19."),
    (CCC, 17, "Dec. 2023 was 553.53.", "Dec. 2023 was 555.53."),
])
def test_the_pages_own_formula_passes_and_a_moved_result_fails(page: Path, line: int, old: str, new: str) -> None:
    """Price-to-Tangible-Book = price / TBVPS (1.85 / 3.29 = 0.562), Price-to-FCF = price / FCF per share (4390.00 /
    336.58 = 13.043), Goodwill-to-Asset = Goodwill / Total Assets (2.33 / 13.60 = 0.171), Cash Conversion Cycle = DSO +
    Days Inventory - Days Payable (30.32 + 580.67 - 57.46 = 553.53), as the testers recomputed them; the moved results
    are synthetic."""
    assert _calc(page, line) == [Status.PASS]
    assert _calc(page, line, (old, new)) == [Status.FAIL]


def test_on_a_converting_venue_a_moved_result_is_a_warning() -> None:
    """Synthetic: the same page listed on OTCPK, where GuruFocus prints the tangible book per share converted at its
    quarter's exchange rate and the price at today's: a result the two printed amounts cannot give is no proof."""
    venue = [("Hengtai Securities Co Ltd (HKSE:01476)", "Hengtai Securities Co Ltd (OTCPK:HTSCF)"),
             ("Hengtai Securities Co (HKSE:01476)", "Hengtai Securities Co (OTCPK:HTSCF)")]
    moved = ("Price to Tangible Book Ratio of today is 0.56.", "Price to Tangible Book Ratio of today is 0.66.")
    assert parsed(PTB, *venue).security.exchange == "OTCPK"
    assert _calc(PTB, 12, *venue) == [Status.PASS]
    assert _calc(PTB, 12, *venue, moved) == [Status.WARN]
