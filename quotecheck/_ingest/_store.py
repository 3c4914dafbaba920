"""The embedded store: one SQLite file, versioned migrations, each document all-or-nothing.

Only the writer (the main process) opens it for writing. A document's rows,
its securities and its comparable facts are written inside one SAVEPOINT, and
several documents share one transaction (a batch, committed every
``BATCH_DOCS`` documents or ``BATCH_SECONDS``): a commit per page would make the
single writer the bottleneck of the pool. A SIGKILL loses at most the open
batch, whose documents are then absent, never half-written; the content hash is
unique, so a rerun skips what is there and writes nothing for it.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final

from quotecheck.parsers import InputError, QuotecheckError

from ._index import FactIndex
from ._migrations import MIGRATIONS

DEFAULT_STORE: Final = "quotecheck.db"
BATCH_DOCS: Final = 200
BATCH_SECONDS: Final = 0.5
_DOCUMENT_TABLES: Final = ("facts", "calculations", "checks", "cross_index")
"""The tables of a document's rows (by ``document_id``), which a reparse replaces."""


class StoreError(QuotecheckError):
    """The store cannot be opened, migrated or written."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def schema_version(conn: sqlite3.Connection) -> int:
    """The store's schema version; StoreError for a later quotecheck's, whose tables may mean other things."""
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > len(MIGRATIONS):
        raise StoreError(f"the store has schema version {version}; this quotecheck understands {len(MIGRATIONS)}")
    return version


def migrate(conn: sqlite3.Connection) -> int:
    """Apply the migrations the store lacks, each in its own transaction; return the version."""
    version = schema_version(conn)
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


def _refuse_foreign(conn: sqlite3.Connection, path: Path) -> None:
    """Raise StoreError for another program's database: a store at version 0 is new, so empty (a typo'd --store made
    someone else's database a store, adding its tables beside theirs; round-32 new user NU-17). Asked before anything
    is written, the journal mode included."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) != 0:
        return
    others = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view') "
                                         "AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 4")]
    if others:
        raise StoreError(f"{path} is a database of another program (it holds {', '.join(others[:3])}"
                         f"{', …' if len(others) > 3 else ''}), not a quotecheck store: nothing was written to it")


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
        if self.path.is_file() and not os.access(self.path, os.W_OK):
            raise StoreError(f"cannot write the store {self.path}: the file is read-only to this user")
        folder = self.path.parent
        if not self.path.exists() and folder.is_dir() and not os.access(folder, os.W_OK):
            raise StoreError(f"cannot create the store {self.path}: the folder {folder} is not writable by this user")
        try:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30.0)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path} is not a usable quotecheck store: {exc}") from exc
        try:
            _refuse_foreign(self.conn, self.path)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses no committed row
            self.conn.execute("PRAGMA foreign_keys=ON")
            migrate(self.conn)
        except (sqlite3.Error, StoreError) as exc:  # the connection is closed whichever refused the file
            self.conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"{self.path} is not a usable quotecheck store: {exc}") from exc
        self.index = FactIndex(self.conn)
        self._batch_started: float | None = None
        self._batch_docs = 0
        # the documents this connection writes, new or parsed again: the checks across pages that involve one are
        # this run's (a temporary table: on disk, not in memory, however many; gone with the connection)
        self.conn.execute("CREATE TEMP TABLE IF NOT EXISTS run_documents (id INTEGER PRIMARY KEY)")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        if exc_type is None:
            self.close()
            return
        with contextlib.suppress(sqlite3.Error):  # the open batch holds complete documents only: keep them, never mask the error
            self.close()

    def close(self) -> None:
        """Commit the open batch (its documents are complete) and close the store."""
        try:
            self.commit()
        finally:
            self.conn.close()

    def _begin(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self._batch_started, self._batch_docs = time.monotonic(), 0

    def _mark_cross_pending(self) -> None:
        """Record, in the open batch (once: at its first document), that the cross-document checks no longer cover
        every stored document."""
        if self._batch_docs == 0:
            self.conn.execute("INSERT OR REPLACE INTO ingest_state VALUES ('cross_checks', 'pending')")

    def cross_checks_pending(self) -> bool:
        """True when documents were stored since the cross-document checks were last replaced (a run stopped between)."""
        row = self.conn.execute("SELECT value FROM ingest_state WHERE key = 'cross_checks'").fetchone()
        return row is not None and row[0] == "pending"

    def commit(self) -> None:
        """Commit the open batch, if any."""
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self._batch_started = None

    def flush(self) -> None:
        """Commit the open batch once it holds ``BATCH_DOCS`` documents or is ``BATCH_SECONDS`` old."""
        if self._batch_started is not None and (self._batch_docs >= BATCH_DOCS or time.monotonic() - self._batch_started >= BATCH_SECONDS):
            self.commit()

    def parsed_by(self, sha256: str) -> str | None:
        """The build that made the stored rows of this content ('' when a quotecheck before migration 4 stored it);
        None when the content is not stored."""
        row = self.conn.execute("SELECT parsed_by FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
        return None if row is None else str(row[0] or "")

    def write_document(self, rows: dict[str, Any], *, replace: bool = False) -> str:
        """Write one document's rows all-or-nothing (a savepoint in the open batch): 'new'; with ``replace``, 'replaced'
        when another build's rows of the same content were stored (their facts, calculations, checks and comparable facts
        give way to these; the document keeps its id, source, version and date); '' (nothing written) when the content
        is stored and not replaced. A quarantine of the same content (a build that could not parse it) is removed."""
        c = self.conn
        self._begin()
        c.execute("SAVEPOINT document")
        try:
            stored = c.execute("SELECT id, parsed_by FROM documents WHERE sha256 = ?", (rows["sha256"],)).fetchone()
            if stored is not None and not (replace and stored[1] != rows["parsed_by"]):
                c.execute("RELEASE document")
                return ""
            if stored is None:
                version = c.execute("SELECT COUNT(*) FROM documents WHERE source = ?", (rows["source"],)).fetchone()[0] + 1
                cur = c.execute(
                    "INSERT INTO documents (sha256, source, url, version, site, kind, term, security_id, as_of, line_count, facts, checks,"
                    " ingested_at, parsed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (rows["sha256"], rows["source"], rows["url"], version, rows["site"], rows["kind"], rows["term"], rows["security_id"],
                     rows["as_of"], rows["line_count"], len(rows["facts"]), len(rows["checks"]), _now(), rows["parsed_by"]))
                doc_id = cur.lastrowid
            else:
                doc_id = stored[0]
                for table in _DOCUMENT_TABLES:
                    c.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
                c.execute("UPDATE documents SET site = ?, kind = ?, term = ?, security_id = ?, as_of = ?, line_count = ?, facts = ?,"
                          " checks = ?, parsed_by = ? WHERE id = ?",
                          (rows["site"], rows["kind"], rows["term"], rows["security_id"], rows["as_of"], rows["line_count"],
                           len(rows["facts"]), len(rows["checks"]), rows["parsed_by"], doc_id))
            if rows["security_id"]:
                name, exchange, ticker, symbols = rows["security"]
                symbols_json = json.dumps(symbols, sort_keys=True)
                c.execute("INSERT OR IGNORE INTO securities (id, name, exchange, ticker, symbols, first_document) VALUES (?, ?, ?, ?, ?, ?)",
                          (rows["security_id"], name, exchange, ticker, symbols_json, doc_id))
                if stored is not None:  # a reparse: the security as this build reads it from its first document (second
                    c.execute("UPDATE securities SET name = ?, exchange = ?, ticker = ?, symbols = ? WHERE id = ? AND "  # read 1)
                              "first_document = ?", (name, exchange, ticker, symbols_json, rows["security_id"], doc_id))
            # one statement text per table (the id is a parameter), so SQLite prepares each once, not once per document
            c.executemany("INSERT INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows["facts"]])
            c.executemany("INSERT INTO calculations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows["calcs"]])
            c.executemany("INSERT INTO checks VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [(doc_id, *r) for r in rows["checks"]])
            self.index.add(rows["cross"], doc_id)
            # the content is stored now: an earlier build's quarantine of it, at any path, no longer holds
            c.execute("DELETE FROM errors WHERE sha256 = ?", (rows["sha256"],))
            self._mark_cross_pending()
            c.execute("INSERT OR IGNORE INTO temp.run_documents VALUES (?)", (doc_id,))
            c.execute("RELEASE document")
        except BaseException:
            c.execute("ROLLBACK TO document")
            c.execute("RELEASE document")
            raise
        self._batch_docs += 1
        return "new" if stored is None else "replaced"

    def quarantine(self, err: InputError, sha256: str = "", url: str | None = None) -> bool:
        """Record an input that could not be used (in the open batch); False when it was recorded before."""
        self._begin()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO errors (source, sha256, url, line, error, message, seen_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (err.path, sha256, url, err.line, err.error, err.message, _now()))
        return cur.rowcount > 0

    def replace_cross_checks(self, checks: Iterable[tuple[Any, ...]]) -> Counter[str]:
        """Replace the checks across documents (check rows, consumed as they come) in one transaction; return them counted by status."""
        c = self.conn
        self.commit()
        c.execute("BEGIN IMMEDIATE")
        n: Counter[str] = Counter()

        def counted() -> Iterable[tuple[Any, ...]]:
            for row in checks:
                n[row[1]] += 1
                yield row

        try:
            c.execute("DELETE FROM checks WHERE document_id IS NULL")
            c.executemany("INSERT INTO checks VALUES (NULL, ?, ?, ?, ?, ?, ?, ?)", counted())
            c.execute("DELETE FROM ingest_state WHERE key = 'cross_checks'")
            c.execute("COMMIT")
        except BaseException:
            c.execute("ROLLBACK")
            raise
        return n

    def cross_fails_of_this_run(self) -> int:
        """The FAILs among the checks across pages that cite a page this connection stored (new or parsed again): a
        run's new page beside the store's old contradictions is no failure of that run (round-48 new user N4)."""
        return int(self.conn.execute(
            "SELECT COUNT(*) FROM checks c WHERE c.document_id IS NULL AND c.status = 'fail' AND EXISTS ("
            " SELECT 1 FROM json_each(c.detail, '$.inputs') j JOIN documents d ON d.source = json_extract(j.value, '$.path')"
            " JOIN temp.run_documents r ON r.id = d.id)").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        return {t: int(self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0])
                for t in ("documents", "securities", "facts", "calculations", "checks", "errors", "cross_index")}
