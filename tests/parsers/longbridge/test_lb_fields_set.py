"""What a Longbridge fact or cell says it was given (``model_fields_set``, what ``exclude_unset`` keeps) does not
change with how the parser builds it: a fact is given every field by name; a cell its text, and its number or
why it has none, never both."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import parse_file

ROOT = Path(__file__).resolve().parents[3] / "fixtures" / "longbridge"
PAGES = sorted(p for p in ROOT.rglob("*") if p.suffix in {".md", ".txt"} and not p.name.upper().startswith("README"))
FACT_FIELDS = {"id", "metric", "label", "value", "text_value", "total", "missing", "unit", "context", "line", "raw", "as_of"}
PERIOD_FACT_FIELDS = FACT_FIELDS | {"period", "period_text"}


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_fields_set_of_facts_and_cells(page: Path) -> None:
    doc = parse_file(page)
    # a fact of a period column (a Financial Reports page's statements, dividends) also sets its period
    assert all(f.model_fields_set == (FACT_FIELDS if f.period_text is None else PERIOD_FACT_FIELDS) for f in doc.facts)
    for c in (c for t in doc.tables for r in t.rows for c in r.cells):
        assert c.model_fields_set in ({"text"}, {"text", "number"}, {"text", "missing"}), c


def test_the_pages_have_facts_and_both_kinds_of_cells() -> None:
    """The checks above are not vacuous."""
    docs = [parse_file(p) for p in PAGES]
    cells = [c for d in docs for t in d.tables for r in t.rows for c in r.cells]
    assert sum(len(d.facts) for d in docs) > 500
    assert any(c.missing is not None for c in cells) and any(c.number is not None for c in cells)
