"""A formula block's heading names its period ('… for the fiscal year that ended in Mar. 2024 is calculated as'): its
inputs and result are of that period and frequency, not the page's current one (round 9, COGS-to-Revenue pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_file, parse_text
from quotecheck.parsers._models import Frequency, Status

REAL = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "realpages"
COVCF = REAL / "gurufocus_cogs-to-revenue_OTCPK-COVCF.txt"
INIKF = REAL / "gurufocus_cogs-to-revenue_OTCPK-INIKF.txt"

# (page, line, metric, period end, frequency): what the page's own headings say each calculation line is for.
CASES = [
    (COVCF, 44, "cost_of_goods_sold", "2024-03", Frequency.ANNUAL),
    (COVCF, 44, "revenue", "2024-03", Frequency.ANNUAL),
    (COVCF, 45, "cogs_to_revenue", "2024-03", Frequency.ANNUAL),
    (COVCF, 50, "cost_of_goods_sold", "2023-12", Frequency.QUARTERLY),
    (COVCF, 51, "cogs_to_revenue", "2023-12", Frequency.QUARTERLY),
    (INIKF, 44, "revenue", "2023-12", Frequency.ANNUAL),
    (INIKF, 45, "cogs_to_revenue", "2023-12", Frequency.ANNUAL),
]


@pytest.mark.parametrize(("page", "line", "metric", "end", "frequency"), CASES, ids=[f"{c[0].stem[-5:]}-{c[1]}-{c[2]}" for c in CASES])
def test_calculation_facts_take_their_headings_period(page: Path, line: int, metric: str, end: str, frequency: Frequency) -> None:
    doc = parse_file(page)
    facts = [f for f in doc.facts if f.line == line and f.metric == metric and f.context == "calculation"]
    assert len(facts) == 1, facts
    assert facts[0].period is not None and (facts[0].period.end, facts[0].period.frequency) == (end, frequency)


@pytest.mark.parametrize("page", [COVCF, INIKF], ids=["COVCF", "INIKF"])
def test_the_years_inputs_are_not_the_quarters_copies(page: Path) -> None:
    """The fiscal year's 107.984 / 201.35 are not the quarter's $26.3 Mil / $48.3 Mil: no FAIL, and the quarter's
    copies still meet (26.334 vs $26.3 Mil)."""
    checks = audit(parse_file(page)).checks
    assert not [c for c in checks if c.status is Status.FAIL], [c.message for c in checks if c.status is Status.FAIL]
    if page is COVCF:
        cogs = [c for c in checks if c.rule == "gf.restated" and c.subject.startswith("cost_of_goods_sold")]
        assert [c.status for c in cogs] == [Status.PASS] and "26.334" in cogs[0].message


def test_without_its_heading_a_block_is_of_the_current_period() -> None:
    """The heading is what moves the block: with it gone, the block's inputs are the page's current period again."""
    text = COVCF.read_text(encoding="utf-8")
    heading = "Cover's COGS to Revenue for the fiscal year that ended in Mar. 2024 is calculated as"
    assert heading in text
    doc = parse_text(text.replace(heading, "Cover's COGS to Revenue is calculated as"), source="edited")
    fact = next(f for f in doc.facts if f.line == 44 and f.metric == "revenue")
    assert fact.period is not None and fact.period.end == "2023-12" and fact.period.frequency is None
