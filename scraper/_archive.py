"""The raw archive: content-addressed bodies plus a SQLite log of every fetch.

Layout::

    <root>/objects/ab/cdef....bin    body whose sha256 is "abcdef..." (written once)
    <root>/fetch_log.sqlite3         one row per fetch attempt (WAL, commit per row)

Durability rules: an object is written to a temp file, fsync'ed and
``os.replace``'d into place *before* the log row that names it is committed,
so a crash can leave at worst an unreferenced object, never a row pointing at
a half-written body. Reads verify the hash; a missing or corrupt object makes
that page count as absent (it is fetched again, and rewritten).

Only successful pages are stored. Error responses and challenge pages get a
log row (status, reason) but never an object.

A writer opens the archive with ``exclusive=True``: it takes the archive's
writer lock (a second writer gets ArchiveError) and then deletes the
``.tmp-*.part`` files a killed run left behind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Final, Literal, Self

from quotecheck.scraper._charset import DecodedText, decode_body
from quotecheck.scraper._errors import ArchiveError
from quotecheck.scraper._settings import WRITER_LOCK_NAME
from quotecheck.scraper._writer_lock import WriterLock, remove_leftover_parts

__all__ = ["Archive", "ArchivedPage", "DamagedBody", "LogEntry", "Outcome"]

logger = logging.getLogger(__name__)

Outcome = Literal["ok", "not_modified", "error", "challenge"]

SCHEMA_VERSION: Final = 1
DB_NAME: Final = "fetch_log.sqlite3"
OBJECTS_DIR: Final = "objects"
_GOOD: Final = ("ok", "not_modified")
_HEX: Final = frozenset("0123456789abcdef")

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS fetches (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    url           TEXT    NOT NULL,
    final_url     TEXT,
    status        INTEGER,
    outcome       TEXT    NOT NULL
                  CHECK (outcome IN ('ok', 'not_modified', 'error', 'challenge')),
    error         TEXT,
    content_type  TEXT,
    etag          TEXT,
    last_modified TEXT,
    encoding      TEXT,
    sha256        TEXT    CHECK (sha256 IS NULL OR length(sha256) = 64),
    size          INTEGER,
    fetched_at    TEXT    NOT NULL,
    elapsed_s     REAL,
    attempts      INTEGER,
    headers_json  TEXT
);
CREATE INDEX IF NOT EXISTS fetches_by_url ON fetches (url, id);
"""


@dataclass(frozen=True)
class LogEntry:
    """One row of the fetch log."""

    id: int
    url: str
    final_url: str | None
    status: int | None
    outcome: Outcome
    error: str | None
    content_type: str | None
    etag: str | None
    last_modified: str | None
    encoding: str | None
    sha256: str | None
    size: int | None
    fetched_at: datetime
    elapsed_s: float | None
    attempts: int | None


@dataclass(frozen=True)
class ArchivedPage:
    """The latest good body of a URL, verified against its hash."""

    url: str
    final_url: str
    fetched_at: datetime
    sha256: str
    content_type: str | None
    encoding: str | None
    body: bytes

    def text(self) -> DecodedText:
        """The body decoded (charset from Content-Type, <meta>, else UTF-8)."""
        return decode_body(self.body, self.content_type)


@dataclass(frozen=True)
class DamagedBody:
    """A logged good fetch whose stored body is missing or does not match its hash."""

    url: str
    sha256: str | None
    fetched_at: datetime
    reason: str


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via temp file + fsync + os.replace (never half-written)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


