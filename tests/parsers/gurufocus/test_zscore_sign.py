"""The Good/Warning Sign line of a Z-Score page is read (round-42 testers xb F7, ya F1).

'Altman Z-score of 0.6 is in distress zone.' (NSA:NSTL), '… of 9.61 is strong.' (MSFT): a copy of the score computed
apart with the range box (on every real page seen it prints the box's Current, not the headline), and a zone verdict
judged by the page's zones. It was never read: a sign that contradicted its zone or its copies passed unseen."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
NSTL = REAL / "gurufocus_zscore_NSA-NSTL.txt"
MSFT = REAL / "gurufocus_zscore_MSFT.txt"


@pytest.mark.parametrize(("page", "line", "value"), [(NSTL, 16, "0.6"), (MSFT, 14, "9.61")])
def test_the_sign_is_a_copy_computed_apart(page: Path, line: int, value: str) -> None:
    (sign,) = [f for f in parsed(page).facts if f.id == "sign.altman_z_score"]
    assert (sign.line, sign.context, sign.value.text if sign.value else None) == (line, "sign", value)


@pytest.mark.parametrize(("page", "edit", "status"), [
    (NSTL, None, Status.PASS),
    (NSTL, ("of 0.6 is in distress zone", "of 0.6 is strong"), Status.FAIL),  # synthetic: the zone words contradict 0.6
    (MSFT, None, Status.PASS),
    (MSFT, ("of 9.61 is strong", "of 9.61 is in the grey area"), Status.FAIL),
])
def test_the_signs_zone_is_judged_by_the_pages_zones(page: Path, edit: tuple[str, str] | None, status: Status) -> None:
    line = 16 if page is NSTL else 14
    (check,) = [c for c in checked(page, *([edit] if edit else [])) if c.rule == "gf.score.verdict"
                and c.subject == f"altman z score zone (line {line})"]
    assert check.status is status


def _restated(*edits: tuple[str, str]):
    (check,) = [c for c in checked(NSTL, *edits) if c.rule == "gf.restated" and (c.subject or "").startswith("altman_z_score")]
    return check


def test_the_sign_and_the_box_against_the_headline_are_a_warning() -> None:
    """Computed apart with the box: the two against the headline and the verdict is no proof (synthetic edits)."""
    check = _restated(("of 0.6 is in distress zone", "of 0.9 is in distress zone"), ("Current: 0.6", "Current: 0.9"))
    assert check.status is Status.WARN and "(line 16, sign)" in check.message


def test_the_sign_against_the_box_fails() -> None:
    """Two copies computed apart alike that disagree: a proof, as the range's and the industry line's Current are."""
    check = _restated(("of 0.6 is in distress zone", "of 0.9 is in distress zone"))
    assert check.status is Status.FAIL
    assert check.message.endswith("the proof: Current (line 30, range) and Altman Z-score (line 16, sign) disagree among "
                                  "themselves")


def test_a_z2_sign_line_is_read_too() -> None:
    """Second read of round 42, F5: the gate looked for 'Z-score', which 'Altman Z2-score of …' does not hold (the bug
    fixed for 'Z2-Score' the same round). Synthetic: a sign line added to HKSE:01001's Altman Z2-Score page."""
    page = REAL / "gurufocus_z2score_HKSE-01001.txt"
    sign = "Warning Sign:\n\nAltman Z2-score of -0.31 is in distress zone.\n"
    (fact,) = [f for f in parsed(page, ("Warning Sign:\n", sign)).facts if f.id == "sign.altman_z2_score"]
    assert (fact.context, fact.value.text if fact.value else None) == ("sign", "-0.31")
