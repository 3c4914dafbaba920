"""The polite HTTP fetcher: one URL in, one verified body (or one typed error) out.

Policies applied to every request, in order: allowed host, robots.txt (with
Crawl-delay), the host's circuit breaker, per-host rate + global concurrency,
timeouts, retries with backoff / Retry-After, manual redirects (hop count,
loop, host and credential checks), Content-Encoding undone in bounded steps
under the size cap (``_content_coding``), and anti-bot challenge detection.
Each URL has an overall deadline across its attempts, counted from its first
request. Only 200/203 bodies that are complete and non-empty are pages. httpx
errors are translated to :mod:`scraper._errors` here and nowhere else.

The only I/O seam is the httpx transport (``transport=``), so tests drive it
with respx or ``httpx.MockTransport``; ``clock``/``sleep`` are injectable too.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import partial
from types import MappingProxyType
from typing import Final, Self

import httpx
from tenacity import RetryCallState

from quotecheck.scraper._breaker import CircuitBreaker
from quotecheck.scraper._challenge import detect_challenge
from quotecheck.scraper._charset import DecodedText, decode_body
from quotecheck.scraper._content_coding import ACCEPT_ENCODING, BodyDecoder, ContentCodingError
from quotecheck.scraper._errors import (
    ChallengePage,
    ConnectionFailed,
    FetchError,
    FetchTimeout,
    HTTPStatusError,
    IncompleteResponse,
    InvalidInput,
    ResponseTooLarge,
    TooManyRedirects,
    UnusableResponse,
)
from quotecheck.scraper._retry import is_retryable_status, make_retrying, parse_retry_after
from quotecheck.scraper._robots import RobotsCache
from quotecheck.scraper._settings import (
    BACKOFF_INITIAL_S,
    BACKOFF_JITTER_S,
    BACKOFF_MAX_S,
    BREAKER_THRESHOLD,
    CHALLENGE_SNIFF_BYTES,
    DEFAULT_ALLOWED_HOSTS,
    DEFAULT_CONCURRENCY,
    DEFAULT_CONNECT_TIMEOUT_S,
    DEFAULT_MAX_ATTEMPTS,
    DEFAULT_MAX_REDIRECTS,
    DEFAULT_MAX_RESPONSE_BYTES,
    DEFAULT_RATE_PER_HOST,
    DEFAULT_READ_TIMEOUT_S,
    DEFAULT_TOTAL_TIMEOUT_S,
    DEFAULT_URL_DEADLINE_S,
    DEFAULT_USER_AGENT,
    LOGGED_HEADERS,
    MAX_HOST_PAUSE_S,
    MAX_RETRY_AFTER_S,
    MAX_ROBOTS_BYTES,
    PAGE_STATUSES,
)
from quotecheck.scraper._throttle import Throttle
from quotecheck.scraper._urls import AllowedHosts, host_key, validate_url

__all__ = ["FetchConfig", "FetchResult", "Fetcher"]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]

_REDIRECTS: Final = frozenset({301, 302, 303, 307, 308})
_SLOWDOWN_STATUSES: Final = frozenset({429, 503})
#: Response extension where an unfollowable Location is parked (see ``_on_response``).
_BAD_LOCATION: Final = "quotecheck.bad_location"
#: httpcore trace events fired as a request's headers start onto the wire.
_HEADERS_SENT: Final = frozenset({"http11.send_request_headers.started", "http2.send_request_headers.started"})


@dataclass
class _Deadline:
    """One URL's overall deadline; it starts when the URL's first request gets its turn."""

    seconds: float
    scope: asyncio.Timeout | None = None
    ends_at: float | None = None  # on the fetcher's (injectable) clock

    def start(self, now: float) -> None:
        if self.ends_at is not None:
            return
        self.ends_at = now + self.seconds
        if self.scope is not None:
            self.scope.reschedule(asyncio.get_running_loop().time() + self.seconds)


#: The deadline of the URL being fetched by the current task (robots.txt fetches included).
_DEADLINE: ContextVar[_Deadline | None] = ContextVar("quotecheck_url_deadline", default=None)


@dataclass(frozen=True)
class FetchConfig:
    """Everything that shapes how politely and patiently we fetch (defaults: ``_settings``)."""

    allowed_hosts: frozenset[str] = DEFAULT_ALLOWED_HOSTS
    rate_per_host: float = DEFAULT_RATE_PER_HOST
    concurrency: int = DEFAULT_CONCURRENCY
    user_agent: str = DEFAULT_USER_AGENT
    connect_timeout: float = DEFAULT_CONNECT_TIMEOUT_S
    read_timeout: float = DEFAULT_READ_TIMEOUT_S
    total_timeout: float = DEFAULT_TOTAL_TIMEOUT_S
    max_attempts: int = DEFAULT_MAX_ATTEMPTS
    backoff_initial: float = BACKOFF_INITIAL_S
    backoff_max: float = BACKOFF_MAX_S
    backoff_jitter: float = BACKOFF_JITTER_S
    max_retry_after: float = MAX_RETRY_AFTER_S
    max_host_pause: float = MAX_HOST_PAUSE_S
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES
    url_deadline: float = DEFAULT_URL_DEADLINE_S
    breaker_threshold: int = BREAKER_THRESHOLD

    def __post_init__(self) -> None:
        checks = {
            "rate_per_host": self.rate_per_host > 0,
            "concurrency": self.concurrency >= 1,
            "connect_timeout": self.connect_timeout > 0,
            "read_timeout": self.read_timeout > 0,
            "total_timeout": self.total_timeout > 0,
            "max_attempts": self.max_attempts >= 1,
            "max_redirects": self.max_redirects >= 0,
            "max_response_bytes": self.max_response_bytes > 0,
            "max_retry_after": self.max_retry_after >= 0,
            "max_host_pause": self.max_host_pause >= 0,
            "url_deadline": self.url_deadline > 0,
            "breaker_threshold": self.breaker_threshold >= 1,
        }
        bad = [name for name, ok in checks.items() if not ok]
        if bad:
            raise InvalidInput(f"invalid fetch settings: {', '.join(bad)} out of range")
        if not self.user_agent.strip() or not self.user_agent.isprintable():
            raise InvalidInput("user agent must be non-empty printable text")

    def with_hosts(self, extra: Iterable[str]) -> FetchConfig:
        """A copy that also allows ``extra`` hosts."""
        return replace(self, allowed_hosts=self.allowed_hosts | frozenset(extra))


@dataclass(frozen=True)
class FetchResult:
    """A successful fetch: 2xx with body, or 304 (empty body: reuse the stored one).

    ``elapsed`` is seconds from the ``fetch()`` call to the result, throttle
    waits and retries included; ``attempts`` counts every request sent
    (retries and redirect hops); ``headers`` keeps only the logged ones.
    """

    url: str
    final_url: str
    status: int
    headers: Mapping[str, str]
    body: bytes
    elapsed: float
    attempts: int
    redirects: tuple[str, ...] = field(default=())

    @property
    def not_modified(self) -> bool:
        """True for a 304 answer to a conditional request."""
        return self.status == 304

    @property
    def content_type(self) -> str | None:
        """The Content-Type header, if sent."""
        return self.headers.get("content-type")

    def decoded(self) -> DecodedText:
        """The body as text, charset chosen from header, <meta> or UTF-8."""
        return decode_body(self.body, self.content_type)


@dataclass(frozen=True)
class _Raw:
    status: int
    headers: httpx.Headers
    body: bytes
    bad_location: str | None = None


async def _raw_chunks(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as sent (still content-coded), even if the transport pre-read it (respx does)."""
    if not response.is_stream_consumed:
        async for chunk in response.aiter_raw():
            yield chunk
        return
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise httpx.StreamConsumed()
    async for chunk in stream:  # a pre-read ByteStream replays its raw bytes
        yield chunk


