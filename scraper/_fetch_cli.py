"""``quotecheck fetch``: fetch source pages into the raw archive, politely and resumably.

Exit status: 0 all pages fetched/unchanged/skipped, 1 some failed, 2 bad
arguments or input (bad input names the file and line, an archive in use by
another fetch is refused), 130 interrupted (Ctrl-C; the summary so far is
printed, and the same command resumes).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)

from quotecheck.scraper._archive import Archive
from quotecheck.scraper._crawl import CrawlSummary, PageOutcome, crawl
from quotecheck.scraper._errors import ArchiveError, InvalidInput, ScraperError
from quotecheck.scraper._fetcher import FetchConfig, Fetcher
from quotecheck.scraper._settings import (
    BACKOFF_INITIAL_S,
    DEFAULT_ARCHIVE_DIR,
    DEFAULT_CONCURRENCY,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_RATE_PER_HOST,
    DEFAULT_READ_TIMEOUT_S,
    DEFAULT_URL_DEADLINE_S,
    DEFAULT_USER_AGENT,
)
from quotecheck.scraper._sources import (
    LONGBRIDGE_LOCALES,
    LONGBRIDGE_PAGES,
    gurufocus_term_url,
    longbridge_url,
)
from quotecheck.scraper._symbols import MARKET_TO_EXCHANGES, to_gurufocus
from quotecheck.scraper._urls import AllowedHosts, read_url_list

US_EXCHANGES = MARKET_TO_EXCHANGES["US"]
"""The GuruFocus exchanges a US symbol may trade on (--exchange)."""

__all__ = ["fetch_command"]

SITES = ("gurufocus", "longbridge")
#: Exit status after Ctrl-C, as shells report SIGINT (128 + 2).
EXIT_INTERRUPTED = 130


def build_urls(
    *,
    symbols: Sequence[str],
    site: str | None,
    terms: Sequence[str],
    pages: Sequence[str],
    locale: str,
    exchange: str | None,
    urls_file: Path | None,
) -> list[str]:
    """Turn CLI options into the URL list; raises click.UsageError/BadParameter on bad input."""
    if symbols and site is None:
        raise click.UsageError("--symbol needs --site (gurufocus or longbridge)")
    if site is not None and not symbols:
        raise click.UsageError(f"--site {site} needs at least one --symbol")
    if site == "gurufocus" and not terms:
        raise click.UsageError("--site gurufocus needs at least one --term (e.g. --term e10)")
    if site == "gurufocus" and pages:
        raise click.UsageError("--page applies to --site longbridge only")
    if site == "longbridge" and (terms or exchange):
        raise click.UsageError("--term/--exchange apply to --site gurufocus only")
    if not symbols and urls_file is None:
        raise click.UsageError("nothing to fetch: give --symbol with --site, or --urls FILE")
    urls: list[str] = []
    try:
        for symbol in symbols:
            if site == "gurufocus":
                if ":" not in symbol and exchange is None:  # mapped once here, said once: not once a term
                    mapped = to_gurufocus(symbol, warn=False)
                    if mapped.exchange_assumed:
                        click.echo(f"note: {symbol}: no --exchange given; assuming {mapped.exchange} (pass --exchange "
                                   f"with one of {', '.join(US_EXCHANGES)} to be explicit)", err=True)
                    symbol = str(mapped)
                urls.extend(gurufocus_term_url(term, symbol, exchange) for term in terms)
            else:
                urls.extend(longbridge_url(symbol, page, locale) for page in (pages or ("quote",)))
    except ScraperError as exc:
        raise click.BadParameter(str(exc), param_hint="--symbol/--term") from exc
    if urls_file is not None:
        try:
            urls.extend(read_url_list(urls_file))
        except InvalidInput as exc:
            raise click.BadParameter(str(exc), param_hint="--urls") from exc
    return list(dict.fromkeys(urls))


@contextmanager
def _progress(total: int) -> Iterator[Progress]:
    console = Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]fetch"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.description}"),
        console=console,
        disable=not console.is_terminal,
        transient=False,
    )
    with progress:
        yield progress


async def _run(
    urls: list[str], archive: Archive, config: FetchConfig, refresh: bool, summary: CrawlSummary
) -> CrawlSummary:
    with _progress(len(urls)) as progress:
        task = progress.add_task("", total=len(urls))

        def on_progress(url: str, outcome: PageOutcome, detail: str) -> None:
            progress.update(task, advance=1, description=f"{outcome}: {url}"[:80])

        async with Fetcher(config) as fetcher:
            return await crawl(
                urls, archive=archive, fetcher=fetcher, refresh=refresh, on_progress=on_progress, summary=summary
            )


def _print_summary(summary: CrawlSummary) -> None:
    click.echo(
        f"fetched: {len(summary.fetched)}  not modified: {len(summary.not_modified)}  "
        f"skipped (already archived): {len(summary.skipped)}  failed: {len(summary.failed)}"
    )
    for failure in summary.failed:
        click.echo(f"FAILED {failure.url}  {failure.reason}")


@click.command("fetch")
@click.option("--symbol", "symbols", multiple=True, metavar="SYMBOL",
              help="Longbridge symbol (002371.SZ) or GuruFocus symbol (SZSE:002371). Repeatable.")
@click.option("--site", type=click.Choice(SITES), help="Which site to build URLs for.")
@click.option("--term", "terms", multiple=True, metavar="SLUG", help="GuruFocus term slug, e.g. e10. Repeatable.")
@click.option("--exchange", default=None, metavar="EXCHANGE",
              help=f"GuruFocus exchange for US symbols: {', '.join(US_EXCHANGES)} (NAS assumed if omitted).")
@click.option("--locale", default="en", show_default=True, type=click.Choice(LONGBRIDGE_LOCALES),
              help="Longbridge locale.")
@click.option("--page", "pages", multiple=True, type=click.Choice(LONGBRIDGE_PAGES),
              help="Longbridge page (default: quote). Repeatable.")
@click.option("--urls", "urls_file", type=click.Path(path_type=Path, dir_okay=False),
              help="File with one URL per line; '#' starts a comment.")
@click.option("--archive", "archive_dir", type=click.Path(path_type=Path, file_okay=False),
              default=DEFAULT_ARCHIVE_DIR, show_default=True, help="Archive directory.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="HOST[:PORT]",
              help="Also allow this host (default: Longbridge and GuruFocus only). Repeatable.")
@click.option("--rate", type=click.FloatRange(min=0, min_open=True, max=100), default=DEFAULT_RATE_PER_HOST,
              show_default=True, help="Requests per second per host.")
@click.option("--concurrency", type=click.IntRange(1, 64), default=DEFAULT_CONCURRENCY, show_default=True,
              help="Requests in flight at once.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True, max=600), default=DEFAULT_READ_TIMEOUT_S,
              show_default=True, help="Connect and read timeout, seconds.")
@click.option("--max-attempts", type=click.IntRange(1, 10), default=DEFAULT_MAX_ATTEMPTS, show_default=True,
              help="Attempts per request (retries on connection errors, timeouts, 429, 5xx).")
@click.option("--backoff", type=click.FloatRange(min=0, max=60), default=BACKOFF_INITIAL_S, show_default=True,
              help="First retry backoff in seconds (doubles, plus up to as much jitter).")
@click.option("--url-deadline", type=click.FloatRange(min=0, min_open=True, max=86400), default=DEFAULT_URL_DEADLINE_S,
              show_default=True, help="Give up on a URL this many seconds after its first request (retries included).")
@click.option("--user-agent", default=DEFAULT_USER_AGENT, show_default=True,
              help="User-Agent header; keep a way to contact you in it.")
@click.option("--refresh", is_flag=True, help="Re-fetch archived URLs (conditionally: ETag/Last-Modified).")
def fetch_command(
    symbols: tuple[str, ...],
    site: str | None,
    terms: tuple[str, ...],
    exchange: str | None,
    locale: str,
    pages: tuple[str, ...],
    urls_file: Path | None,
    archive_dir: Path,
    allow_hosts: tuple[str, ...],
    rate: float,
    concurrency: int,
    timeout: float,
    max_attempts: int,
    backoff: float,
    url_deadline: float,
    user_agent: str,
    refresh: bool,
) -> None:
    """Fetch pages into the raw archive (skipping URLs already archived unless --refresh)."""
    urls = build_urls(
        symbols=symbols, site=site, terms=terms, pages=pages, locale=locale, exchange=exchange, urls_file=urls_file
    )
    try:
        AllowedHosts(allow_hosts)
        config = FetchConfig(
            rate_per_host=rate,
            concurrency=concurrency,
            user_agent=user_agent,
            connect_timeout=timeout,
            read_timeout=timeout,
            max_attempts=max_attempts,
            backoff_initial=backoff,
            backoff_jitter=backoff,
            url_deadline=url_deadline,
        ).with_hosts(host.strip().lower() for host in allow_hosts)
    except InvalidInput as exc:
        raise click.BadParameter(str(exc), param_hint="--allow-host/--user-agent") from exc
    try:
        archive = Archive(archive_dir, exclusive=True)
    except ArchiveError as exc:
        raise click.BadParameter(str(exc), param_hint="--archive") from exc
    summary = CrawlSummary()
    try:
        with archive:
            asyncio.run(_run(urls, archive, config, refresh, summary))
    except ArchiveError as exc:
        raise click.ClickException(f"archive failure, stopped (pages stored so far are safe): {exc}") from exc
    except KeyboardInterrupt:
        _print_summary(summary)
        finished = len(summary.fetched) + len(summary.not_modified) + len(summary.skipped) + len(summary.failed)
        click.echo(
            f"interrupted: {len(urls) - finished} of {len(urls)} URL(s) not finished; "
            "pages stored so far are safe, run the same command again to resume",
            err=True,
        )
        click.get_current_context().exit(EXIT_INTERRUPTED)
    _print_summary(summary)
    if not summary.ok:
        click.get_current_context().exit(1)