_OWN_ENTRIES: Final = frozenset({OBJECTS_DIR, WRITER_LOCK_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", f"{DB_NAME}-journal"})
"""What an archive's creation leaves before its log exists (a creation that died half-way): no other files."""


def _other_entries(root: Path, shown: int = 3) -> list[str]:
    """The first few names in ``root`` that an archive being created there would sit among (none: a new or empty
    folder, or one holding only what a creation that died half-way left, ``_OWN_ENTRIES``); a folder that cannot be
    listed is left to the mkdir."""
    try:
        with os.scandir(root) as entries:
            names = sorted(e.name for e in entries if e.name not in _OWN_ENTRIES)
    except OSError:
        return []
    return names[:shown] + ([f"{len(names) - shown} more"] if len(names) > shown else [])


class Archive:
    """A raw archive directory; use as a context manager so the log is closed.

    Methods may be called from worker threads (the crawl keeps fsync off the
    event loop); log access is serialised by a lock, and object writes are
    atomic renames, so concurrent stores of the same body are harmless.
    """

    def __init__(self, root: Path | str, *, create: bool = True, read_only: bool = False, exclusive: bool = False) -> None:
        """Open the archive at ``root``, creating it in a new or empty folder when ``create`` (never among other files:
        a folder of saved pages given by mistake got a fetch log and an objects folder, round-48 library user L5);
        ``read_only`` opens an existing one for reading; ``exclusive`` takes the one writer's lock."""
        self._lock = threading.RLock()
        self.root = Path(root)
        self.objects = self.root / OBJECTS_DIR
        self.db_path = self.root / DB_NAME
        if (not create or read_only) and not self.db_path.is_file():
            raise ArchiveError(f"no archive at {self.root} (missing {DB_NAME})")
        if not self.db_path.is_file() and (others := _other_entries(self.root)):
            raise ArchiveError(f"{self.root} holds files and no archive (no {DB_NAME}; it holds {', '.join(others)}): an "
                               "archive is created in a new or empty folder")
        self._writer: WriterLock | None = None
        if read_only:
            self._conn = self._connect_read_only()
            return
        try:
            self.objects.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ArchiveError(f"cannot create archive at {self.root}: {exc.strerror}") from exc
        if exclusive:
            self._writer = WriterLock(self.root)
        try:
            if exclusive:
                remove_leftover_parts(self.objects)
            self._conn = self._connect()
        except BaseException:
            if self._writer is not None:
                self._writer.release()
            raise

    def _connect(self) -> sqlite3.Connection:
        try:
            conn = sqlite3.connect(self.db_path, timeout=10.0, check_same_thread=False)
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot open fetch log {self.db_path}: {exc}") from exc
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise ArchiveError(
                    f"{self.db_path} has schema version {version}; this quotecheck understands {SCHEMA_VERSION}"
                )
            with conn:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            conn.close()
            raise ArchiveError(f"{self.db_path} is not a usable fetch log: {exc}") from exc
        except ArchiveError:
            conn.close()
            raise
        conn.row_factory = sqlite3.Row
        return conn

    def _connect_read_only(self) -> sqlite3.Connection:
        """Open the log without writing anything (a read-only folder or medium is fine)."""
        last: Exception | None = None
        wal = self.db_path.with_name(DB_NAME + "-wal")
        # A log with no pending WAL is read as immutable: nothing (-shm, -wal) is created beside it. Pending WAL
        # frames (a fetch still running) need the shared-memory index, so those logs are opened mode=ro.
        modes = ("mode=ro", "immutable=1") if wal.is_file() and wal.stat().st_size > 0 else ("immutable=1", "mode=ro")
        for mode in modes:
            try:
                conn = sqlite3.connect(f"{self.db_path.resolve().as_uri()}?{mode}", uri=True, check_same_thread=False)
                version = conn.execute("PRAGMA user_version").fetchone()[0]
                conn.execute("SELECT 1 FROM fetches LIMIT 1").fetchall()
            except sqlite3.Error as exc:
                last = exc
                continue
            if version > SCHEMA_VERSION:
                conn.close()
                raise ArchiveError(f"{self.db_path} has schema version {version}; this quotecheck understands {SCHEMA_VERSION}")
            conn.row_factory = sqlite3.Row
            return conn
        raise ArchiveError(f"{self.db_path} is not a usable fetch log: {last}")

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the fetch log (everything is already committed) and give up the writer lock."""
        with self._lock:
            self._conn.close()
            if self._writer is not None:
                self._writer.release()

    # --- objects ------------------------------------------------------------
    def object_path(self, sha256: str) -> Path:
        """Where the body with this hash lives."""
        if len(sha256) != 64 or not set(sha256) <= _HEX:
            raise ArchiveError(f"not a sha256 hex digest: {sha256!r}")
        return self.objects / sha256[:2] / f"{sha256[2:]}.bin"

    def put_body(self, body: bytes) -> str:
        """Store ``body`` once (rewriting a corrupt copy); return its sha256."""
        digest = sha256_hex(body)
        if self.get_body(digest) is None:
            try:
                write_atomic(self.object_path(digest), body)
            except OSError as exc:
                raise ArchiveError(f"cannot write object {digest}: {exc.strerror}") from exc
        return digest

    def check_body(self, sha256: str) -> tuple[bytes | None, str | None]:
        """The stored body and None, or None and why it cannot be used (missing, unreadable, hash mismatch)."""
        path = self.object_path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None, f"body missing: {path.relative_to(self.root)} does not exist"
        except OSError as exc:
            return None, f"body unreadable: {path.relative_to(self.root)}: {exc.strerror}"
        if sha256_hex(data) != sha256:
            return None, f"body damaged: {path.relative_to(self.root)} does not match its sha256 (now {sha256_hex(data)[:12]}…)"
        return data, None

    def get_body(self, sha256: str) -> bytes | None:
        """The stored body, or None if missing or its hash does not match (corrupt)."""
        path = self.object_path(sha256)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise ArchiveError(f"cannot read object {path}: {exc.strerror}") from exc
        if sha256_hex(data) != sha256:
            logger.warning("archive object %s is corrupt (hash mismatch); treating it as absent", path)
            return None
        return data

    # --- log ----------------------------------------------------------------
    def _insert(self, row: Mapping[str, object]) -> LogEntry:
        columns = ", ".join(row)
        marks = ", ".join(f":{name}" for name in row)
        try:
            with self._lock:
                with self._conn:
                    cursor = self._conn.execute(f"INSERT INTO fetches ({columns}) VALUES ({marks})", dict(row))
                    rowid = cursor.lastrowid
                fetched = self._conn.execute("SELECT * FROM fetches WHERE id = ?", (rowid,)).fetchone()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot write fetch log {self.db_path}: {exc}") from exc
        return _entry(fetched)

    def record_page(
        self,
        *,
        url: str,
        final_url: str,
        status: int,
        headers: Mapping[str, str],
        body: bytes,
        encoding: str | None,
        elapsed_s: float,
        attempts: int,
    ) -> LogEntry:
        """Store a good body, then log it (object first: a crash never orphans a row)."""
        digest = self.put_body(body)
        return self._insert(
            {
                "url": url,
                "final_url": final_url,
                "status": status,
                "outcome": "ok",
                "content_type": headers.get("content-type"),
                "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"),
                "encoding": encoding,
                "sha256": digest,
                "size": len(body),
                "fetched_at": _now(),
                "elapsed_s": elapsed_s,
                "attempts": attempts,
                "headers_json": json.dumps(dict(headers), sort_keys=True),
            }
        )

    def record_not_modified(
        self,
        *,
        url: str,
        final_url: str,
        previous: LogEntry,
        headers: Mapping[str, str],
        elapsed_s: float,
        attempts: int,
    ) -> LogEntry:
        """Log a 304: the stored body of ``previous`` stays the page; validators may update."""
        if previous.sha256 is None or previous.outcome not in _GOOD:
            raise ArchiveError(f"304 for {url} but no stored page to reuse")
        return self._insert(
            {
                "url": url,
                "final_url": final_url,
                "status": 304,
                "outcome": "not_modified",
                "content_type": previous.content_type,
                "etag": headers.get("etag", previous.etag),
                "last_modified": headers.get("last-modified", previous.last_modified),
                "encoding": previous.encoding,
                "sha256": previous.sha256,
                "size": previous.size,
                "fetched_at": _now(),
                "elapsed_s": elapsed_s,
                "attempts": attempts,
                "headers_json": json.dumps(dict(headers), sort_keys=True),
            }
        )

    def record_failure(
        self,
        *,
        url: str,
        outcome: Literal["error", "challenge"],
        error: str,
        status: int | None = None,
        elapsed_s: float | None = None,
    ) -> LogEntry:
        """Log a failed fetch or a challenge page; nothing is stored as the page."""
        return self._insert(
            {
                "url": url,
                "status": status,
                "outcome": outcome,
                "error": error,
                "fetched_at": _now(),
                "elapsed_s": elapsed_s,
            }
        )

    def entries(self, url: str | None = None) -> list[LogEntry]:
        """All log rows (for one URL, if given), oldest first."""
        try:
            with self._lock:
                if url is None:
                    rows = self._conn.execute("SELECT * FROM fetches ORDER BY id").fetchall()
                else:
                    rows = self._conn.execute("SELECT * FROM fetches WHERE url = ? ORDER BY id", (url,)).fetchall()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read fetch log {self.db_path}: {exc}") from exc
        return [_entry(row) for row in rows]

    def latest_good(self, url: str) -> LogEntry | None:
        """The newest ok/304 row for ``url`` whose body is intact; None counts as absent."""
        try:
            with self._lock:
                row = self._conn.execute(
                    "SELECT * FROM fetches WHERE url = ? AND outcome IN (?, ?) ORDER BY id DESC LIMIT 1",
                    (url, *_GOOD),
                ).fetchone()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read fetch log {self.db_path}: {exc}") from exc
        if row is None:
            return None
        entry = _entry(row)
        if entry.sha256 is None or self.get_body(entry.sha256) is None:
            return None
        return entry

    def latest_pages(self) -> Iterator[ArchivedPage]:
        """Yield the latest good page per URL (sorted by URL), skipping missing/corrupt bodies."""
        try:
            with self._lock:
                rows = self._conn.execute(
                    """
                    SELECT f.* FROM fetches AS f
                    JOIN (SELECT url, MAX(id) AS id FROM fetches
                          WHERE outcome IN (?, ?) GROUP BY url) AS latest ON latest.id = f.id
                    ORDER BY f.url
                    """,
                    _GOOD,
                ).fetchall()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read fetch log {self.db_path}: {exc}") from exc
        for row in rows:
            entry = _entry(row)
            body = self.get_body(entry.sha256) if entry.sha256 else None
            if body is None:
                continue
            yield ArchivedPage(
                url=entry.url,
                final_url=entry.final_url or entry.url,
                fetched_at=entry.fetched_at,
                sha256=entry.sha256 or "",
                content_type=entry.content_type,
                encoding=entry.encoding,
                body=body,
            )


    def scan_pages(self) -> Iterator[ArchivedPage | DamagedBody]:
        """Per URL (sorted): each damaged or missing newer body, then the newest intact copy (if any).

        Nothing is skipped silently: a caller reports every ``DamagedBody`` and
        audits the older intact copy in its place.
        """
        try:
            with self._lock:
                rows = self._conn.execute(
                    "SELECT * FROM fetches WHERE outcome IN (?, ?) ORDER BY url, id DESC", _GOOD
                ).fetchall()
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read fetch log {self.db_path}: {exc}") from exc
        done: str | None = None
        for row in rows:
            entry = _entry(row)
            if entry.url == done:
                continue
            if entry.sha256 is None:
                yield DamagedBody(entry.url, None, entry.fetched_at, "log row names no body")
                continue
            body, reason = self.check_body(entry.sha256)
            if body is None:
                yield DamagedBody(entry.url, entry.sha256, entry.fetched_at, reason or "body unusable")
                continue
            done = entry.url
            yield ArchivedPage(
                url=entry.url,
                final_url=entry.final_url or entry.url,
                fetched_at=entry.fetched_at,
                sha256=entry.sha256,
                content_type=entry.content_type,
                encoding=entry.encoding,
                body=body,
            )

    def count_rows(self) -> int:
        """Number of rows in the fetch log."""
        try:
            with self._lock:
                return int(self._conn.execute("SELECT COUNT(*) FROM fetches").fetchone()[0])
        except sqlite3.Error as exc:
            raise ArchiveError(f"cannot read fetch log {self.db_path}: {exc}") from exc


def _entry(row: sqlite3.Row) -> LogEntry:
    return LogEntry(
        id=row["id"],
        url=row["url"],
        final_url=row["final_url"],
        status=row["status"],
        outcome=row["outcome"],
        error=row["error"],
        content_type=row["content_type"],
        etag=row["etag"],
        last_modified=row["last_modified"],
        encoding=row["encoding"],
        sha256=row["sha256"],
        size=row["size"],
        fetched_at=datetime.fromisoformat(row["fetched_at"]),
        elapsed_s=row["elapsed_s"],
        attempts=row["attempts"],
    )
