"""A headline's 0.00 that the page's own paragraph shows is GuruFocus's stand-in (the paragraph prints 0.00% from
inputs that give another value, gf.calc.prose's warning) is not placed in the range, inside it or outside: on ASX:AHL
'0.00%' lay inside 'Min: 0 … Max: 12.45' and passed (round-43 tester va F2), where on TSE:2971 it lay outside and warned."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REALPAGES = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"

CASES = [
    # (page, edits, the headline's gf.range.current status)
    ("gurufocus_earning-yield-greenblatt_ASX-AHL.txt", (), Status.SKIP),  # 0.00% inside 0..12.45, inputs give 11.5%
    ("gurufocus_earning-yield-greenblatt_OTCPK-NFLDF.txt", (), Status.SKIP),  # inside -37411.84..7781.37, inputs -179%
    # synthetic: an EBIT of 0 gives the 0.00%: a value, placed in the range
    ("gurufocus_earning-yield-greenblatt_ASX-AHL.txt", (("EBIT for the trailing twelve months (TTM) ended in Dec. 2023 was "
                                                        "A$11.5 Mil.", "EBIT for the trailing twelve months (TTM) ended in "
                                                        "Dec. 2023 was A$0.0 Mil."),), Status.PASS),
]


@pytest.mark.parametrize(("name", "edits", "expected"), CASES)
def test_a_stand_in_headline_is_not_placed(name: str, edits: tuple[tuple[str, str], ...], expected: Status) -> None:
    checks = checked(REALPAGES / name, *edits)
    (result,) = [c for c in checks if c.rule == "gf.range.current" and c.quoted is not None and c.quoted.line in (3, 5)]
    assert result.status is expected
    if expected is Status.SKIP:
        assert "the paragraph that works it out prints 0.00%" in (result.reason or "")
        assert "(gf.calc.prose): a stand-in is not placed in the range" in (result.reason or "")