def _logged_headers(headers: httpx.Headers) -> Mapping[str, str]:
    return MappingProxyType({name: headers[name] for name in LOGGED_HEADERS if name in headers})


class Fetcher:
    """Fetch URLs politely; use as ``async with Fetcher(config) as f: await f.fetch(url)``."""

    def __init__(
        self,
        config: FetchConfig | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
    ) -> None:
        self.config = config or FetchConfig()
        self._allowed = AllowedHosts(self.config.allowed_hosts)
        self._clock = clock
        self._sleep = sleep
        self._throttle = Throttle(self.config.rate_per_host, self.config.concurrency, clock=clock, sleep=sleep)
        self._breaker = CircuitBreaker(self.config.breaker_threshold)
        self._robots = RobotsCache(self._fetch_robots, self.config.user_agent)
        self._client = httpx.AsyncClient(
            transport=transport,
            follow_redirects=False,
            headers={"User-Agent": self.config.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            timeout=httpx.Timeout(
                connect=self.config.connect_timeout,
                read=self.config.read_timeout,
                write=self.config.read_timeout,
                pool=self.config.total_timeout,
            ),
            limits=httpx.Limits(max_connections=self.config.concurrency * 2),
            event_hooks={"request": [self._on_request], "response": [self._on_response]},
        )

    async def _on_request(self, request: httpx.Request) -> None:
        # The turn was granted a moment ago; spacing counts from when the request really leaves.
        self._throttle.mark_sent(host_key(request.url))

    async def _trace(self, host: str, event: str, info: Mapping[str, object]) -> None:
        # httpcore's trace: the request line really leaves now, after any connection set-up
        # (a new TCP connection can take longer than the spacing margin on a loaded machine).
        if event in _HEADERS_SENT:
            self._throttle.mark_sent(host)

    async def _on_response(self, response: httpx.Response) -> None:
        # httpx builds the next request for any Location even with follow_redirects=False and
        # raises InvalidURL on e.g. "mailto:x"; park such a Location so we can report it properly.
        location = response.headers.get("location")
        if response.status_code not in _REDIRECTS or location is None:
            return
        try:
            usable = response.url.join(location).scheme in {"http", "https"}
        except httpx.InvalidURL:
            usable = False
        if not usable:
            del response.headers["location"]
            response.extensions[_BAD_LOCATION] = location

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the HTTP client and its connections."""
        await self._client.aclose()

    @property
    def throttle(self) -> Throttle:
        """The admission controller (exposed for inspection in tests and benchmarks)."""
        return self._throttle

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch ``url`` under every policy; conditional if validators are given. Raises FetchError."""
        validate_url(url)
        deadline = _Deadline(self.config.url_deadline)
        token = _DEADLINE.set(deadline)
        try:
            async with asyncio.timeout(None) as scope:
                deadline.scope = scope
                return await self._fetch(url, etag, last_modified)
        except TimeoutError as exc:  # only our scope raises a bare TimeoutError here (_send converts its own)
            raise FetchTimeout(
                f"URL deadline of {self.config.url_deadline:g}s passed (attempts, redirects and waits included)",
                url=url,
            ) from exc
        finally:
            _DEADLINE.reset(token)

    async def _fetch(self, url: str, etag: str | None, last_modified: str | None) -> FetchResult:
        started = self._clock()
        conditional: dict[str, str] = {}
        if etag:
            conditional["If-None-Match"] = etag
        if last_modified:
            conditional["If-Modified-Since"] = last_modified
        current = httpx.URL(url)
        seen = {str(current)}
        hops: list[str] = []
        attempts = 0
        while True:
            self._allowed.check(current)
            delay = await self._robots.check(str(current))
            if delay is not None:
                self._throttle.apply_crawl_delay(host_key(current), delay)
            raw, tries = await self._with_retries(current, conditional, self.config.max_response_bytes, False)
            attempts += tries
            target = self._redirect_target(current, raw)
            if target is None:
                break
            if str(target) in seen:
                raise TooManyRedirects(f"redirect loop back to {target} after {len(hops) + 1} hop(s)", url=url)
            if len(hops) >= self.config.max_redirects:
                raise TooManyRedirects(f"more than {self.config.max_redirects} redirects", url=url)
            seen.add(str(target))
            hops.append(str(target))
            current = target
        if raw.status == 304 and not conditional:
            raise HTTPStatusError("304 Not Modified to an unconditional request", url=url, status=304)
        if not (200 <= raw.status <= 299 or raw.status == 304):
            raise HTTPStatusError(
                f"HTTP {raw.status} from {current}", url=url, status=raw.status, retry_after=None
            )
        if raw.status != 304 and raw.status not in PAGE_STATUSES:
            raise UnusableResponse(f"HTTP {raw.status} from {current} is not a whole page", url=url)
        if raw.status != 304 and not raw.body:
            raise UnusableResponse(f"HTTP {raw.status} from {current} has an empty body", url=url)
        return FetchResult(
            url=url,
            final_url=str(current),
            status=raw.status,
            headers=_logged_headers(raw.headers),
            body=raw.body,
            elapsed=self._clock() - started,
            attempts=attempts,
            redirects=tuple(hops),
        )

    def _redirect_target(self, current: httpx.URL, raw: _Raw) -> httpx.URL | None:
        if raw.bad_location is not None:
            raise HTTPStatusError(
                f"HTTP {raw.status} redirects to unusable or non-HTTP Location {raw.bad_location[:200]!r}",
                url=str(current),
                status=raw.status,
            )
        if raw.status not in _REDIRECTS or "location" not in raw.headers:
            return None
        target = current.join(raw.headers["location"]).copy_with(fragment=None)
        if target.userinfo:  # refused as in user-given URLs; the secret stays out of messages and logs
            shown = target.copy_with(username=None, password=None)
            raise HTTPStatusError(
                f"HTTP {raw.status} redirects to a URL with credentials ({shown}); refusing",
                url=str(current),
                status=raw.status,
            )
        return target

    async def _fetch_robots(self, url: str) -> tuple[int, bytes]:
        """Fetch robots.txt (following redirects within allowed hosts); 4xx is returned, not raised."""
        current = httpx.URL(url)
        for _ in range(self.config.max_redirects + 1):
            self._allowed.check(current)
            raw, _tries = await self._with_retries(current, {}, MAX_ROBOTS_BYTES, True)
            target = self._redirect_target(current, raw)
            if target is None:
                return raw.status, raw.body
            current = target
        raise TooManyRedirects(f"robots.txt redirected more than {self.config.max_redirects} times", url=url)

    async def _with_retries(
        self, url: httpx.URL, headers: Mapping[str, str], limit: int, truncate: bool
    ) -> tuple[_Raw, int]:
        retrying = make_retrying(
            max_attempts=self.config.max_attempts,
            initial=self.config.backoff_initial,
            maximum=self.config.backoff_max,
            jitter=self.config.backoff_jitter,
            max_retry_after=self.config.max_retry_after,
            sleep=self._sleep,
            before_sleep=partial(self._check_deadline, str(url)),
        )
        tries = 0
        async for attempt in retrying:
            with attempt:
                tries += 1
                raw = await self._attempt(url, headers, limit, truncate)
        return raw, tries

    def _check_deadline(self, url: str, state: RetryCallState) -> None:
        """Before a retry wait: give up now if the wait would end past the URL's deadline."""
        deadline = _DEADLINE.get()
        if deadline is None or deadline.ends_at is None:
            return
        wait = state.upcoming_sleep
        if self._clock() + wait <= deadline.ends_at:
            return
        last = state.outcome.exception() if state.outcome is not None else None
        detail = f"; last: {last.reason}" if isinstance(last, FetchError) else ""
        raise FetchTimeout(
            f"URL deadline of {deadline.seconds:g}s would pass during the {wait:g}s wait before the next try{detail}",
            url=url,
        ) from last

    async def _attempt(self, url: httpx.URL, headers: Mapping[str, str], limit: int, truncate: bool) -> _Raw:
        """One request: wait for a turn, send, read (capped), classify retryable statuses."""
        host = host_key(url)
        async with self._throttle.turn(host, check=partial(self._breaker.check, host, str(url))):
            deadline = _DEADLINE.get()
            if deadline is not None:
                deadline.start(self._clock())
            raw = await self._send(url, headers, limit, truncate)
        status = raw.status
        self._breaker.record(host, status)
        challenge = detect_challenge(status, raw.headers, raw.body) if status not in _REDIRECTS else None
        if challenge is not None:
            self._throttle.slow_down(host)
            raise ChallengePage(challenge, url=str(url))
        if is_retryable_status(status):
            retry_after = parse_retry_after(raw.headers.get("retry-after"))
            if status in _SLOWDOWN_STATUSES:
                self._throttle.slow_down(host)
            if retry_after is not None and retry_after > self.config.max_retry_after:
                # Not retried, and every other URL of the host would get the same answer.
                self._breaker.trip(
                    host, f"host {host} asked for a {retry_after:g}s pause (Retry-After), over our {self.config.max_retry_after:g}s limit"
                )
            elif retry_after is not None:
                self._throttle.pause(host, min(retry_after, self.config.max_host_pause))
            hint = f" (Retry-After {retry_after:g}s)" if retry_after is not None else ""
            raise HTTPStatusError(f"HTTP {status}{hint}", url=str(url), status=status, retry_after=retry_after)
        return raw

    async def _send(self, url: httpx.URL, headers: Mapping[str, str], limit: int, truncate: bool) -> _Raw:
        """Send one GET and read its body, translating httpx errors at this boundary."""
        where = str(url)
        try:
            async with asyncio.timeout(self.config.total_timeout):
                request = self._client.build_request(
                    "GET", url, headers=dict(headers), extensions={"trace": partial(self._trace, host_key(url))}
                )
                response = await self._client.send(request, stream=True)
                try:
                    return await self._read(response, limit, truncate)
                finally:
                    await response.aclose()
        except TimeoutError as exc:
            raise FetchTimeout(f"no complete response within {self.config.total_timeout:g}s", url=where) from exc
        except httpx.ConnectTimeout as exc:
            raise FetchTimeout(f"connect timeout after {self.config.connect_timeout:g}s", url=where) from exc
        except httpx.TimeoutException as exc:
            raise FetchTimeout(f"read timeout after {self.config.read_timeout:g}s", url=where) from exc
        except httpx.RemoteProtocolError as exc:
            raise IncompleteResponse(f"connection closed mid-response: {exc}", url=where) from exc
        except (httpx.DecodingError, ContentCodingError) as exc:
            raise UnusableResponse(f"undecodable response body: {exc}", url=where) from exc
        except httpx.TransportError as exc:
            raise ConnectionFailed(f"{type(exc).__name__}: {exc}".rstrip(": "), url=where) from exc
        except httpx.InvalidURL as exc:
            raise InvalidInput(f"cannot request URL: {exc}", url=where) from exc

    async def _read(self, response: httpx.Response, limit: int, truncate: bool) -> _Raw:
        """Read the raw body and undo its Content-Encoding step by step, counting decoded bytes."""
        status = response.status_code
        if status in _REDIRECTS or status == 304:
            return _Raw(status, response.headers, b"", response.extensions.get(_BAD_LOCATION))
        sniff_only = not 200 <= status <= 299
        if sniff_only:
            limit, truncate = min(limit, CHALLENGE_SNIFF_BYTES), True  # error bodies: sniff, never keep
        declared = response.headers.get("content-length", "")
        if not truncate and declared.isdigit() and int(declared) > limit:
            raise ResponseTooLarge(
                f"Content-Length {int(declared)} exceeds the {limit}-byte cap", url=str(response.url)
            )
        chunks: list[bytes] = []
        size = 0
        received = 0
        try:
            decoder = BodyDecoder(response.headers.get("content-encoding"))
            async for raw_chunk in _raw_chunks(response):
                received += len(raw_chunk)
                for piece in decoder.feed(raw_chunk):
                    size += len(piece)
                    if size > limit:
                        if not truncate:
                            raise ResponseTooLarge(f"decoded body exceeds the {limit}-byte cap", url=str(response.url))
                        chunks.append(piece[: len(piece) - (size - limit)])
                        return _Raw(status, response.headers, b"".join(chunks))
                    chunks.append(piece)
            if declared.isdigit() and received < int(declared):
                raise IncompleteResponse(
                    f"body has {received} of the {int(declared)} bytes its Content-Length promises", url=str(response.url)
                )
            decoder.finish()
        except ContentCodingError:
            if not sniff_only:
                raise
            # An error status is reported as such; its body is only sniffed for challenges.
        return _Raw(status, response.headers, b"".join(chunks))
