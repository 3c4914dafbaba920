"""Export a store table to Parquet, CSV or JSON lines, in batches (memory does not grow with the table).

Parquet keeps printed numbers as ``decimal128`` (scale = the most decimals
printed in the column, so every value is exact) and dates as ``date32``.
CSV and JSON lines write decimals as their exact text and dates as ISO dates.
"""

from __future__ import annotations

import calendar
import csv
import json
import os
import sqlite3
import sys
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Context, Decimal
from pathlib import Path
from typing import Any, Final, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from quotecheck._replaced_file import file_head, replacing

from ._store import StoreError, schema_version

TABLES: Final = ("documents", "securities", "facts", "calculations", "checks", "errors")
FORMATS: Final = ("parquet", "csv", "jsonl")
BATCH: Final = 10_000
MAX_SCALE: Final = 18

# Column kinds that are not plain text or integers: (table, column) -> "decimal" | "date" | "timestamp".
KINDS: Final[dict[tuple[str, str], str]] = {
    ("documents", "as_of"): "date",
    ("documents", "ingested_at"): "timestamp",
    ("facts", "value"): "decimal",
    ("facts", "as_of"): "date",
    ("facts", "period_end"): "date",
    ("calculations", "result_value"): "decimal",
    ("errors", "seen_at"): "timestamp",
}
DECIMAL_SCALE_FROM: Final = {("facts", "value"): "decimals"}


def to_date(text: str | None) -> date | None:
    """'YYYY-MM-DD…' as that date, 'YYYY-MM' as the month's last day; None when absent or not a date."""
    if not text:
        return None
    try:
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            return date(y, m, calendar.monthrange(y, m)[1])
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def decimal_type(integer_digits: int, scale: int) -> pa.DataType:
    """The Arrow decimal of a column whose values print at most ``integer_digits`` digits before the point and
    ``scale`` after it: decimal128 where both fit its 38 digits, else decimal256 (a 20-digit amount beside a value of
    13 decimals needed 33; the parser takes up to 28 digits a number and the scale goes to 18: round-34 NU3-4)."""
    return pa.decimal128(38, scale) if integer_digits + scale <= 38 else pa.decimal256(76, scale)


def integer_digits(text: str) -> int:
    """The digits before the point of a stored decimal's text ('-1234.5': 4)."""
    whole = text.split(".", 1)[0].lstrip("-+")
    return len(whole.lstrip("0")) or 1


def _integer_digits(conn: sqlite3.Connection, table: str, column: str) -> int:
    row = conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY "
                       f"(CASE WHEN instr({column}, '.') > 0 THEN instr({column}, '.') ELSE length({column}) + 1 END) "
                       f"- (substr({column}, 1, 1) = '-') DESC LIMIT 1").fetchone()
    return integer_digits(str(row[0])) if row is not None else 1


def _scale(conn: sqlite3.Connection, table: str, column: str) -> int:
    rows = conn.execute(f"SELECT {column} FROM {table} WHERE {column} IS NOT NULL AND instr({column}, '.') > 0 "
                        f"ORDER BY length({column}) - instr({column}, '.') DESC LIMIT 1").fetchone()
    if rows is None:
        return 0
    return min(MAX_SCALE, len(str(rows[0]).split(".")[1]))


def _schema(conn: sqlite3.Connection, table: str, columns: list[tuple[str, str]]) -> pa.Schema:
    fields = []
    for name, decl in columns:
        kind = KINDS.get((table, name))
        if kind == "decimal":
            typ: pa.DataType = decimal_type(_integer_digits(conn, table, name), _scale(conn, table, name))
        elif kind == "date":
            typ = pa.date32()
        elif kind == "timestamp":
            typ = pa.timestamp("s", tz="UTC")
        elif decl.upper().startswith("INTEGER"):
            typ = pa.int64()
        else:
            typ = pa.string()
        fields.append(pa.field(name, typ))
    return pa.schema(fields)


def convert(value: Any, typ: pa.DataType) -> Any:
    """A stored value (text) as the Python value of an Arrow type: Decimal at its scale, date, timestamp, or itself."""
    if value is None:
        return None
    if pa.types.is_decimal(typ):
        return Decimal(str(value)).quantize(Decimal(1).scaleb(-typ.scale), context=_WIDE)  # over 28 digits (NU3-4)
    if pa.types.is_date(typ):
        return to_date(str(value))
    if pa.types.is_timestamp(typ):
        return datetime.fromisoformat(str(value))
    return value


_WIDE = Context(prec=76)
"""A context as wide as decimal256: the default's 28 digits refused a 20-digit amount quantized to 13 decimals."""


def _batches(conn: sqlite3.Connection, table: str, schema: pa.Schema) -> Iterator[list[tuple[Any, ...]]]:
    cur = conn.execute(f"SELECT {', '.join(schema.names)} FROM {table} ORDER BY rowid")
    while rows := cur.fetchmany(BATCH):
        yield [tuple(convert(v, f.type) for v, f in zip(r, schema, strict=True)) for r in rows]


