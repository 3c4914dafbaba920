"""What the store keeps of a page: each fact's printed scale (round-32 tester ghc F1), and the page's address (ghe F9).

'| Operating CF | -20.24M | 6.29M | 116354.00 | …' was stored as 6.29 and 116354 with no scale, so one quarter read
18,500 times the next; 'Market Cap | 833.42M' read as 833.42 USD. The facts table carries each value's
``scale_factor`` (its printed unit times it is the amount), in the store, in every export format, and in a store
written before the column existed (its rows keep NULL: quotecheck does not guess their scale again)."""

from __future__ import annotations

import csv
import shutil
import sqlite3
from decimal import Decimal
from pathlib import Path

import pyarrow.parquet as pq

from quotecheck._ingest import Store, ingest
from quotecheck._ingest._export import export
from quotecheck._ingest._migrations import MIGRATIONS

PAGE = Path(__file__).resolve().parents[2] / "fixtures" / "longbridge" / "realpages" / "002726.SZ.norm-llms.txt"
"""A Financial Reports page whose statement rows print 2.88B beside 33.91M and bare amounts."""


def _store(tmp_path: Path) -> Path:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(PAGE, pages / PAGE.name)
    db = tmp_path / "q.db"
    ingest([pages], db, workers=1)
    return db


def _amounts(rows: list[tuple[str, str | None, int | None]]) -> dict[str, Decimal]:
    return {text: Decimal(value) * scale for text, value, scale in rows if value is not None and scale is not None}


def test_each_stored_value_carries_its_printed_scale(tmp_path: Path) -> None:
    conn = sqlite3.connect(_store(tmp_path))
    rows = conn.execute("SELECT text, value, scale_factor FROM facts WHERE value IS NOT NULL").fetchall()
    assert rows and all(scale is not None for _, _, scale in rows)
    by_suffix = {text[-1]: scale for text, _, scale in rows if text[-1] in "KMBT万亿"}
    assert by_suffix.get("B") == 10**9 and by_suffix.get("M") == 10**6
    for text, value, scale in rows:  # the amount is the printed value times the scale, whatever the scale
        if text.endswith("B"):
            assert Decimal(value) * scale == Decimal(text.rstrip("B").replace(",", "")) * 10**9
    unscaled = [(t, s) for t, _, s in rows if t[-1].isdigit() or t.endswith("%")]
    assert unscaled and all(s == 1 for _, s in unscaled)


def test_every_export_format_has_the_scale(tmp_path: Path) -> None:
    db = _store(tmp_path)
    export(db, "facts", "csv", tmp_path / "f.csv")
    with (tmp_path / "f.csv").open(encoding="utf-8") as fh:
        got = [(r["text"], r["value"] or None, int(r["scale_factor"]) if r["scale_factor"] else None) for r in csv.DictReader(fh)]
    export(db, "facts", "parquet", tmp_path / "f.parquet")
    table = pq.read_table(tmp_path / "f.parquet").to_pydict()
    from_parquet = [(t, None if v is None else str(v), s) for t, v, s in zip(table["text"], table["value"], table["scale_factor"], strict=True)]
    assert _amounts(got) == _amounts(from_parquet) and any(a >= 10**9 for a in _amounts(got).values())


def test_a_store_written_before_the_column_gains_it_empty(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:2]:
        conn.executescript(script)
    conn.execute("PRAGMA user_version = 2")
    conn.execute("INSERT INTO documents VALUES (1, ?, 's', NULL, 1, 'longbridge', 'quote_page', NULL, NULL, NULL, 1, 1, 0, 't')",
                 ("0" * 64,))
    conn.execute("INSERT INTO facts VALUES (1, 'f', 'revenue', 'Revenue', '6.29', '6.29M', 2, 'CNY', 'currency_amount', "
                 "NULL, NULL, NULL, 'table', 3)")
    conn.commit()
    conn.close()
    Store(db).close()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("SELECT value, text, scale_factor FROM facts").fetchall() == [("6.29", "6.29M", None)]


def test_a_page_files_own_url_is_stored(tmp_path: Path) -> None:
    """A page file names its address on its 'url:' line; the documents table stored NULL for every such page
    (round-32 tester ghe F9)."""
    conn = sqlite3.connect(_store(tmp_path))
    assert conn.execute("SELECT url FROM documents").fetchall() == [("https://longbridge.com/en/quote/002726.SZ/norm/llms.txt",)]
