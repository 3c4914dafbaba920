"""A formula block whose name carries its span tag ('Operating Assets(A: Dec. 2011 )') and whose inputs carry none:
the inputs are of the name's period. They were read as of the page's current period, so the year's and the quarter's
Total Assets (200.399 and 67.528) were one quantity stated twice, a false FAIL (round-33 ghk 020, LSE:0MF5 SNOA).
The real page is fixtures/gurufocus/realpages; the edited variant is synthetic."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Frequency, Status, parse_file

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_snoa_LSE-0MF5.txt"


def test_untagged_inputs_take_the_period_their_block_names() -> None:
    facts = {f.id: f for f in parse_file(PAGE).facts}
    year = facts["calc.operating_assets_a_dec_2011.total_assets"]
    quarter = facts["calc.operating_assets_q_sep_2012.total_assets"]
    assert (year.period.end, year.period.frequency) == ("2011-12", Frequency.ANNUAL)  # type: ignore[union-attr]
    assert (quarter.period.end, quarter.period.frequency) == ("2012-09", Frequency.QUARTERLY)  # type: ignore[union-attr]


def test_the_years_and_the_quarters_total_assets_are_not_compared() -> None:
    checks = checked(PAGE)
    assert not [c for c in checks if c.status is Status.FAIL], [c.message for c in checks if c.status is Status.FAIL]
    assert [c for c in checks if c.rule == "gf.calc.arithmetic" and c.status is Status.PASS]


def test_one_periods_two_copies_still_contradict() -> None:
    """Synthetic: the quarter's block printing the year's Total Assets under the quarter's own tag of Jun. 2012 beside
    the ratio's 'Total Assets (Q: Jun. 2012 )' of 186.388 is one quantity stated twice, and they disagree."""
    checks = checked(PAGE, ("Operating Assets(Q: Sep. 2012 )", "Operating Assets(Q: Jun. 2012 )"))
    assert [c for c in checks if c.rule == "gf.restated" and c.status is Status.FAIL and "186.388" in c.message]