def open_store_read_only(path: Path) -> sqlite3.Connection:
    """The store, opened without writing."""
    if not path.is_file():
        raise StoreError(f"no store at {path}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        conn.execute("SELECT 1 FROM documents LIMIT 1").fetchall()
    except sqlite3.Error as exc:
        if os.access(path, os.W_OK) or not os.access(path, os.R_OK):
            raise StoreError(f"{path} is not a usable quotecheck store: {exc}") from exc
        # a store we may read but not write, in a folder we may not write: SQLite cannot make the WAL index it reads
        # through, so it is read as the unchanging file it is to us (nobody writes it through our permissions)
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
            conn.execute("SELECT 1 FROM documents LIMIT 1").fetchall()
        except sqlite3.Error as again:
            raise StoreError(f"{path} is not a usable quotecheck store: {again}") from again
    try:
        schema_version(conn)  # a newer quotecheck's store is refused, as ingest refuses it (NU2-14)
    except StoreError:
        conn.close()
        raise
    return conn


def table_schema(conn: sqlite3.Connection, table: str) -> pa.Schema:
    """The Arrow schema a store table exports with."""
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}; one of {', '.join(TABLES)}")
    columns = [(r[1], r[2]) for r in conn.execute(f"PRAGMA table_info({table})")]
    if table == "checks":
        columns = [c for c in columns if c[0] != "detail"] + [("detail", "TEXT")]
    return _schema(conn, table, columns)


def export(store: Path, table: str, fmt: str, out: Path | None) -> int:
    """Write one table of the store to ``out`` (stdout for csv/jsonl when None); return the rows written."""
    conn = open_store_read_only(store)
    try:
        schema = table_schema(conn, table)
        if out is not None:
            _refuse_other_file(out, table, fmt, schema)
        if fmt == "parquet":
            if out is None:
                raise StoreError("parquet needs --out FILE")
            return _parquet(conn, table, schema, out)
        if out is None:
            return _text(conn, table, schema, fmt, sys.stdout)
        if not out.exists() or out.is_file():
            return _text_file(conn, table, schema, fmt, out)
        with out.open("w", encoding="utf-8", newline="") as handle:  # a device or a FIFO: streamed into
            return _text(conn, table, schema, fmt, handle)
    finally:
        conn.close()


def _refuse_other_file(out: Path, table: str, fmt: str, schema: pa.Schema) -> None:
    """StoreError, before anything is written, for an ``out`` that is a file of something else than an export of this
    table in this format (a page, notes, another table's export): an export replaces only its own earlier output, as
    ``audit --html`` replaces only a report (round-48 new user N3: a saved page given as --out became CSV). An empty
    file, a device or a FIFO, or no file yet, is written."""
    head = file_head(out, 4 if fmt == "parquet" else _HEAD_BYTES)
    if not head:  # no file, an empty one, a device or a FIFO; or one the write will report
        return
    if fmt == "parquet":
        try:
            own = head.startswith(b"PAR1") and pq.read_schema(out).names == schema.names
        except (pa.ArrowException, OSError):
            own = False
    else:
        first = head.split(b"\n", 1)[0].rstrip(b"\r").decode("utf-8", "replace")
        if fmt == "csv":
            own = first == ",".join(schema.names)
        else:
            try:
                row = json.loads(first)
            except ValueError:
                row = None
            own = isinstance(row, dict) and list(row) == list(schema.names)
    if not own:
        raise StoreError(f"--out {out} exists and is not a {fmt} export of the {table} table: give another path, or "
                         "remove the file first")


_HEAD_BYTES: Final = 1 << 20
"""How much of an existing --out is read to tell an earlier export (its header or first row) from another file."""


def _text_file(conn: sqlite3.Connection, table: str, schema: pa.Schema, fmt: str, out: Path) -> int:
    """A csv or jsonl export written whole and renamed into place, as Parquet's: what was at ``out`` stays whole
    until the export is (round-35 new user NU4-6: it was cut to nothing first, and left so by a failed export)."""
    with replacing(out) as tmp, tmp.open("w", encoding="utf-8", newline="") as handle:
        return _text(conn, table, schema, fmt, handle)


def _parquet(conn: sqlite3.Connection, table: str, schema: pa.Schema, out: Path) -> int:
    n = 0
    # never a stray temporary file (round-34 NU3-4); what was at ``out`` is left as it was
    with replacing(out) as tmp, pq.ParquetWriter(tmp, schema) as writer:
        for rows in _batches(conn, table, schema):
            cols = list(zip(*rows, strict=True))
            writer.write_table(pa.table([pa.array(list(c), type=f.type) for c, f in zip(cols, schema, strict=True)], schema=schema))
            n += len(rows)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _plain(v: Any) -> Any:
    if isinstance(v, Decimal):
        return format(v, "f")
    if isinstance(v, date):
        return v.isoformat()
    return v


def _text(conn: sqlite3.Connection, table: str, schema: pa.Schema, fmt: str, handle: TextIO) -> int:
    n = 0
    writer = csv.writer(handle) if fmt == "csv" else None
    if writer:
        writer.writerow(schema.names)
    for rows in _batches(conn, table, schema):
        for r in rows:
            plain = [_plain(v) for v in r]
            if writer:
                writer.writerow(plain)
            else:
                handle.write(json.dumps(dict(zip(schema.names, plain, strict=True)), ensure_ascii=False) + "\n")
        n += len(rows)
    return n
