"""export: Parquet keeps decimals as decimals and dates as dates; CSV and JSON lines keep the exact text."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from quotecheck.cli import main

SEED = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds"


def test_export_round_trip(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    assert CliRunner().invoke(main, ["ingest", str(SEED), "--store", str(db), "--workers", "1"]).exit_code in (0, 1)
    out = tmp_path / "facts.parquet"
    r = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "facts", "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0, r.output
    table = pq.read_table(out)
    assert pa.types.is_decimal(table.schema.field("value").type)
    assert table.schema.field("period_end").type == pa.date32()
    rows = table.to_pylist()
    cpi = next(x for x in rows if x["fact_id"] == "table.cpi.2016-06" and x["text"] == "101.400")
    assert cpi["value"] == Decimal("101.400") and isinstance(cpi["value"], Decimal)
    assert cpi["period_end"] == date(2016, 6, 30)
    assert all(x["value"] is None or Decimal(x["value"]) == Decimal(x["value"]).quantize(Decimal(1).scaleb(-table.schema.field("value").type.scale))
               for x in rows)
    text = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "facts", "--format", "csv"]).stdout
    csv_rows = list(csv.DictReader(io.StringIO(text)))
    assert len(csv_rows) == len(rows)
    assert {r["text"] for r in csv_rows if r["fact_id"] == "current_cpi"} >= {"115.2271"}
    docs = [json.loads(x) for x in CliRunner().invoke(main, ["export", "--store", str(db), "--table", "documents", "--format", "jsonl"]).stdout.splitlines()]
    assert len(docs) == 4 and all(len(d["as_of"]) == 10 for d in docs)


def test_export_of_a_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    r = CliRunner().invoke(main, ["export", "--store", str(tmp_path / "none.db"), "--table", "facts", "--format", "csv"])
    assert r.exit_code == 2 and "no store at" in r.output  # 2: an unusable input, as everywhere; 1 means a check failed


def test_export_of_a_newer_quotecheck_store_is_refused_as_ingest_refuses_it(tmp_path: Path) -> None:
    """A store of a later schema was exported without a word, though ingest refuses it (round-33 new user NU2-14)."""
    import sqlite3

    db = tmp_path / "q.db"
    assert CliRunner().invoke(main, ["ingest", str(SEED), "--store", str(db), "--workers", "1"]).exit_code in (0, 1)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA user_version = 999")
    r = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "facts", "--format", "csv"])
    assert r.exit_code == 2 and "schema version 999" in r.output


def _wide_corpus(folder: Path) -> Path:
    """Two copies of a seed: one headline a 20-digit amount, the other a value of 13 decimals (synthetic)."""
    folder.mkdir()
    page = (SEED / "001_39c86e187c513272.txt").read_text(encoding="utf-8")
    (folder / "a.txt").write_text(page.replace("18.20", "99999999999999999999.99", 1), encoding="utf-8")
    (folder / "b.txt").write_text(page.replace("18.20", "0.0000000000123", 1), encoding="utf-8")
    return folder


def test_a_long_amount_beside_many_decimals_exports_exactly_in_every_format(tmp_path: Path) -> None:
    """Round-34 new user NU3-4: a 20-digit amount quantized to the 13 decimals of another value needs 33 digits, over
    Decimal's default 28: every format of 'export --table facts' crashed, left a header-only CSV or a stray '.part'."""
    db = tmp_path / "q.db"
    assert CliRunner().invoke(main, ["ingest", str(_wide_corpus(tmp_path / "pages")), "--store", str(db), "--workers", "1"]).exit_code in (0, 1)
    wanted = {Decimal("99999999999999999999.99"), Decimal("0.0000000000123")}
    out = tmp_path / "facts.parquet"
    r = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "facts", "--format", "parquet", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert wanted <= set(pq.read_table(out).column("value").to_pylist()) and not list(tmp_path.glob("*.part"))
    for fmt in ("csv", "jsonl"):
        res = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "facts", "--format", fmt])
        assert res.exit_code == 0, res.output
        assert "99999999999999999999.9900000000000" in res.stdout and "0.0000000000123" in res.stdout


def test_a_column_too_wide_for_decimal128_is_decimal256() -> None:
    from quotecheck._ingest._export import decimal_type, integer_digits

    assert [integer_digits(t) for t in ("-1234.5", "0.001", "99999999999999999999.99", "7")] == [4, 1, 20, 1]
    assert decimal_type(20, 13) == pa.decimal128(38, 13)
    assert decimal_type(28, 18) == pa.decimal256(76, 18)  # the parser's longest number beside the most decimals kept


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_an_export_replaces_only_its_own_earlier_output(tmp_path: Path, fmt: str) -> None:
    """Round-48 new user N3: --out naming a saved page overwrote it with CSV (audit --html refuses such a file). An
    earlier export of the table in that format is replaced; a page, another table's export, is refused untouched."""
    db = tmp_path / "q.db"
    assert CliRunner().invoke(main, ["ingest", str(SEED), "--store", str(db), "--workers", "1"]).exit_code in (0, 1)
    out = tmp_path / f"checks.{fmt}"

    def export(table: str) -> int:
        result = CliRunner().invoke(main, ["export", "--store", str(db), "--table", table, "--format", fmt, "--out", str(out)])
        return result.exit_code

    assert export("checks") == 0 and export("checks") == 0  # a new file, then its own earlier output
    first = out.read_bytes()
    assert export("documents") == 2 and out.read_bytes() == first  # another table's export is not replaced
    page = next(SEED.glob("*.txt")).read_bytes()
    out.write_bytes(page)
    result = CliRunner().invoke(main, ["export", "--store", str(db), "--table", "checks", "--format", fmt, "--out", str(out)])
    assert result.exit_code == 2 and "exists and is not a" in result.output and out.read_bytes() == page
    out.write_bytes(b"")
    assert export("checks") == 0  # an empty file is written
