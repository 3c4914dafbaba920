"""The embedded store: one SQLite file, versioned migrations, one transaction per document.

Only the writer (the main process) opens it for writing. A document's rows,
its securities and its comparable facts are committed together, so a SIGKILL
leaves every document either fully written or absent; the content hash is
unique, so a rerun skips what is there and writes nothing for it.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from quotecheck.parsers import CheckResult, InputError, QuotecheckError

from ._index import FactIndex
from ._migrations import MIGRATIONS

DEFAULT_STORE: Final = "quotecheck.db"


class StoreError(QuotecheckError):
    """The store cannot be opened, migrated or written."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the store lacks, each in its own transaction; return the version."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise StoreError(f"the store has schema version {version}; this quotecheck understands {len(MIGRATIONS)}")
    for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
        conn.execute("BEGIN")
        try:
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return len(MIGRATIONS)


def _statements(script: str) -> list[str]:
    parts, buf = [], ""
    for piece in script.split(";"):
        buf += piece + ";"
        if sqlite3.complete_statement(buf):
            if buf.strip(" \n;"):
                parts.append(buf)
            buf = ""
    return parts


class Store:
    """A quotecheck store (``quotecheck.db``); use as a context manager."""

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses no committed row
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path} is not a usable quotecheck store: {exc}") from exc
        self.index = FactIndex(self.conn)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the store (everything is committed already)."""
        self.conn.close()

    def known(self, sha256: str) -> bool:
        """True when this content was ingested or quarantined before."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE sha256 = ? UNION ALL SELECT 1 FROM errors WHERE sha256 = ? LIMIT 1",
                                (sha256, sha256)).fetchone()
        return row is not None

    def write_document(self, rows: dict[str, Any]) -> bool:
        """Commit one document's rows in one transaction; False (and nothing written) if its hash is already stored."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            if c.execute("SELECT 1 FROM documents WHERE sha256 = ?", (rows["sha256"],)).fetchone():
                c.execute("ROLLBACK")
                return False
            version = c.execute("SELECT COUNT(*) FROM documents WHERE source = ?", (rows["source"],)).fetchone()[0] + 1
            cur = c.execute(
                "INSERT INTO documents (sha256, source, url, version, site, kind, term, security_id, as_of, line_count, facts, checks, ingested_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (rows["sha256"], rows["source"], rows["url"], version, rows["site"], rows["kind"], rows["term"], rows["security_id"],
                 rows["as_of"], rows["line_count"], len(rows["facts"]), len(rows["checks"]), _now()))
            doc_id = cur.lastrowid
            if rows["security_id"]:
                name, exchange, ticker, symbols = rows["security"]
                c.execute("INSERT OR IGNORE INTO securities (id, name, exchange, ticker, symbols, first_document) VALUES (?, ?, ?, ?, ?, ?)",
                          (rows["security_id"], name, exchange, ticker, json.dumps(symbols, sort_keys=True), doc_id))
            c.executemany(f"INSERT INTO facts VALUES ({doc_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["facts"])
            c.executemany(f"INSERT INTO calculations VALUES ({doc_id}, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows["calcs"])
            c.executemany(f"INSERT INTO checks VALUES ({doc_id}, ?, ?, ?, ?, ?, ?, ?)", rows["checks"])
            self.index.add(rows["cross"], doc_id)
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return True

    def quarantine(self, err: InputError, sha256: str = "", url: str | None = None) -> bool:
        """Record an input that could not be used; False when it was recorded before."""
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO errors (source, sha256, url, line, error, message, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (err.path, sha256, url, err.line, err.error, err.message, _now()))
        return cur.rowcount > 0

    def replace_cross_checks(self, checks: Iterable[CheckResult]) -> Counter[str]:
        """Replace the checks across documents (consumed one at a time) in one transaction; return them counted by status."""
        c = self.conn
        c.execute("BEGIN IMMEDIATE")
        try:
            c.execute("DELETE FROM checks WHERE document_id IS NULL")
            n: Counter[str] = Counter()
            for r in checks:
                line = r.quoted.line if r.quoted else None
                path = r.quoted.path if r.quoted else None
                c.execute("INSERT INTO checks VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)",
                          (r.rule, r.status.value, r.subject, r.message, path, line, r.model_dump_json(exclude_none=True)))
                n[r.status.value] += 1
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return n

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("documents", "securities", "facts", "calculations", "checks", "errors", "cross_index")}
