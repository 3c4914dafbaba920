"""A sentence that prints a quantity without a number ('… graham number for the quarter that ended in Oct. 2023 was
₩N/A', 'the stock price of X is $.') gives one missing fact for it, not one per reader that met the line: the
calculation reader adds its input only where the line's own reader (the 'As of today' sentence's) has not."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from quotecheck.parsers import parse_file, parse_text

ROOT = Path(__file__).resolve().parents[3]
PAGES = sorted((ROOT / "fixtures" / "gurufocus").rglob("*.txt"))


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_a_line_states_a_missing_quantity_once_per_period(page: Path) -> None:
    doc = parse_file(page)
    missing: dict[tuple[int, str], list[str | None]] = defaultdict(list)
    for fact in doc.facts:
        if fact.value is None and fact.text_value is None:
            missing[(fact.line, fact.metric)].append(fact.period.end if fact.period else None)
    for (line, metric), ends in missing.items():
        # two blanks of one metric on one line are two quantities only when both carry periods, and different ones
        twice = len(ends) > 1 and (None in ends or len(set(ends)) < len(ends))
        assert not twice, f"line {line}: {metric} recorded {len(ends)} times as missing ({ends})"


def test_the_graham_number_na_is_one_fact_with_its_quarter() -> None:
    doc = parse_file(ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_graham-number_NZSE-PCT.txt")
    na = [f for f in doc.facts if f.metric == "graham_number" and f.value is None and f.context.value != "headline"]
    assert len(na) == 1 and na[0].period is not None and na[0].period.frequency is not None


def test_an_na_of_another_period_on_the_same_line_is_its_own_fact() -> None:
    """Synthetic (TSX:DF): a second 'was N/A%' sentence on the calculation's line, for the fiscal year, is a quantity of
    its own: kept beside the quarter's N/A input, not taken for a copy of it."""
    page = ROOT / "fixtures" / "gurufocus" / "realpages" / "gurufocus_effective-interest-rate_TSX-DF.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    n = next(i for i, line in enumerate(lines) if "Effective Interest Rate on Debt % for the" in line)
    lines[n] += (" Dividend 15 Split II's annualized Effective Interest Rate on Debt % for the fiscal year that ended in"
                 " Aug. 2024 was N/A%.")
    doc = parse_text("\n".join(lines), source="x")
    ends = {f.period.end for f in doc.facts if f.line == n + 1 and f.value is None and f.period is not None
            and f.metric == "effective_interest_rate_on_debt"}
    assert "2024-08" in ends and len(ends) == 2
