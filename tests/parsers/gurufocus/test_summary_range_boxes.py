"""A stock summary page prints a range box per ratio: each is read, not only the first (round-39 tester gtc F1).

NYSE:FSS's /stock/ page (real, about 2017) prints Cash-to-Debt, Equity-to-Asset, Debt-to-Equity and Debt-to-EBITDA
boxes; the variants are synthetic, one edit each to the Equity-to-Asset box."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status, parse_file, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_stock-summary_NYSE-FSS.txt"
BOX = "Min: 0.23  Med: 0.39 Max: 0.7"


def test_every_ratios_box_is_read_with_its_own_metric() -> None:
    doc = parse_file(PAGE)
    boxes = {(f.metric, f.value.text if f.value else None, f.line) for f in doc.facts if f.context == "range"}
    assert {m for m, _, _ in boxes} == {f"{r}{s}" for r in ("cash_to_debt", "equity_to_asset", "debt_to_equity", "debt_to_ebitda")
                                        for s in (".hist_min", ".hist_median", ".hist_max", "")}
    assert ("equity_to_asset.hist_max", "0.7", 40) in boxes and ("equity_to_asset", "0.43", 41) in boxes


@pytest.mark.parametrize(("edit", "rule", "status"), [
    ((BOX, "Min: 0.23  Med: 0.79 Max: 0.7"), "gf.range.order", Status.FAIL),  # a median above the max: a misprint
    (("Current: 0.43", "Current: 0.93"), "gf.range.current", Status.WARN),  # the box's own Current may be of a later day
])
def test_a_later_boxs_misprint_is_reported(edit: tuple[str, str], rule: str, status: Status) -> None:
    found = [c for c in checked(PAGE, edit) if c.rule == rule and "equity_to_asset" in (c.subject or "")]
    assert [c.status for c in found] == [status]


def test_a_second_box_of_the_same_quantity_is_not_read_again() -> None:
    """A box printed twice for one ratio is one range: only the first is kept (the later one names a quantity read)."""
    text = PAGE.read_text(encoding="utf-8")
    title = "NYSE:FSS' s Equity-to-Asset Range Over the Past 10 Years"
    doubled = text.replace(f"{title}\n{BOX}", f"{title}\n{BOX}\nCurrent: 0.43\n{title}\nMin: 0.1  Med: 0.2 Max: 0.3")
    assert doubled != text
    doc = parse_text(doubled, source=str(PAGE))
    assert [f.value.text for f in doc.facts if f.metric == "equity_to_asset.hist_max" and f.value] == ["0.7"]
