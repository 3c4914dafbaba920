"""Why an M-Score's number line is not checked names the formula's lines as such and the right cause (round-38 gsd F5).

JSE:LNF's page ends inside the formula's second number line; HKSE:00665's prints its number lines with blank index
values. Both skips had read 'the substituted numbers on line(s) [40, 42] are blank', naming the formula's own lines."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"


@pytest.mark.parametrize(("name", "reason"), [
    ("gurufocus_mscore_JSE-LNF.txt", "the page is cut off inside the formula of lines 40 and 42 (it ends at line 43), "
                                     "before its substituted numbers are whole"),
    ("gurufocus_mscore_HKSE-00665.txt", "the index values substituted below the formula of lines 32 and 34 are blank"),
])
def test_the_number_lines_skip_says_why(name: str, reason: str) -> None:
    (skip,) = [c for c in checked(REAL / name) if c.rule == "gf.mscore.coefficient" and c.subject == "M-score number line"]
    assert skip.status is Status.SKIP and skip.reason == reason and "[" not in reason
