"""A SOURCE that is a file of URLs: fetched first, politely and resumably, into a raw archive that is then ingested.

The fetch is ``quotecheck fetch``'s own crawl (robots.txt, rate per host, retries,
conditional requests, URLs already archived skipped), so an interrupted ingest
resumes its fetch too. A URL that cannot be fetched is an input error with its URL
and reason (quarantined, the run goes on); the archive then goes in as a source.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from quotecheck.parsers import InputError
from quotecheck.scraper._archive import Archive
from quotecheck.scraper._crawl import CrawlSummary, crawl
from quotecheck.scraper._errors import ScraperError
from quotecheck.scraper._fetcher import FetchConfig, Fetcher
from quotecheck.scraper._settings import DEFAULT_ARCHIVE_DIR, DEFAULT_RATE_PER_HOST
from quotecheck.scraper._urls import read_url_list

URL_LINE: Final = re.compile(rb"https?://\S+")
SNIFF_BYTES: Final = 4096


@dataclass(frozen=True)
class FetchSettings:
    """Where URL lists are fetched to, and how politely."""

    archive: Path = Path(DEFAULT_ARCHIVE_DIR)
    allow_hosts: tuple[str, ...] = ()
    rate: float = DEFAULT_RATE_PER_HOST


def is_url_list(path: Path) -> bool:
    """True for a file whose first line that is neither blank nor a '#' comment is an http(s) URL (a page never starts so)."""
    if not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    for raw in head.splitlines():
        line = raw.strip()
        if line and not line.startswith(b"#"):
            return URL_LINE.fullmatch(line) is not None
    return False


async def _crawl(urls: list[str], archive: Archive, config: FetchConfig, summary: CrawlSummary) -> None:
    async with Fetcher(config) as fetcher:
        await crawl(urls, archive=archive, fetcher=fetcher, summary=summary)


def fetch_url_lists(lists: Iterable[Path], settings: FetchSettings) -> list[InputError]:
    """Fetch every URL of the lists that the archive lacks; return the unusable lists and the URLs that failed."""
    errors: list[InputError] = []
    urls: list[str] = []
    for path in lists:
        try:
            urls += read_url_list(path)
        except ScraperError as exc:
            errors.append(InputError(path=str(path), line=getattr(exc, "line", None), error=type(exc).__name__,
                                     message=getattr(exc, "message", str(exc))))  # the path and line once (NU3-11)
    if not urls:
        return errors
    summary = CrawlSummary()
    try:
        config = FetchConfig(rate_per_host=settings.rate).with_hosts(h.strip().lower() for h in settings.allow_hosts)
        with Archive(settings.archive, exclusive=True) as archive:
            asyncio.run(_crawl(list(dict.fromkeys(urls)), archive, config, summary))
    except ScraperError as exc:
        errors.append(InputError(path=str(settings.archive), error=type(exc).__name__, message=str(exc)))
    errors += [InputError(path=f.url, error="FetchFailed", message=f.reason) for f in summary.failed]
    return errors
