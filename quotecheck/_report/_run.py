"""The audit loop: one input at a time, parse then audit then hand the result on, so output can stream.

Checks across documents need every document; ``CrossIndex`` keeps what they need until
the end. Today it keeps the documents; a compact index can replace it behind the same
two methods.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from quotecheck.parsers import QuotecheckParseError, audit, cross_document_checks, parse_file, parse_text
from quotecheck.parsers._models import CheckResult, Document, DocumentAudit, InputError

from ._select import RuleFilter


class CrossIndex(Protocol):
    """What the checks across documents keep of each document until the run ends."""

    def add(self, doc: Document) -> None:
        """Remember what the cross-document checks need of this document."""

    def checks(self) -> list[CheckResult]:
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


@dataclass(frozen=True)
class Audited:
    """One input done: its document and its (filtered) audit."""

    doc: Document
    audit: DocumentAudit


Event = Audited | InputError


def _input_error(source: str, exc: QuotecheckParseError) -> InputError:
    return InputError(path=source, line=exc.line, error=type(exc).__name__, message=exc.message)


def _parse_files(pages: Sequence[Path]) -> Iterator[Document | InputError]:
    for f in pages:
        try:
            yield parse_file(f)
        except QuotecheckParseError as exc:
            yield _input_error(str(f), exc)


def _parse_archive(archive_dir: Path) -> Iterator[Document | InputError]:
    from quotecheck.scraper._archive import Archive
    from quotecheck.scraper._errors import ArchiveError

    try:
        with Archive(archive_dir, create=False) as archive:
            for page in archive.latest_pages():
                source = f"{page.url}#sha256={page.sha256}"
                try:
                    yield parse_text(page.text().text, source=source, url=page.final_url)
                except QuotecheckParseError as exc:
                    yield _input_error(source, exc)
    except ArchiveError as exc:
        yield InputError(path=str(archive_dir), error="ArchiveError", message=str(exc))


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
            cross.add(item)
            yield Audited(item, rules.document(audit(item)))
