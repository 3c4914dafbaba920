"""One exception tree for everything the scraper can refuse or fail at.

httpx (and sqlite, and OS) errors are translated at the boundary with
``raise ... from exc`` so callers only ever catch these. All sit under
quotecheck's one root, ``QuotecheckError``; only network and HTTP failures
are ``FetchError``::

    QuotecheckError             the root (quotecheck.parsers._errors)
    └── ScraperError            base of this tree; ``.url`` (may be None) and ``.reason``
        ├── InvalidInput        bad user input (URL, term, locale, page, file line)
        ├── SymbolError         symbol cannot be parsed or mapped between sites
        ├── ArchiveError        archive unreadable, unwritable or of unknown schema
        └── FetchError          a page could not be fetched
            ├── HostNotAllowed          host (or a redirect hop's host) not in the allow list
            ├── RobotsDisallowed        robots.txt forbids the URL (or is unreachable)
            ├── HTTPStatusError         non-2xx/304 final status; ``.status``, ``.retry_after``
            ├── TooManyRedirects        redirect chain longer than the limit, or a loop
            ├── ResponseTooLarge        body (declared or streamed, decoded) over the size cap
            ├── UnusableResponse        not a page: 204/206/empty, undecodable Content-Encoding
            ├── CircuitOpen             the host answered 429/503 too often in a row this run
            ├── FetchTimeout            connect/read/total deadline exceeded
            ├── ConnectionFailed        could not connect / connection reset
            │   └── IncompleteResponse  body ended before Content-Length / chunk end
            └── ChallengePage           anti-bot interstitial (Cloudflare, captcha, ...)

Retryable (see ``scraper._retry.is_retryable``): ``ConnectionFailed`` (incl.
``IncompleteResponse``), ``FetchTimeout``, and ``HTTPStatusError`` for 429 and
most 5xx. Everything else fails fast. A ``FetchTimeout`` raised because the
URL's overall deadline passed ends that URL (the deadline covers its retries).
"""

from __future__ import annotations

from quotecheck.parsers._errors import QuotecheckError

__all__ = [
    "ArchiveError",
    "ChallengePage",
    "CircuitOpen",
    "ConnectionFailed",
    "FetchError",
    "FetchTimeout",
    "HTTPStatusError",
    "HostNotAllowed",
    "IncompleteResponse",
    "InvalidInput",
    "ResponseTooLarge",
    "RobotsDisallowed",
    "ScraperError",
    "SymbolError",
    "TooManyRedirects",
    "UnusableResponse",
]


class ScraperError(QuotecheckError):
    """Base class of every scraper error; carries the URL it concerns, if any."""

    def __init__(self, message: str, *, url: str | None = None) -> None:
        super().__init__(message)
        self.url = url

    @property
    def reason(self) -> str:
        """Short human-readable reason, prefixed with the error kind."""
        return f"{type(self).__name__}: {self}"


class FetchError(ScraperError):
    """A page could not be fetched: network, HTTP, robots.txt, redirects, size."""


class InvalidInput(ScraperError):
    """User input is malformed; names the file and line when it came from one."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        url: str | None = None,
    ) -> None:
        where = ""
        if source is not None:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"{where}{message}", url=url)
        self.source = source
        self.line = line
        self.message = message
        """The message without the file and line: a report that names them itself adds only this."""


class SymbolError(ScraperError):
    """A symbol cannot be parsed, or has no counterpart on the other site."""


class HostNotAllowed(FetchError):
    """The URL's host (or a redirect hop's host) is not in the allow list."""


class RobotsDisallowed(FetchError):
    """robots.txt disallows the URL for our user agent (or could not be read)."""


class HTTPStatusError(FetchError):
    """The server answered with an error status."""

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status: int,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, url=url)
        self.status = status
        self.retry_after = retry_after


class TooManyRedirects(FetchError):
    """The redirect chain exceeded the hop limit or looped."""


class ResponseTooLarge(FetchError):
    """The response body exceeded the configured size cap."""


class UnusableResponse(FetchError):
    """The response is not a page: partial (206), empty (204), or its Content-Encoding cannot be undone."""


class CircuitOpen(FetchError):
    """The host answered 429/503 too many times in a row; its URLs fail at once for the rest of the run."""


class FetchTimeout(FetchError):
    """Connecting or reading took longer than the configured timeout."""


class ConnectionFailed(FetchError):
    """The connection could not be made or broke down."""


class IncompleteResponse(ConnectionFailed):
    """The body ended before the declared length (truncated mid-stream)."""


class ChallengePage(FetchError):
    """The response is an anti-bot challenge page, not the requested content."""


class ArchiveError(ScraperError):
    """The raw archive cannot be read or written safely."""
