"""A range member printed 'No Debt' ranks above every number, as GuruFocus ranks a company without debt: one below a
number is a warning (GuruFocus also prints it for missing debt data, its own footnote says), and a range whose 'No Debt'
is its top passes naming it (round-40 tester gvc F1: TSE:3641's 'Med: No Debt' under 'Max: 11919' passed as
'779.7 <= 11919', the median left out unsaid). The real page, then synthetic variants of its range line."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Status, audit, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_cash-to-debt_TSE-3641.txt"
BOX = "Min: 779.7   Med: No Debt   Max: 11919"
PROSE = "highest Cash to Debt Ratio was 11919.00. The lowest was 779.70. And the median was No Debt."


@pytest.mark.parametrize(("box", "prose", "status", "said"), [
    (BOX, PROSE, Status.WARN, "the median is No Debt and the maximum 11919; not a proof"),
    ("Min: No Debt   Med: 2000   Max: 11919", "highest Cash to Debt Ratio was 11919.00. The lowest was No Debt. "
     "And the median was 2000.00.", Status.WARN, "the minimum is No Debt and the median 2000"),
    ("Min: 779.7   Med: 2000   Max: No Debt", "highest Cash to Debt Ratio was No Debt. The lowest was 779.70. "
     "And the median was 2000.00.", Status.PASS, "779.7 (line 21) <= 2000 (line 21) <= No Debt (line 21) ('No Debt' above"),
    ("Min: 779.7   Med: No Debt   Max: No Debt", "highest Cash to Debt Ratio was No Debt. The lowest was 779.70. "
     "And the median was No Debt.", Status.PASS, "<= No Debt (line 21) <= No Debt (line 21)"),
    ("Min: 2000   Med: No Debt   Max: 779.7", "highest Cash to Debt Ratio was 779.70. The lowest was 2000.00. "
     "And the median was No Debt.", Status.FAIL, "2000 (line 21) <= No Debt (line 21) <= 779.7 (line 21) does not hold"),
])
def test_no_debt_ranks_above_every_number(box: str, prose: str, status: Status, said: str) -> None:
    text = PAGE.read_text(encoding="utf-8")
    assert BOX in text and PROSE in text
    doc = parse_text(text.replace(BOX, box).replace(PROSE, prose), source=str(PAGE))
    (found,) = [c for c in audit(doc).checks if c.rule == "gf.range.order"]
    assert found.status is status and said in found.message, found.message


def test_no_debt_is_ranked_only_on_a_ratio_over_debt() -> None:
    """Second read of round 40 (6): on a metric where no debt is the lowest value (a debt-to-equity), 'No Debt' is not
    placed above every number; the member is left out of the order, as before. Synthetic: the page's term renamed."""
    text = PAGE.read_text(encoding="utf-8").replace("Cash-to-Debt", "Debt-to-Equity").replace("Cash to Debt Ratio", "Debt-to-Equity")
    doc = parse_text(text, source=str(PAGE))
    assert doc.term_metric == "debt_to_equity"
    (found,) = [c for c in audit(doc).checks if c.rule == "gf.range.order"]
    assert found.status is Status.PASS and "No Debt" not in found.message


GUROF = PAGE.with_name("gurufocus_cash-to-debt_OTCPK-GUROF.txt")


@pytest.mark.parametrize(("edit", "statuses"), [
    (None, {5: Status.PASS, 20: Status.PASS}),
    (("Current: 23.07", "Current: 9.07"), {5: Status.PASS, 20: Status.WARN}),  # synthetic: the box's Current below Min
])
def test_a_range_whose_maximum_is_no_debt_still_places_the_current_value(edit: tuple[str, str] | None,
                                                                          statuses: dict[int, Status]) -> None:
    """Round-42 tester yb F5: 'Min: 11.29   Med: 22.86   Max: No Debt' placed no value at all, so a Current below the
    minimum passed unseen; the 'No Debt' maximum bounds nothing, the minimum still does."""
    text = GUROF.read_text(encoding="utf-8")
    doc = parse_text(text.replace(*edit) if edit else text, source=str(GUROF))
    placed = {c.quoted.line: c.status for c in audit(doc).checks if c.rule == "gf.range.current" and c.quoted}
    assert placed == statuses
