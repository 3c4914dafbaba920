"""Ratios stated for a period after their inputs, on the round-14 tester pages (gfp).

Asset Turnover on a half-year reporter (gfp finding 1): 'Revenue for the six months ended in Jun. 2023 was HK$2,304
Mil. … Total Assets for the quarter that ended in Jun. 2023 was HK$8,810 Mil. Therefore, … Asset Turnover for the
quarter that ended in Jun. 2023 was 0.26.' Total Assets is a balance at the month's end, so its 'quarter' is no other
window than the revenue's six months: it is read, and the ratio is recomputed. GuruFocus divides by the average Total
Assets, which the paragraph does not print, so a result the printed inputs cannot give is a WARN, never a FAIL.

Capex-to-Operating-Cash-Flow and COGS-to-Revenue stated after their inputs (gfp finding 9) are recomputed as
Capex-to-Operating-Income is; a COGS-to-Revenue page's Gross Margin % of the same period is 1 - COGS / Revenue only if
the site's Gross Profit is Revenue - COGS, which the page does not print: a miss is a WARN. The variants edit a real
page inside the test (synthetic).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import parsed

from quotecheck.parsers import audit
from quotecheck.parsers._models import CheckResult, Document

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
HKTV = REAL / "gurufocus_turnover_HKSE-01137.txt"  # the result has an annual row of its month
HILONG = REAL / "gurufocus_turnover_HKSE-01623.txt"  # the result's semi-annual row is cut off
OSIRIS = REAL / "gurufocus_capex-to-ocf_OSRS_2006.txt"
TUNGHSU_B = REAL / "gurufocus_cogs2rev_SZSE-200413.txt"
BABA_GROSS = REAL / "gurufocus_grossmargin_BUE-BABA.txt"  # a Gross Margin page: Gross Profit and Revenue


def _doc(path: Path, old: str = "", new: str = "") -> Document:
    """The page, with ``old`` edited to ``new`` when given (a synthetic variant)."""
    return parsed(path, *([(old, new)] if old else []))


def _prose(doc: Document, line: int) -> CheckResult:
    (check,) = [c for c in audit(doc).checks if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == line]
    return check


@pytest.mark.parametrize(("path", "line", "assets", "end"), [(HKTV, 12, "HK$3,544 Mil", "2023-12"),
                                                             (HILONG, 10, "HK$8,810 Mil", "2023-06")],
                         ids=["HKSE-01137", "HKSE-01623"])
def test_total_assets_for_the_quarter_beside_six_months_revenue_is_read(path: Path, line: int, assets: str,
                                                                          end: str) -> None:
    doc = _doc(path)
    (fact,) = [f for f in doc.facts if f.metric == "total_assets"]
    assert fact.value is not None and fact.value.text == assets and fact.line == line
    assert fact.period is not None and fact.period.end == end


@pytest.mark.parametrize(("path", "line"), [(HKTV, 12), (HILONG, 10)], ids=["HKSE-01137", "HKSE-01623"])
def test_asset_turnover_is_recomputed_from_the_half_years_revenue_and_the_quarter_end_assets(path: Path,
                                                                                              line: int) -> None:
    check = _prose(_doc(path), line)
    assert check.status == "pass" and " / HK$" in check.message


def test_the_result_of_a_half_year_whose_row_is_cut_off_is_read() -> None:
    """HKSE:01623's semi-annual row is cut before Jun23: the result is still the half-year's (the page's rows are
    half-years and no quarter), not dropped."""
    doc = _doc(HILONG)
    (fact,) = [f for f in doc.facts if f.metric == "asset_turnover" and f.context == "statement"]
    assert fact.value is not None and fact.value.text == "0.26" and fact.line == 10
    assert fact.period is not None and fact.period.frequency == "semi_annual"


def test_a_result_the_printed_inputs_cannot_give_is_a_warning_not_a_proof() -> None:
    """Synthetic: the result 0.26 made 0.36. The site divides by the average Total Assets, which the page does not print."""
    doc = _doc(HILONG, "Asset Turnover for the quarter that ended in Jun. 2023 was 0.26.",
               "Asset Turnover for the quarter that ended in Jun. 2023 was 0.36.")
    check = _prose(doc, 10)
    assert check.status == "warn" and "Average Total Assets" in (check.reason or "")


@pytest.mark.parametrize(("path", "line", "shown"), [
    (OSIRIS, 16, "= -($-0.48 Mil) / $0.41 Mil"),
    (TUNGHSU_B, 14, "= HK$905 Mil / HK$1,197 Mil"),
    (TUNGHSU_B, 16, "= (HK$1,197 Mil - HK$905 Mil) / HK$1,197 Mil"),
], ids=["capex-to-ocf", "cogs-to-revenue", "gross-margin"])
def test_the_ratio_is_recomputed_from_the_paragraphs_inputs(path: Path, line: int, shown: str) -> None:
    check = _prose(_doc(path), line)
    assert check.status == "pass" and shown in check.message


@pytest.mark.parametrize(("path", "line", "old", "new", "status"), [
    (OSIRIS, 16, "Operating-Cash-Flow for the three months ended in Mar. 2006 was 1.18.",
     "Operating-Cash-Flow for the three months ended in Mar. 2006 was 1.38.", "fail"),
    (TUNGHSU_B, 14, "COGS to Revenue for the three months ended in Sep. 2023 was 0.76.",
     "COGS to Revenue for the three months ended in Sep. 2023 was 0.86.", "fail"),
    (TUNGHSU_B, 16, "was 24.43%.", "was 26.43%.", "warn"),
], ids=["capex-to-ocf", "cogs-to-revenue", "gross-margin"])
def test_a_result_its_inputs_cannot_give(path: Path, line: int, old: str, new: str, status: str) -> None:
    """A ratio the page names by its inputs fails; the Gross Margin, whose Gross Profit the page does not print, warns."""
    assert _prose(_doc(path, old, new), line).status == status


def test_a_gross_margin_page_whose_paragraph_prints_no_cogs_gets_no_such_calculation() -> None:
    """Its inputs are Gross Profit and Revenue: the COGS form of the Gross Margin is not its calculation (no skip)."""
    doc = _doc(BABA_GROSS)
    assert not [c for c in doc.calculations if c.metric == "gross_margin" and c.id.startswith("prose.period.")]
