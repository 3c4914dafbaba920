"""gf.row.adjusted on data tables a library user builds or loads: a table with no rows yields no row check and no
crashed rule, whatever its columns (round-51 second read: the column names read before the rows failed on one with
three). Page: the E10 seed (fixtures/gurufocus/seeds/001_…); the edited documents are synthetic."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotecheck.parsers import Document, Status, audit, parse_file

SEED = Path(__file__).resolve().parents[3] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"


def _with_data_table(columns: slice, rows: slice) -> Document:
    doc = parse_file(SEED)
    data = Document.model_validate_json(doc.model_dump_json())  # loaded back, as a library user holds one
    table = next(t for t in data.tables if t.id.startswith("data."))
    table.columns, table.rows = table.columns[columns], table.rows[rows]
    return data


def test_the_seed_checks_its_rows() -> None:
    checks = [c for c in audit(_with_data_table(slice(None), slice(None))).checks if c.rule == "gf.row.adjusted"]
    assert len(checks) >= 10 and {c.status for c in checks} == {Status.PASS}


@pytest.mark.parametrize("columns", [slice(None), slice(3), slice(0)])
def test_a_table_without_rows_checks_nothing_and_crashes_nothing(columns: slice) -> None:
    checks = audit(_with_data_table(columns, slice(0))).checks
    assert not [c for c in checks if c.status is Status.ERROR]
    assert not [c for c in checks if c.rule == "gf.row.adjusted"]
