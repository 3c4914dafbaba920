"""The range box strips trailing zeros: 'Min: 0.4' beside the prose's 'The lowest was 0.40' (XTAE:YBOX, round-42
testers xg F1 and xc F2). The bound is the same number to two places, so the range starts at 0.395, not 0.35: a PB
of 0.36 (synthetic) lies below it and is a warning, where it passed 'within rounding'."""

from __future__ import annotations

from pathlib import Path

from page_edits import checked

from quotecheck.parsers import Status

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages" / "gurufocus_pb-ratio_XTAE-YBOX.txt"
BELOW = (("PB Ratio : 0.45 (As of", "PB Ratio : 0.36 (As of"), ("PB Ratio of today is 0.45.", "PB Ratio of today is 0.36."),
         ("share price is ₪0.674.", "share price is ₪0.536."), ("Current: 0.46", "Current: 0.36"))


def _placed(*edits: tuple[str, str]) -> dict[int, tuple[Status, str | None]]:
    return {c.quoted.line: (c.status, c.recomputed.lo if c.recomputed else None)
            for c in checked(PAGE, *edits) if c.rule == "gf.range.current" and c.quoted is not None}


def test_the_bound_is_the_proses_two_places() -> None:
    assert _placed() == {3: (Status.PASS, "0.395"), 16: (Status.PASS, "0.395")}


def test_a_value_below_the_stated_lowest_is_a_warning() -> None:
    assert {line: status for line, (status, _) in _placed(*BELOW).items()} == {3: Status.WARN, 16: Status.WARN}
