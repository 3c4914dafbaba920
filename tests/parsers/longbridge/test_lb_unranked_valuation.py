"""A fund's Valuation Analysis has no industry ranking ('-'): it is still the valuation table (round-39 gtb F1).

SIZE.US (real, whole page) prints '| Dividend Yield | 1.44% | - | 1.53% | 1.48% | 1.46% |'. The table was read as of
unknown kind, the page gave no facts, and its current value below the printed Low went unsaid."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import audit, parse_text

PAGE = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge" / "realpages" / "SIZE.US.llms.txt"
ROW = "| Dividend Yield | 1.44% | - | 1.53% | 1.48% | 1.46% |"


def _doc(text: str):  # type: ignore[no-untyped-def]
    return parse_text(text, source=str(PAGE))


def test_an_unranked_valuation_row_gives_its_facts_and_its_range_is_checked() -> None:
    doc = _doc(PAGE.read_text(encoding="utf-8"))
    assert [t.id for t in doc.tables if t.id == "valuation"] == ["valuation"]
    assert not [n for n in doc.notes if n.code in ("table.unknown", "table.layout")]
    values = {f.id: (f.value.text if f.value else f.missing.value if f.missing else None) for f in doc.facts}
    assert values == {"valuation.dividend_yield": "1.44%", "valuation.dividend_yield.industry_rank": "dash",
                      "valuation.dividend_yield.high": "1.53%", "valuation.dividend_yield.median": "1.48%",
                      "valuation.dividend_yield.low": "1.46%"}
    (position,) = [c for c in audit(doc).checks if c.rule == "lb.range.position"]
    assert position.status.value == "warn" and "below the Low" in position.message
    assert "by 1.4% of the Low" in position.message  # a distance, not a signed '-1.4%' after 'below'


@pytest.mark.parametrize("title", ["## Company Profile", "## Other Table"])
def test_six_columns_and_a_dash_are_no_valuation_table_outside_its_section(title: str) -> None:
    """By shape alone a dash proves nothing: only under its own section title is such a table read as valuation."""
    text = PAGE.read_text(encoding="utf-8").replace("## Valuation Analysis", title)
    doc = _doc(text)
    assert not [t for t in doc.tables if t.id == "valuation"]
    assert not [f for f in doc.facts if f.id.startswith("valuation.")]


def test_a_ranked_row_beside_an_unranked_one_is_read_as_before() -> None:
    text = PAGE.read_text(encoding="utf-8").replace(ROW, ROW + " | PE (TTM) | 20.10 | 12 / 40 | 30.00 | 21.00 | 15.00 |")
    doc = _doc(text)
    ranks = {f.id: (f.value.text if f.value else None, f.unit.value) for f in doc.facts if f.id.endswith("industry_rank")}
    assert ranks == {"valuation.dividend_yield.industry_rank": (None, "rank"), "valuation.pe_ratio.industry_rank": ("12", "rank")}
