"""What to ingest: page files below folders and the pages of raw archives, streamed one at a time.

A folder is walked lazily (sorted per directory), so a million pages never sit
in one list. An archive yields each URL's newest intact body; a damaged or
missing newer body is reported as an ``InputError`` with its URL and reason,
and the older intact copy is used in its place.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from quotecheck.parsers import InputError, QuotecheckParseError
from quotecheck.parsers._api import PASSED_OVER_SHOWN, page_name, passed_over_name, read_page
from quotecheck.parsers._errors import printable_path
from quotecheck.scraper._archive import DB_NAME, Archive, DamagedBody
from quotecheck.scraper._errors import ArchiveError

from ._work import Task

Item = Task | InputError


def is_archive(path: Path) -> bool:
    """True for a folder written by ``quotecheck fetch``; a folder that cannot be looked into is none (its walk reports
    it unlistable: round-36 new user NU5-4, whose PermissionError here was called a store error and ended the run)."""
    try:
        return path.is_dir() and (path / DB_NAME).is_file()
    except OSError:
        return False


@dataclass
class PassedOver:
    """The files below the folders that are named as saved pages may be but not as pages are (``passed_over_name``):
    how many, and the first few, to say so (a count, not a list: a million such files must not sit in memory)."""

    count: int = 0
    shown: list[str] = field(default_factory=list)

    def add(self, path: Path) -> None:
        """Count one file passed over (the first few are named)."""
        self.count += 1
        if len(self.shown) < PASSED_OVER_SHOWN:
            self.shown.append(printable_path(str(path)))


def walk_pages(root: Path, passed: PassedOver | None = None) -> Iterator[Path | InputError]:
    """Page files below ``root`` in sorted order, without listing the whole tree first; a folder that cannot be listed as an InputError.
    Files named as a saved page may be but not as pages are ('…/term/e10/SZSE:002371', as wget saves it) are counted in
    ``passed``, as audit says it passed them over (round-47 new user N1: ingest stored nothing and said nothing)."""
    if not root.is_dir():
        yield root
        return
    unlisted: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=unlisted.append):
        while unlisted:
            yield _unlisted(unlisted.pop(0))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))  # hidden folders are passed over, as audit does
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            if page_name(name):
                yield Path(dirpath) / name
            elif passed is not None and passed_over_name(name):
                passed.add(Path(dirpath) / name)
    for exc in unlisted:
        yield _unlisted(exc)


def _unlisted(exc: OSError) -> InputError:
    return InputError(path=printable_path(str(exc.filename)), error="UnreadableFile", message=f"cannot list folder: {exc.strerror}")


def file_task(path: Path) -> Item:
    """A task for a page file, named by its content hash; an unreadable or non-regular file (never opened) is an InputError."""
    try:
        digest = hashlib.sha256(read_page(path)).hexdigest()
    except QuotecheckParseError as exc:
        return InputError.of(exc, str(path))
    return Task(source=printable_path(str(path)), sha256=digest, path=str(path))  # a label, and the name to open


def archive_items(root: Path) -> Iterator[Item]:
    """Each URL's newest intact page as a task; every damaged body, an empty or unusable log as an InputError."""
    try:
        with Archive(root, create=False, read_only=True) as archive:
            if archive.count_rows() == 0:
                yield InputError(path=str(root), error="ArchiveError", message=f"the fetch log {root / DB_NAME} is empty: nothing was ever fetched here")
                return
            good = 0
            for item in archive.scan_pages():
                if isinstance(item, DamagedBody):
                    yield InputError(path=item.url, error="DamagedBody",
                                     message=f"{item.reason} (fetched {item.fetched_at.isoformat()}); an older intact copy is used if there is one")
                    continue
                good += 1
                yield Task(source=f"{item.url}#sha256={item.sha256}", sha256=item.sha256, body=item.body, url=item.final_url,
                           content_type=item.content_type)
            if good == 0:
                yield InputError(path=str(root), error="ArchiveError", message="the archive holds no intact page")
    except ArchiveError as exc:
        yield InputError(path=str(root), error="ArchiveError", message=str(exc))


def iter_items(sources: Iterable[Path], archives: Iterable[Path] = (), passed: PassedOver | None = None) -> Iterator[Item]:
    """Every page of every source (a page, a folder or an archive) and of every named archive, one at a time, each file
    once (the files below the folders named as pages are not, counted in ``passed``)."""
    for root in archives:
        yield from archive_items(root)
    seen: set[str] = set()
    for src in sources:
        if is_archive(src):
            yield from archive_items(src)
            continue
        for path in walk_pages(src, passed):
            if isinstance(path, InputError):
                yield path
                continue
            key = os.path.realpath(path)  # never raises: a symlink loop is then the read's error, not a traceback
            if key in seen:
                continue
            seen.add(key)
            yield file_task(path)
