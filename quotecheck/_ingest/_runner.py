"""The streaming runner: pages in, one at a time; rows to the store or reports to the caller; then the cross checks.

Nothing holds a parsed ``Document`` beyond its own step: a worker parses,
audits and reduces it to rows; the writer commits them; the comparable facts go
to the SQLite index, which the cross-document checks read group by group.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from quotecheck.parsers import CheckResult, DocumentAudit, InputError

from . import _pool
from ._index import FactIndex
from ._sources import iter_items
from ._store import Store
from ._work import Task, load, process

Progress = Callable[[int, int], None]
"""Called with (pages done, pages skipped) after each page."""


@dataclass
class Summary:
    """What a run did: documents, facts, checks by status, failures by reason, time taken."""

    documents: int = 0
    skipped: int = 0
    facts: int = 0
    checks: Counter[str] = field(default_factory=Counter)
    cross_checks: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Documents per second."""
        return self.documents / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        """The closing summary, as printed."""
        def fmt(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"
        return [
            f"documents: {self.documents} new, {self.skipped} already stored; facts: {self.facts}",
            f"checks: {fmt(self.checks)}",
            f"cross-document checks: {fmt(self.cross_checks)}",
            f"failures: {fmt(self.failures)}",
            f"time: {self.seconds:.1f} s, {self.rate:.1f} documents/s",
        ]


def ingest(sources: list[Path], store_path: Path, *, workers: int = 1, progress: Progress | None = None) -> Summary:
    """Ingest every page of the sources into the store: new content only, one transaction per document, then the cross checks."""
    start = time.perf_counter()
    summary = Summary()
    with Store(store_path) as store:
        def tasks() -> Iterator[Task]:
            for item in iter_items(sources):
                if isinstance(item, InputError):
                    if store.quarantine(item):
                        summary.failures[item.error] += 1
                elif store.known(item.sha256):
                    summary.skipped += 1
                    if progress:
                        progress(summary.documents, summary.skipped)
                else:
                    yield item

        for task, payload in _pool.run(process, tasks(), workers):
            rows = load(payload)
            if "error" in rows:
                line, error, message = rows["error"]
                if store.quarantine(InputError(path=task.source, line=line, error=error, message=message), task.sha256, task.url):
                    summary.failures[error] += 1
            elif store.write_document(rows):
                summary.documents += 1
                summary.facts += len(rows["facts"])
                summary.checks.update(c[1] for c in rows["checks"])
            if progress:
                progress(summary.documents, summary.skipped)
        if summary.documents:  # nothing new: the stored cross checks still hold, and a rerun writes no row
            summary.cross_checks = store.replace_cross_checks(store.index.checks())  # streamed: one group in memory at a time
    summary.seconds = time.perf_counter() - start
    return summary


Event = DocumentAudit | InputError | CheckResult


def audit_stream(sources: list[Path], archives: list[Path] | None = None, *, workers: int = 1) -> Iterator[Event]:
    """Audit page by page: a DocumentAudit or InputError per input as it is done, then the cross-document checks."""
    with tempfile.TemporaryDirectory(prefix="quotecheck-index-") as tmp:
        conn = sqlite3.connect(Path(tmp) / "index.sqlite3", isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=OFF")
            conn.execute("PRAGMA synchronous=OFF")
            index = FactIndex(conn)
            errors: list[InputError] = []

            def tasks() -> Iterator[Task]:
                for item in iter_items(sources, archives or []):
                    if isinstance(item, InputError):
                        errors.append(item)
                    else:
                        yield item

            for task, payload in _pool.run(partial(process, with_audit_json=True), tasks(), workers):
                while errors:
                    yield errors.pop(0)
                rows = load(payload)
                if "error" in rows:
                    line, error, message = rows["error"]
                    yield InputError(path=task.source, line=line, error=error, message=message)
                    continue
                conn.execute("BEGIN")
                index.add(rows["cross"])
                conn.execute("COMMIT")
                yield DocumentAudit.model_validate_json(rows["audit_json"])
            yield from errors
            yield from index.checks()
        finally:
            conn.close()
