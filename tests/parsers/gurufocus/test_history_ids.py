"""Every history row of a page has its own id: a 'Semi-Annual Data' row read as the year's (columns a year apart)
is a second annual row, and shared the first one's 'history.annual' (round-33 ghm F6). Real pages in
fixtures/gurufocus/realpages."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Frequency, parse_file

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PAGES = sorted(REAL.glob("*.txt"))


def test_a_year_apart_semi_annual_row_gets_an_id_of_its_own() -> None:
    doc = parse_file(REAL / "gurufocus_total-current-liabilities_XMAD-END.txt")
    annual = [s for s in doc.series if s.frequency is Frequency.ANNUAL]
    assert [s.id for s in annual] == ["history.annual", "history.annual#2"]


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_series_ids_are_unique(page: Path) -> None:
    ids = [s.id for s in parse_file(page).series]
    assert len(ids) == len(set(ids)), ids
