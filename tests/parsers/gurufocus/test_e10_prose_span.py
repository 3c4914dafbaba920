"""The value a divisor sentence works out ('… will get our e10, which is HK$-0.01 for the trailing ten years ended in
Jun. 2024') is of the span of the adjusted value its line states for that month (round-41 tester wh F3: a half-year
reporter's prose E10 was filed under no span and, beside a semi-annual row, compared with nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest
from page_edits import checked, edited

from quotecheck.parsers import Frequency, Status, parse_text

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
SEEDS = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds"
HKE = REAL / "gurufocus_e10_HKSE-01726.txt"
NAURA = SEEDS / "003_b9acf76c90166648.txt"  # its e10 sentence on line 12


@pytest.mark.parametrize(("page", "line", "frequency"), [(HKE, 14, Frequency.ANNUAL), (NAURA, 12, Frequency.QUARTERLY)],
                         ids=["fiscal-year", "quarter"])
def test_the_prose_e10_takes_its_lines_span(page: Path, line: int, frequency: Frequency) -> None:
    doc = parse_text(page.read_text(encoding="utf-8"), source=str(page))
    [e10] = [f for f in doc.facts if f.metric == "e10" and f.line == line and f.context == "prose"]
    assert e10.period is not None and e10.period.frequency is frequency


@pytest.mark.parametrize(("edits", "status"), [
    ((), Status.PASS),
    ((("which is HK$-0.01 for the trailing", "which is HK$-0.03 for the trailing"),), Status.FAIL),
])
def test_a_half_year_reporters_prose_e10_is_compared_with_the_years(edits: tuple[tuple[str, str], ...], status: Status) -> None:
    found = [c for c in checked(HKE, *edits) if c.rule == "gf.restated" and (c.subject or "").startswith("e10 (2024-06")]
    assert [c.status for c in found] == [status]
    assert "(line 14, prose)" in found[0].message


def test_a_line_without_the_adjusted_value_leaves_the_span_unstated() -> None:
    text = edited(HKE, ("adjusted earnings per share data for the fiscal year that ended in Jun. 2024 was HK$-0.069. ", ""))
    doc = parse_text(text, source="synthetic")
    [e10] = [f for f in doc.facts if f.metric == "e10" and f.line == 14]
    assert e10.period is not None and e10.period.frequency is None
