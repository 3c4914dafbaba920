"""Round-10 prose findings on real pages (fixtures/gurufocus/realpages, from testers gfa and gfb): a label that names
its period twice ('Tangible Book per Share of Dec. 2023 for the quarter …'), the site's 'Sharefor', and a security
name ending in '.' inside the PB sentence. Edited variants are synthetic and say so."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, parsed

from quotecheck.parsers import Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
PTB = REAL / "gurufocus_p2tangible_book_HKSE-01476.txt"
WTSP = REAL / "gurufocus_book-value-per-share_BSP-WTSP11B.txt"


def _facts(page: Path, line: int, *edits: tuple[str, str]) -> dict[str, str]:
    return {f.metric: f.value.text for f in parsed(page, *edits).facts if f.line == line and f.value is not None}


def _calc(page: Path, line: int, *edits: tuple[str, str]) -> list[Status]:
    return [c.status for c in checked(page, *edits)
            if c.rule == "gf.calc.prose" and c.quoted is not None and c.quoted.line == line]


def test_a_label_that_names_its_period_keeps_the_label_not_the_year() -> None:
    """Line 12: 'Tangible Book per Share of Dec. 2023 for the quarter that ended in Dec. 2023 was HK$3.29' was filed
    under the metric '2023'."""
    facts = _facts(PTB, 12)
    assert facts.get("tangible_book_per_share") == "HK$3.29", facts
    assert not [m for m in facts if m.isdigit()]


def test_sharefor_states_the_book_value_and_the_pb_calculation_passes() -> None:
    """Line 27: 'Book Value per Sharefor the quarter that ended in Dec. 2023 was HK$3.38' (the site's missing blank)."""
    assert _facts(PTB, 27).get("book_value_per_share") == "HK$3.38"
    assert _calc(PTB, 27) == [Status.PASS]


def test_sharefor_pb_calculation_fails_on_a_wrong_result() -> None:
    """Synthetic: the P/B result 0.55 moved to 0.65 (HK$1.85 / HK$3.38 is 0.547)."""
    assert _calc(PTB, 27, ("P/B Ratio of today is 0.55", "P/B Ratio of today is 0.65")) == [Status.FAIL]


@pytest.mark.parametrize(("result", "status"), [("0.48", Status.PASS), ("0.58", Status.FAIL)])
def test_a_name_ending_in_a_dot_keeps_the_pb_calculation(result: str, status: Status) -> None:
    """Line 18: '… today's PB Ratio of Fator Ore Asset Gestora de Recursosa. is 0.48.' (R$36.00 / R$74.65 = 0.482);
    the 0.58 variant is synthetic."""
    edit = ("Recursosa. is 0.48.", f"Recursosa. is {result}.")
    assert _calc(WTSP, 18, edit) == [status]
