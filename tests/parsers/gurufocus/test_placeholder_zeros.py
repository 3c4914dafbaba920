"""GuruFocus prints 0.00 for a value it does not have: where the formula that builds the value has blank inputs
('Revenue per Share … was RSD.'), or what is built from it is blank, 0.00 is 'not available'. It is warned about,
and copies of it are neither agreement nor contradiction. Real pages (fixtures/gurufocus/realpages); the edited
variants are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
XBEL = REAL / "gurufocus_medpsvalue_XBEL-MDPR.txt"




def test_a_zero_built_from_blank_inputs_is_not_available() -> None:
    """Median PS Value RSD0.00 (line 5) from 'Revenue per Share … was RSD.' and 'median PS Ratio is .' (line 14)."""
    checks = checked(XBEL)
    (warn,) = [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert warn.status is Status.WARN and "line 14" in warn.message and "input" in warn.message
    restated = [c for c in checks if c.rule == "gf.restated"]
    assert restated and all(c.status is Status.SKIP for c in restated), [(c.status, c.message) for c in restated]


def test_filled_inputs_make_the_zero_a_value_again() -> None:
    """Synthetic: with the inputs printed, 0.00 is a value like any other, and its copies are compared."""
    checks = checked(XBEL, ("ended in . 20 was RSD.", "ended in Dec. 2023 was RSD10.00."),
                     ("10-Year median PS Ratio is .", "10-Year median PS Ratio is 0.00."))
    assert not [c for c in checks if c.rule == "gf.zero_placeholder"]
    assert [c for c in checks if c.rule == "gf.restated" and c.status is Status.PASS]


@pytest.mark.parametrize("page", ["gurufocus_ev_USMO.txt", "gurufocus_e10_ELRE.txt", "gurufocus_shillerpe_CMVT.txt"])
def test_copies_of_a_placeholder_zero_are_not_an_agreement(page: str) -> None:
    checks = checked(REAL / page)
    assert [c for c in checks if c.rule == "gf.zero_placeholder" and c.status is Status.WARN]
    restated = [c for c in checks if c.rule == "gf.restated" and "0.00" in c.message]
    assert restated and all(c.status is Status.SKIP for c in restated)
