"""The range box strips trailing zeros: 'Min: 0.4' beside the prose's 'The lowest was 0.40' (XTAE:YBOX, round-42
testers xg F1 and xc F2). The bound is the same number to two places, so the range starts at 0.395, not 0.35: a PB
of 0.36 (synthetic) lies below it and is a warning, where it passed 'within rounding'.

Every value of the box, Current included, is read so (``L.BOX_PLACES``, round-42 tester yd F1): the box's 'Current:
0.4' is 0.40, which a paragraph's result can rule out as it rules out the industry line's 0.40, and 'Max: 2.7' beside
a prose 'highest … was 2.74' is no agreement."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Context, Status, parse_file

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PAGE = REALPAGES / "gurufocus_pb-ratio_XTAE-YBOX.txt"
NWL = REALPAGES / "gurufocus_graham-number_JSE-NWL.txt"
JIACHENG = REALPAGES / "gurufocus_cyclically-adjusted-pb-ratio_SHSE-603535.txt"
BELOW = (("PB Ratio : 0.45 (As of", "PB Ratio : 0.36 (As of"), ("PB Ratio of today is 0.45.", "PB Ratio of today is 0.36."),
         ("share price is ₪0.674.", "share price is ₪0.536."), ("Current: 0.46", "Current: 0.36"))


def _placed(*edits: tuple[str, str]) -> dict[int, tuple[Status, str | None]]:
    return {c.quoted.line: (c.status, c.recomputed.lo if c.recomputed else None)
            for c in checked(PAGE, *edits) if c.rule == "gf.range.current" and c.quoted is not None}


def test_the_bound_is_the_proses_two_places() -> None:
    assert _placed() == {3: (Status.PASS, "0.395"), 16: (Status.PASS, "0.395")}


def test_a_value_below_the_stated_lowest_is_a_warning() -> None:
    assert {line: status for line, (status, _) in _placed(*BELOW).items()} == {3: Status.WARN, 16: Status.WARN}


@pytest.mark.parametrize("page", sorted(REALPAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_box_value_stands_for_two_places(page: Path) -> None:
    for fact in parse_file(page).facts:
        if fact.context is Context.RANGE and fact.value is not None and not fact.value.exact:
            iv = fact.value.interval()
            assert iv.hi - iv.lo == Decimal("0.01"), (fact.label, fact.value.text, fact.line)
            assert fact.value.places == (2 if fact.value.decimals < 2 else None)
            assert fact.value.text.endswith(fact.value.number_text)  # what it prints is kept as printed


def _restated(page: Path, subject: str, *edits: tuple[str, str]) -> tuple[Status, str]:
    found = [c for c in checked(page, *edits) if c.rule == "gf.restated" and c.subject == subject]
    assert len(found) == 1, [c.subject for c in checked(page, *edits) if c.rule == "gf.restated"]
    return found[0].status, found[0].message


def test_the_boxs_current_is_named_among_the_copies_the_inputs_rule_out() -> None:
    status, message = _restated(NWL, "price_to_graham_number (today)")
    assert status is Status.WARN
    assert "Current (line 20, range) and vs JSE:NWL (line 27, industry) cannot come from them" in message
    assert "Current (line 20, range) and vs JSE:NWL (line 27, industry) are computed by GuruFocus apart" in message


def test_the_boxs_current_alone_is_ruled_out() -> None:
    """Synthetic: the industry line's 0.40 made the paragraph's 0.41; the box's 'Current: 0.4' (0.40) still cannot be
    R28.94 / R71.01 = 0.4075..0.4076. It passed 'within rounding' when read as anything from 0.35 to 0.45."""
    status, message = _restated(NWL, "price_to_graham_number (today)", ("vs JSE:NWL: 0.40", "vs JSE:NWL: 0.41"))
    assert status is Status.WARN
    assert "and Current (line 20, range) cannot come from them" in message


def test_a_box_bound_and_a_prose_bound_two_places_apart_do_not_agree() -> None:
    """Synthetic: the prose's 'highest … was 2.70' made 2.74 beside the box's 'Max: 2.7' (2.70): not 'agrees within
    rounding' (the prose states no count of years, the box ten, so a warning, not a FAIL)."""
    subject = "cyclically_adjusted_pb_ratio.hist_max (stated, 10 years)"
    assert _restated(JIACHENG, subject)[0] is Status.PASS
    status, message = _restated(JIACHENG, subject, ("Ratio was 2.70.", "Ratio was 2.74."))
    assert status is Status.WARN
    assert "2.7 (line 15, range), 2.74 (line 18, prose)" in message
