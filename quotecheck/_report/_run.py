"""The audit loop: one input at a time, parse then audit then hand the result on, so output can stream.

Checks across documents need what every document states; ``CrossIndex`` keeps that
until the end. ``CompactIndex`` (the default) keeps a few numbers per comparable fact
in a temporary SQLite file, so memory does not grow with the run; ``KeepDocuments``
keeps whole documents (for small runs and tests).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from quotecheck.parsers import QuotecheckParseError, audit, cross_document_checks, parse_file
from quotecheck.parsers._audit import cross_checks
from quotecheck.parsers._checks import interval_memo
from quotecheck.parsers._models import AuditSummary, CheckResult, Document, DocumentAudit, InputError, Status

from ._select import RuleFilter


class CrossIndex(Protocol):
    """What the checks across documents keep of each document until the run ends."""

    def add(self, doc: Document) -> None:
        """Remember what the cross-document checks need of this document."""

    def checks(self) -> Iterable[CheckResult]:
        """The checks across every document added."""


@dataclass
class KeepDocuments:
    """A CrossIndex that keeps whole documents (memory grows with the run)."""

    docs: list[Document] = field(default_factory=list)

    def add(self, doc: Document) -> None:
        """Keep the document."""
        self.docs.append(doc)

    def checks(self) -> list[CheckResult]:
        """The checks across the kept documents."""
        return cross_document_checks(self.docs)


class CompactIndex:
    """A CrossIndex that keeps only each document's comparable facts, in a temporary SQLite database (``_run_index``).

    SQLite's own private temporary database (an empty file name): kept in its page cache and spilled to a file of the
    system's temporary folder, which SQLite removes as it opens it, so no run leaves one behind, even a killed one
    (a temporary folder of our own was left by a SIGKILL, and cost the tempfile module's import at every start)."""

    def __init__(self) -> None:
        import sqlite3

        from . import _run_index

        self._conn = sqlite3.connect("", isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=OFF")
        self._conn.execute("PRAGMA synchronous=OFF")
        _run_index.create(self._conn)
        self._index = _run_index

    def add(self, doc: Document) -> None:
        """Keep the document's comparable facts (a few numbers each)."""
        if not self._conn.in_transaction:  # one transaction for the run: the file is temporary, nothing to make durable
            self._conn.execute("BEGIN")
        self._index.add(self._conn, self._index.run_rows(doc))

    def checks(self) -> Iterator[CheckResult]:
        """The checks across every document added, one group at a time; the index is removed once they are read."""
        try:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")
            yield from cross_checks(self._index.groups(self._conn))
        finally:
            self.close()

    def close(self) -> None:
        """Remove the index (idempotent)."""
        self._conn.close()


_FLAGGED = frozenset({Status.ERROR, Status.FAIL, Status.WARN})


@dataclass
class Tally:
    """What a streamed run keeps: counts by status and the flagged rules, not the checks."""

    documents: int = 0
    by_status: Counter[Status] = field(default_factory=Counter)
    flagged: Counter[str] = field(default_factory=Counter)

    def counts(self) -> Counter[str]:
        """The checks counted per status value (``"pass"``, ``"fail"``, ...)."""
        return Counter({s.value: n for s, n in self.by_status.items()})

    def add(self, audit: DocumentAudit) -> None:
        """Count one document's checks."""
        self.documents += 1
        by_status, flagged = self.by_status, self.flagged  # counted by the Status itself: ``.value`` is a Python call
        for c in audit.checks:
            status = c.status
            by_status[status] += 1
            if status in _FLAGGED:
                flagged[c.rule] += 1

    def add_cross(self, check: CheckResult) -> None:
        """Count one check across documents."""
        self.by_status[check.status] += 1
        if check.status in _FLAGGED:
            self.flagged[check.rule] += 1

    def totals(self, errors: Sequence[InputError]) -> AuditSummary:
        """The run's summary, with the unusable inputs."""
        return AuditSummary.of(self.documents, len(errors), self.counts())


@dataclass(frozen=True)
class Audited:
    """One input done: its document and its (filtered) audit."""

    doc: Document
    audit: DocumentAudit


Event = Audited | InputError


def _parse_files(pages: Sequence[Path]) -> Iterator[Document | InputError]:
    for f in pages:
        try:
            yield parse_file(f)
        except QuotecheckParseError as exc:  # its own source first: a sidecar's error names the sidecar (NU3-8)
            yield InputError.of(exc, exc.source or str(f))


def _parse_archive(archive_dir: Path) -> Iterator[Document | InputError]:
    """The newest intact page of every URL; a damaged or missing body, an empty or unreadable log, as an InputError."""
    from quotecheck._ingest._sources import archive_items
    from quotecheck.parsers import parse_bytes

    for item in archive_items(archive_dir):
        if isinstance(item, InputError):
            yield item
            continue
        try:  # decoded by the charset the fetch recorded, as ingest does (a Latin-1 page was refused, round-32 NU-4)
            yield parse_bytes(item.body or b"", source=item.source, url=item.url, content_type=item.content_type)
        except QuotecheckParseError as exc:
            yield InputError.of(exc, item.source)


def audit_inputs(pages: Sequence[Path], archive_dir: Path | None, rules: RuleFilter, cross: CrossIndex) -> Iterator[Event]:
    """Parse and audit each input in turn, yielding it as soon as it is done; unusable inputs come as InputError."""
    sources: list[Iterator[Document | InputError]] = [_parse_files(pages)]
    if archive_dir is not None:
        sources.append(_parse_archive(archive_dir))
    for source in sources:
        for item in source:
            if isinstance(item, InputError):
                yield item
                continue
            with interval_memo():  # one memo for the page: the index reuses the intervals the audit worked out
                audited = audit(item)
                cross.add(item)
            yield Audited(item, rules.document(audited))  # outside the block: a suspended generator keeps no memo
