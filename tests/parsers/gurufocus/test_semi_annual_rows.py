"""A 'Semi-Annual Data' row is a year's only where its columns are a year or more apart and each ends a fiscal year of
the page's annual rows (round-35 gib F3, and the second read of round 35). Real pages; the reordered FRMO is synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
FRMO = REAL / "gurufocus_DaysPayable_OTCPK-FRMO.txt"


@pytest.mark.parametrize(("page", "expected"), [
    # Mar21 Mar22 Mar23 Sep24 beside the annual Mar21 Mar22 Mar23: Sep24 ends a half-year
    ("gurufocus_bvps_NSE-NEPHROCARE.txt", "semi_annual"),
    # Feb00 … Feb04 May12 … May14: a change of fiscal year the annual row prints too
    ("gurufocus_DaysPayable_OTCPK-FRMO.txt", "annual"),
    # Dec07 … Dec20 beside the annual row's Dec11 … Dec20: more years, the same fiscal month
    ("gurufocus_goodwill-to-asset_XPAR-MLSBT.txt", "annual"),
])
def test_a_semi_annual_tables_row_is_a_years_only_at_fiscal_year_ends(page: str, expected: str) -> None:
    doc = parse_file(REAL / page)
    (row,) = [s for s in doc.series if s.id != "history.annual"]  # the second row: the 'Semi-Annual Data' table's
    assert row.frequency.value == expected


def test_the_annual_table_below_still_says_the_fiscal_years() -> None:
    text = FRMO.read_text(encoding="utf-8")
    a, b = text.index("FRMO Annual Data"), text.index("FRMO Semi-Annual Data")
    end = text.index("\n\n", b) + 1
    reordered = text[:a] + text[b:end] + "\n" + text[a:b] + text[end:]
    doc = parse_text(reordered, source="synthetic.txt")
    assert sorted(s.frequency.value for s in doc.series) == ["annual", "annual"]


def test_a_semi_annual_row_unlike_the_annual_one_keeps_its_label() -> None:
    """Round-47 tester ta F2: BSP:BROF11's 'Semi-Annual Data' row 'Jun23 Jun24' / '86.68 -' is a year apart column to
    column, but its annual row prints '- 87.55': it does not repeat that row (as FRMO's does), so it is the half-years
    it is printed as, and 86.68 is no year's value."""
    doc = parse_file(REAL / "gurufocus_operating-margin_BSP-BROF11.txt")
    rows = {s.line: s for s in doc.series}
    assert rows[45].frequency.value == "annual" and rows[49].frequency.value == "semi_annual"
    (cell,) = [f for f in doc.facts if f.context == "history" and f.value is not None and f.value.text == "86.68"]
    assert cell.period is not None and cell.period.frequency.value == "semi_annual" and cell.period.end == "2023-06"
    # synthetic: the annual row printing the same cells makes it a repeat of the year's, read as annual
    text = (REAL / "gurufocus_operating-margin_BSP-BROF11.txt").read_text(encoding="utf-8")
    assert "\n- 87.55\n" in text
    same = parse_text(text.replace("\n- 87.55\n", "\n86.68 -\n"), source="synthetic.txt")
    assert [s.frequency.value for s in same.series] == ["annual", "annual"]
