"""The streaming runner: pages in, one at a time; rows to the store or reports to the caller; then the cross checks.

Nothing holds a parsed ``Document`` beyond its own step: a worker parses,
audits and reduces it to rows; the writer commits them; the comparable facts go
to the SQLite index, which the cross-document checks read group by group.

On the pool, a task is a batch of ``PAGES_PER_TASK`` pages (one round trip, one
pickle per batch), the writer commits documents in batches (each document in its
own savepoint) and the cross checks run on the same workers, a range of
securities per task: the one writer does only what must be serial.
"""

from __future__ import annotations

import sqlite3
import tempfile
import time
from collections import Counter, deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Final

from quotecheck.parsers import CheckResult, DocumentAudit, InputError
from quotecheck.parsers._api import passed_over_said

from ._cross import parallel_checks
from ._index import FactIndex
from ._parsed_by import parser_build
from ._pool import Pool, batched
from ._sources import PassedOver, iter_items
from ._store import Store
from ._urls import FetchSettings, fetch_url_lists, is_url_list
from ._work import Task, load_batch, process_batch

PAGES_PER_TASK: Final = 16

Progress = Callable[[int, int], None]
"""Called with (pages done, pages skipped) after each page."""


@dataclass
class Summary:
    """What a run did: documents, facts, checks by status, unusable inputs by error, time taken."""

    documents: int = 0
    skipped: int = 0
    reparsed: int = 0
    """Stored documents another build had parsed, parsed again by this one (``reparse``)."""
    stale: int = 0
    """Of the skipped inputs: those whose content another build had parsed, left as it was (no ``reparse``); an input
    per path, so two copies of one content count twice, as ``skipped`` counts them."""
    facts: int = 0
    checks: Counter[str] = field(default_factory=Counter)
    cross_checks: Counter[str] = field(default_factory=Counter)
    cross_fails_of_run: int = 0
    """Of the FAILs across pages: those citing a page this run stored (all of them after a run stopped before its
    checks across pages, whose pages this one cannot tell from its own: ``cross_fails_unattributed``)."""
    cross_fails_unattributed: bool = False
    failures: Counter[str] = field(default_factory=Counter)
    passed_over: PassedOver = field(default_factory=PassedOver)
    """The files below the folders not named as pages are, which were not read (said, never silent)."""
    seconds: float = 0.0

    @property
    def rate(self) -> float:
        """Documents parsed per second (new and parsed again)."""
        return (self.documents + self.reparsed) / self.seconds if self.seconds > 0 else 0.0

    def lines(self) -> list[str]:
        """The closing summary, as printed."""
        def fmt(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"
        again = f"{self.reparsed} parsed again (stored by another build), " if self.reparsed else ""
        stale = ([f"{self.stale} of this run's inputs already stored were parsed by another build of quotecheck than "
                  f"this one ({parser_build()}), and their facts and checks are that build's: run again with --reparse to "
                  "parse them with this one"] if self.stale else [])
        return [
            f"documents: {self.documents} new, {again}{self.skipped} already stored (content stored before, or earlier in "
            f"this run under another name); facts: {self.facts}",
            *stale,
            f"checks: {fmt(self.checks)}",
            f"cross-document checks: {fmt(self.cross_checks)}{self._of_run()}",
            f"unusable inputs: {fmt(self.failures)}",
            *self._passed(),
            f"time: {self.seconds:.1f} s, {self.rate:.1f} documents/s",
        ]

    def _of_run(self) -> str:
        """Which of the FAILs across pages are this run's, as the summary says it."""
        if not self.cross_checks.get("fail"):
            return ""
        if self.cross_fails_unattributed:
            return (" (each FAIL counts as this run's: a run stopped before its checks across pages stored pages this "
                    "one cannot tell from its own)")
        n = self.cross_fails_of_run
        return f" ({n} of the FAILs {'cites' if n == 1 else 'cite'} a page of this run)"

    def _passed(self) -> list[str]:
        passed = self.passed_over
        return [passed_over_said(passed.count, passed.shown, "ingest")] if passed.count else []

    def found_nothing(self) -> bool:
        """Whether the run found no page at all to store, skip or refuse, only files it passed over."""
        return bool(self.passed_over.count) and not (self.documents or self.skipped or self.reparsed or self.failures)


def ingest(sources: list[Path], store_path: Path, *, workers: int = 1, progress: Progress | None = None,
           fetch: FetchSettings | None = None, on_error: Callable[[InputError], None] | None = None, reparse: bool = False,
           cross_progress: Progress | None = None) -> Summary:
    """Ingest every page of the sources (URL lists are fetched into ``fetch.archive`` first) into the store, then the cross checks.

    Content stored before is skipped; with ``reparse``, content whose stored rows another build of quotecheck made
    (``parser_build``) is parsed again and its rows replaced, each document all-or-nothing. ``progress`` is called
    after each page, ``cross_progress`` with (securities checked, securities) during the checks across documents.

    Every unusable input of this run is quarantined under its own path, counted and passed to ``on_error``,
    also when the same bytes or the same error were seen before: the same inputs give the same failures.
    """
    start = time.perf_counter()
    summary = Summary()
    lists = [s for s in sources if is_url_list(s)]
    fetched: list[InputError] = []
    if lists:
        fetch = fetch or FetchSettings()
        fetched = fetch_url_lists(lists, fetch)
        sources = [s for s in sources if s not in lists]
        if fetch.archive.is_dir():
            sources.append(fetch.archive)
    build = parser_build()
    with Pool(workers) as pool, Store(store_path) as store:  # the pool first: its workers fork without the store open
        pending_before = store.cross_checks_pending()  # a run stopped before its checks across pages: its pages are
        # unchecked across, and this run's checks of them are as much this run's as those of its own pages
        def failed(err: InputError, sha256: str = "", url: str | None = None) -> None:
            store.quarantine(err, sha256, url)  # a row per path; one recorded before stays as it is
            summary.failures[err.error] += 1  # counted even when it failed the same way before
            if on_error is not None:
                on_error(err)

        for err in fetched:
            failed(err)
        # An unusable input met while reading ahead is recorded once the results of the inputs before it are: the
        # errors' rows come in input order for any --workers (round-48 new user N5: the pool reads further ahead than
        # one process, and the ids of unreadable and unparsable inputs swapped between --workers 1 and 2).
        ahead: deque[tuple[int, InputError]] = deque()
        position: dict[int, int] = {}  # id(task) -> its place among the inputs, while the task is under way

        def record_ahead(before: int | None) -> None:
            while ahead and (before is None or ahead[0][0] < before):
                failed(ahead.popleft()[1])

        def tasks() -> Iterator[Task]:
            for n, item in enumerate(iter_items(sources, passed=summary.passed_over)):
                if isinstance(item, InputError):
                    ahead.append((n, item))
                elif (stored_by := store.parsed_by(item.sha256)) is None or (reparse and stored_by != build):
                    position[id(item)] = n
                    yield item
                else:
                    summary.skipped += 1
                    summary.stale += stored_by != build
                    if progress:
                        progress(summary.documents + summary.reparsed, summary.skipped)

        for batch, payload in pool.run(process_batch, batched(tasks(), PAGES_PER_TASK), ordered=True):  # the store is as one process writes it
            for task, rows in zip(batch, load_batch(payload), strict=True):
                record_ahead(position.pop(id(task)))
                if "error" in rows:
                    line, error, message = rows["error"]
                    failed(InputError(path=task.source, line=line, error=error, message=message), task.sha256, task.url)
                elif written := store.write_document(rows, replace=reparse):
                    if written == "new":
                        summary.documents += 1
                    else:
                        summary.reparsed += 1
                    summary.facts += len(rows["facts"])
                    summary.checks.update(c[1] for c in rows["checks"])
                else:  # a copy of content an earlier input of this run stored while this one was under way
                    summary.skipped += 1
                if progress:
                    progress(summary.documents + summary.reparsed, summary.skipped)
            store.flush()
        record_ahead(None)  # those after the last task
        store.commit()
        if store.cross_checks_pending():  # documents stored since the cross checks last ran, by this run or one stopped
            # before them; else the stored cross checks still hold, and a rerun writes no row
            summary.cross_checks = store.replace_cross_checks(  # a range of securities per task
                parallel_checks(pool, store.conn, store.path, cross_progress))
            summary.cross_fails_unattributed = pending_before
            summary.cross_fails_of_run = (summary.cross_checks.get("fail", 0) if pending_before
                                          else store.cross_fails_of_this_run())
    summary.seconds = time.perf_counter() - start
    return summary


Event = DocumentAudit | InputError | CheckResult


def audit_stream(sources: list[Path], archives: list[Path] | None = None, *, workers: int = 1) -> Iterator[Event]:
    """Audit page by page: a DocumentAudit or InputError per input as it is done, then the cross-document checks."""
    with Pool(workers) as pool, tempfile.TemporaryDirectory(prefix="quotecheck-index-") as tmp:  # the pool first: no worker inherits the index
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

            for batch, payload in pool.run(partial(process_batch, with_audit_json=True), batched(tasks(), PAGES_PER_TASK), ordered=True):
                for task, rows in zip(batch, load_batch(payload), strict=True):
                    while errors:
                        yield errors.pop(0)
                    if "error" in rows:
                        line, error, message = rows["error"]
                        yield InputError(path=task.source, line=line, error=error, message=message)
                        continue
                    conn.execute("BEGIN")
                    index.add(rows["cross"])
                    conn.execute("COMMIT")
                    yield DocumentAudit.model_validate_json(rows["audit_json"])
            yield from errors
            for row in parallel_checks(pool, conn, Path(tmp) / "index.sqlite3"):
                yield CheckResult.model_validate_json(row[-1])
        finally:
            conn.close()
