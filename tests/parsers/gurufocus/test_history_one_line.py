"""The 2019 one-line history layout: header, periods, label and cells on one line (round-32 ghd F3, NAS:COST).

' Costco Wholesale Annual Data Aug09 … Aug18 Total Stockholders Equity 12,303.00 … 12,799.00' was dropped in silence:
no series, no note, so the quarterly row's May19 14,486.00 never met the headline's USD 14,486 Mil."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked, parsed

from quotecheck.parsers import Frequency, Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_total-equity_NAS-COST_2019.txt"


def test_both_one_line_rows_are_read_right_aligned_to_their_periods() -> None:
    doc = parsed(PAGE)
    rows = {s.frequency: [(p.period, p.value.text if p.value else None) for p in s.points] for s in doc.series}
    assert rows[Frequency.ANNUAL][-5:] == [("2014-08", "12,303.00"), ("2015-08", "10,617.00"), ("2016-08", "12,079.00"),
                                           ("2017-08", "10,778.00"), ("2018-08", "12,799.00")]
    assert rows[Frequency.QUARTERLY][-1] == ("2019-05", "14,486.00")


def test_the_quarters_row_meets_the_headline() -> None:
    subject = "total_stockholders_equity (2019-05, quarterly)"
    [check] = [c for c in checked(PAGE) if c.rule == "gf.restated" and c.subject == subject]
    assert check.status is Status.PASS and 16 in check.lines()
    edited = checked(PAGE, ("13,858.00 14,486.00", "13,858.00 14,586.00"))  # synthetic: the row's May19 edited
    [check] = [c for c in edited if c.rule == "gf.restated" and c.subject == subject]
    assert check.status is Status.FAIL and 16 in check.lines()
