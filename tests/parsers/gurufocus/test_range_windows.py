"""A longer window's range holds a shorter one's that ends with it (round-42 testers zb F1, xb F6, zd F4): the prose's
11-year highest is no lower than the box's 10-year Max, its lowest no higher than the box's Min. A breach is a
warning (GuruFocus does not say both are of one series), never a FAIL; a range printed once per window with the
same numbers is one range, and a window the page does not state is not compared. Synthetic variants of XTAE:YBOX."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
YBOX = REALPAGES / "gurufocus_pb-ratio_XTAE-YBOX.txt"  # box 'Min: 0.4 Med: 0.69 Max: 1.42' (10 years), prose over 11
JIACHENG = REALPAGES / "gurufocus_cyclically-adjusted-pb-ratio_SHSE-603535.txt"  # prose 'During the past years'

HI, LO, MED = "pb_ratio highest over 10 and 11 years", "pb_ratio lowest over 10 and 11 years", "pb_ratio median over 10 and 11 years"
CASES = [
    # (page, edit of the prose, {subject: status})
    (YBOX, None, {}),  # the same numbers: one range, nothing to nest
    (YBOX, ("highest PB Ratio was 1.42.", "highest PB Ratio was 1.38."), {HI: Status.WARN, LO: Status.PASS, MED: Status.PASS}),
    # nests, but GuruFocus prints the same numbers in both (2,068 of 2,068 real pairs): worth a look (round-43 ve F1)
    (YBOX, ("highest PB Ratio was 1.42.", "highest PB Ratio was 1.55."), {HI: Status.WARN, LO: Status.PASS, MED: Status.PASS}),
    (YBOX, ("The lowest was 0.40.", "The lowest was 0.45."), {HI: Status.PASS, LO: Status.WARN, MED: Status.PASS}),
    (YBOX, ("And the median was 0.69.", "And the median was 0.96."), {HI: Status.PASS, LO: Status.PASS, MED: Status.WARN}),
    (YBOX, ("highest PB Ratio was 1.42.", "highest PB Ratio was 1.415."), {  # 1.42 in the box may be 1.415: agree
        HI: Status.PASS, LO: Status.PASS, MED: Status.PASS}),
    (JIACHENG, ("Ratio was 2.70.", "Ratio was 2.64."), {}),  # 'the past years': no window to nest
]


@pytest.mark.parametrize(("page", "edit", "expected"), CASES, ids=lambda v: v.stem if isinstance(v, Path) else None)
def test_windows_nest(page: Path, edit: tuple[str, str] | None, expected: dict[str, Status]) -> None:
    found = {c.subject: c.status for c in checked(page, *([edit] if edit else [])) if c.rule == "gf.range.windows"}
    assert found == expected


def test_a_breach_names_both_windows_and_says_why_it_is_no_proof() -> None:
    (result,) = [c for c in checked(YBOX, ("highest PB Ratio was 1.42.", "highest PB Ratio was 1.38."))
                 if c.rule == "gf.range.windows" and c.status is Status.WARN]
    assert result.message.startswith("pb_ratio highest over 10 and 11 years: the 11-year highest 1.38 (line 18, prose) and "
                                     "the 10-year highest 1.42 (line 15, range) differ: a window of 11 years holds the 10 "
                                     "years that end with it, so its highest cannot be below theirs")
    assert "not a proof" in result.message and result.reason and result.quoted and result.quoted.line == 18
    assert [q.line for q in result.inputs] == [15]


def test_a_window_of_0_years_is_no_window() -> None:
    """'During the past 0 years' (XKRX:453340, a 2023 listing, round-43 tester vb F2) is GuruFocus's unfilled count: the
    sentence's values are of years it does not state, so no window is nested, and a note says why. Synthetic on YBOX."""
    from page_edits import parsed

    edits = (("During the past 11 years, Ybox", "During the past 0 years, Ybox"), ("highest PB Ratio was 1.42.", "highest PB Ratio was 1.38."))
    doc = parsed(YBOX, *edits)
    prose = [f for f in doc.facts if f.id.startswith("prose.pb_ratio.hist_")]
    assert len(prose) == 3 and {(f.window_years, f.period_text) for f in prose} == {(None, "past years")}
    assert [n.line for n in doc.notes if n.code == "window_unfilled"] == [18]
    assert not [c for c in checked(YBOX, *edits) if c.rule == "gf.range.windows"]
