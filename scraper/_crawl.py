"""Glue between fetcher and archive: skip, fetch (conditionally), store, log, summarise.

Archive calls (hashing, fsync, SQLite commits) run in worker threads so a slow
disk never stalls the event loop -- a stalled loop would delay granted
requests and bunch them up, breaking the per-host spacing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from quotecheck.scraper._archive import Archive
from quotecheck.scraper._errors import ArchiveError, ChallengePage, FetchError, HTTPStatusError, InvalidInput
from quotecheck.scraper._fetcher import Fetcher, FetchResult

__all__ = ["CrawlSummary", "Failure", "PageOutcome", "crawl"]

PageOutcome = Literal["fetched", "not_modified", "skipped", "failed"]
ProgressCallback = Callable[[str, PageOutcome, str], None]


@dataclass(frozen=True)
class Failure:
    """A URL that could not be fetched, and why."""

    url: str
    reason: str


@dataclass
class CrawlSummary:
    """What happened to every URL of a run."""

    fetched: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True if no URL failed."""
        return not self.failed


def _unique(urls: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(urls))


async def crawl(
    urls: Iterable[str],
    *,
    archive: Archive,
    fetcher: Fetcher,
    refresh: bool = False,
    on_progress: ProgressCallback | None = None,
    summary: CrawlSummary | None = None,
) -> CrawlSummary:
    """Fetch every URL not yet archived (all of them, conditionally, with ``refresh``).

    Pass ``summary`` to have it filled in as URLs finish: if the run is
    interrupted, it still says what was done.
    """
    summary = summary if summary is not None else CrawlSummary()

    def done(url: str, outcome: PageOutcome, detail: str = "") -> None:
        if on_progress is not None:
            on_progress(url, outcome, detail)

    def store(url: str, result: FetchResult) -> None:
        archive.record_page(
            url=url,
            final_url=result.final_url,
            status=result.status,
            headers=result.headers,
            body=result.body,
            encoding=result.decoded().encoding,
            elapsed_s=result.elapsed,
            attempts=result.attempts,
        )

    async def one(url: str) -> None:
        previous = await asyncio.to_thread(archive.latest_good, url)
        if previous is not None and not refresh:
            summary.skipped.append(url)
            done(url, "skipped")
            return
        started = time.monotonic()
        try:
            result = await fetcher.fetch(
                url,
                etag=previous.etag if previous else None,
                last_modified=previous.last_modified if previous else None,
            )
        except (FetchError, InvalidInput) as exc:
            await asyncio.to_thread(
                archive.record_failure,
                url=url,
                outcome="challenge" if isinstance(exc, ChallengePage) else "error",
                error=exc.reason,
                status=exc.status if isinstance(exc, HTTPStatusError) else None,
                elapsed_s=time.monotonic() - started,
            )
            summary.failed.append(Failure(url, exc.reason))
            done(url, "failed", exc.reason)
            return
        if result.not_modified and previous is not None:
            await asyncio.to_thread(
                archive.record_not_modified,
                url=url,
                final_url=result.final_url,
                previous=previous,
                headers=result.headers,
                elapsed_s=result.elapsed,
                attempts=result.attempts,
            )
            summary.not_modified.append(url)
            done(url, "not_modified")
            return
        await asyncio.to_thread(store, url, result)
        summary.fetched.append(url)
        done(url, "fetched")

    # A TaskGroup, not gather: an ArchiveError (disk full, ...) cancels the run
    # instead of letting the other tasks keep fetching pages we cannot store.
    try:
        async with asyncio.TaskGroup() as group:
            for url in _unique(urls):
                group.create_task(one(url))
    except ExceptionGroup as failures:
        archive_errors = [exc for exc in failures.exceptions if isinstance(exc, ArchiveError)]
        if archive_errors:
            raise archive_errors[0] from failures
        raise
    return summary
