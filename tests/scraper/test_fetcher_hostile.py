"""The fetcher against hostile answers, through respx (no network): what is not a page, and time bounds."""

from __future__ import annotations

import asyncio
import gzip
import time
import tracemalloc
from collections.abc import AsyncIterator

import brotli  # type: ignore[import-untyped]
import httpx
import pytest
import respx
from backports import zstd
from hostile_bodies import GIB, gzip_gzip_of_zeros, truncated_gzip
from mock_fetcher import BASE, PAGE, make_fetcher

from quotecheck.scraper import (
    CircuitOpen,
    ConnectionFailed,
    FetchConfig,
    Fetcher,
    FetchTimeout,
    HTTPStatusError,
    IncompleteResponse,
    ResponseTooLarge,
    UnusableResponse,
)
from quotecheck.scraper._content_coding import ACCEPT_ENCODING

pytestmark = pytest.mark.anyio

HOST = "longbridge.com:443"


class _Chunks(httpx.AsyncByteStream):
    """A body handed over in network-sized chunks, as sent (respx would pre-read and inflate it)."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for start in range(0, len(self.data), 65536):
            yield self.data[start : start + 65536]


def raw_fetcher(routes: dict[str, tuple[int, bytes, dict[str, str]]], fake_time, **overrides) -> Fetcher:  # type: ignore[no-untyped-def]
    """A Fetcher whose transport serves ``path -> (status, raw body, headers)`` without decoding anything."""

    def handler(request: httpx.Request) -> httpx.Response:
        status, body, headers = routes.get(request.url.path, (404, b"", {}))
        return httpx.Response(status, headers={"Content-Length": str(len(body)), **headers}, stream=_Chunks(body))

    settings = {"rate_per_host": 10.0, "backoff_initial": 0.5, "backoff_jitter": 0.0, "max_attempts": 3, **overrides}
    return Fetcher(FetchConfig(**settings), transport=httpx.MockTransport(handler), clock=fake_time.clock, sleep=fake_time.sleep)


@pytest.fixture
def router() -> respx.Router:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(200, text="User-agent: *\nAllow: /\n")
    return router


# --- bodies that are not pages ---------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "content", "headers", "message"),
    [
        (206, b"<p>first half", {"Content-Range": "bytes 0-12/100"}, "HTTP 206 .* not a whole page"),
        (204, b"", {}, "HTTP 204 .* not a whole page"),
        (202, b"<p>queued</p>", {}, "HTTP 202 .* not a whole page"),
        (200, b"", {}, "HTTP 200 .* empty body"),
        (200, b"\x1f\x9d\x90abc", {"Content-Encoding": "compress"}, "unsupported Content-Encoding 'compress'"),
        (200, truncated_gzip(b"<p>page</p>" * 500), {"Content-Encoding": "gzip"}, "gzip data ends before"),
        (200, b"<p>plain, not gzip</p>", {"Content-Encoding": "gzip"}, "corrupt gzip"),
    ],
)
async def test_answers_that_are_not_pages_fail_and_are_not_retried(  # type: ignore[no-untyped-def]
    fake_time, status: int, content: bytes, headers: dict[str, str], message: str
) -> None:
    sent: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request.url.path)
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(status, headers={"Content-Length": str(len(content)), **headers}, stream=_Chunks(content))

    config = FetchConfig(rate_per_host=10.0, backoff_initial=0.5, backoff_jitter=0.0, max_attempts=3)
    async with Fetcher(config, transport=httpx.MockTransport(handler), clock=fake_time.clock, sleep=fake_time.sleep) as f:
        with pytest.raises(UnusableResponse, match=message):
            await f.fetch(PAGE)
    assert sent == ["/robots.txt", "/en/quote/002371.SZ.md"]


async def test_203_is_a_page(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    router.get(PAGE).respond(203, text="# NAURA")
    async with make_fetcher(router, fake_time) as f:
        assert (await f.fetch(PAGE)).body == b"# NAURA"


async def test_body_shorter_than_content_length_is_incomplete(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    route = router.get(PAGE).respond(200, content=b"<p>cut", headers={"Content-Length": "1000"})
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(IncompleteResponse, match="6 of the 1000 bytes"):
            await f.fetch(PAGE)
    assert route.call_count == 3  # a cut connection is worth retrying


@pytest.mark.parametrize(
    ("encoding", "encode"), [("br", brotli.compress), ("zstd", zstd.compress), ("gzip, br", lambda b: brotli.compress(gzip.compress(b)))]
)
async def test_br_and_zstd_pages_are_decoded_and_asked_for(router: respx.Router, fake_time, encoding: str, encode) -> None:  # type: ignore[no-untyped-def]
    text = "# NAURA 北方华创\n".encode() * 300
    route = router.get(PAGE).respond(200, content=encode(text), headers={"Content-Encoding": encoding})
    async with make_fetcher(router, fake_time) as f:
        assert (await f.fetch(PAGE)).body == text
    assert route.calls.last.request.headers["accept-encoding"] == ACCEPT_ENCODING


async def test_gzip_gzip_bomb_stops_at_the_cap_in_bounded_memory(fake_time) -> None:  # type: ignore[no-untyped-def]
    bomb = gzip_gzip_of_zeros(4 * GIB)
    routes = {"/robots.txt": (404, b"", {}), "/en/quote/002371.SZ.md": (200, bomb, {"Content-Encoding": "gzip, gzip"})}
    tracemalloc.start()
    try:
        async with raw_fetcher(routes, fake_time, max_response_bytes=2_000_000) as f:
            with pytest.raises(ResponseTooLarge, match="decoded body exceeds the 2000000-byte cap"):
                await f.fetch(PAGE)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, peak  # the cap plus a few steps, not a 64 KB chunk inflated 1000-fold twice


async def test_robots_bomb_is_cut_at_the_robots_cap(fake_time) -> None:  # type: ignore[no-untyped-def]
    routes = {
        "/robots.txt": (200, gzip_gzip_of_zeros(4 * GIB), {"Content-Encoding": "gzip, gzip"}),
        "/en/quote/002371.SZ.md": (200, b"# NAURA", {}),
    }
    tracemalloc.start()
    try:
        async with raw_fetcher(routes, fake_time) as f:
            assert (await f.fetch(PAGE)).body == b"# NAURA"  # 512 KiB of NULs allow everything, and stop there
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 8_000_000, peak


# --- credentials -----------------------------------------------------------------------
async def test_redirect_to_credentials_is_refused_without_leaking_them(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    router.get(PAGE).respond(302, headers={"Location": "https://admin:s3cret@longbridge.com/private"})
    target = router.get(f"{BASE}/private").respond(200, text="private")
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HTTPStatusError, match="redirects to a URL with credentials") as info:
            await f.fetch(PAGE)
    assert "s3cret" not in info.value.reason and "admin" not in info.value.reason
    assert target.call_count == 0


# --- time bounds -----------------------------------------------------------------------
async def test_429_forever_trips_the_breaker_and_the_rest_fail_fast(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    route = router.get(url__regex=rf"{BASE}/p/\d+").respond(429)
    urls = [f"{BASE}/p/{i}" for i in range(20)]
    async with make_fetcher(router, fake_time, breaker_threshold=4, max_attempts=3) as f:
        outcomes = await asyncio.gather(*(f.fetch(url) for url in urls), return_exceptions=True)
    assert route.call_count == 4
    assert all(isinstance(o, HTTPStatusError | CircuitOpen) for o in outcomes)
    opened = [o for o in outcomes if isinstance(o, CircuitOpen)]
    assert len(opened) >= 18 and "answered HTTP 429 4 times in a row" in str(opened[0])
    assert sum(fake_time.sleeps) < 60  # no URL waited out a slowed interval after the trip


async def test_other_answers_reset_the_breaker(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    route = router.get(PAGE)
    route.side_effect = [httpx.Response(429), httpx.Response(429), httpx.Response(200, text="ok")] * 3
    async with make_fetcher(router, fake_time, breaker_threshold=3, max_attempts=3) as f:
        for _ in range(3):
            assert (await f.fetch(PAGE)).body == b"ok"


async def test_huge_retry_after_fails_the_host_at_once(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    route = router.get(url__regex=rf"{BASE}/p/\d+").respond(429, headers={"Retry-After": "1000000000"})
    urls = [f"{BASE}/p/{i}" for i in range(10)]
    async with make_fetcher(router, fake_time) as f:
        outcomes = await asyncio.gather(*(f.fetch(url) for url in urls), return_exceptions=True)
    assert route.call_count == 1
    first, *rest = outcomes
    assert isinstance(first, HTTPStatusError) and first.retry_after == 1e9
    assert all(isinstance(o, CircuitOpen) and "1e+09s pause" in str(o) for o in rest)
    assert max(fake_time.sleeps, default=0) < 1


async def test_host_pause_has_a_ceiling(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    router.get(f"{BASE}/a").respond(503, headers={"Retry-After": "250"})
    router.get(f"{BASE}/b").respond(200, text="b")
    async with make_fetcher(router, fake_time, max_attempts=1, max_host_pause=45.0) as f:
        with pytest.raises(HTTPStatusError):
            await f.fetch(f"{BASE}/a")
        before = fake_time.now
        assert (await f.fetch(f"{BASE}/b")).body == b"b"
    assert 45.0 <= fake_time.now - before < 46.0  # paused 45 s, not the 250 s asked


async def test_url_deadline_bounds_the_retries(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    route = router.get(PAGE).respond(503)
    async with make_fetcher(router, fake_time, backoff_initial=10.0, max_attempts=10, url_deadline=25.0) as f:
        with pytest.raises(FetchTimeout, match=r"URL deadline of 25s would pass during the 20s wait.*HTTP 503"):
            await f.fetch(PAGE)
    assert route.call_count == 2  # tried, waited 10 s, tried, and would have waited 20 s more


async def test_url_deadline_does_not_count_time_queued_behind_other_urls(router: respx.Router, fake_time) -> None:  # type: ignore[no-untyped-def]
    router.get(url__regex=rf"{BASE}/q/\d+").respond(200, text="ok")
    urls = [f"{BASE}/q/{i}" for i in range(30)]
    async with make_fetcher(router, fake_time, rate_per_host=1.0, url_deadline=5.0) as f:
        results = await asyncio.gather(*(f.fetch(url) for url in urls))
    assert [r.body for r in results] == [b"ok"] * 30
    assert fake_time.now - 1000.0 > 29  # the last URL queued ~30 s, more than its 5 s deadline


class _Drip(httpx.AsyncByteStream):
    """One byte every ``gap`` seconds, forever (a read timeout never fires)."""

    def __init__(self, gap: float) -> None:
        self.gap = gap

    async def __aiter__(self) -> AsyncIterator[bytes]:
        while True:
            await asyncio.sleep(self.gap)
            yield b"x"


async def test_slow_drip_ends_at_the_url_deadline() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/robots.txt":
            return httpx.Response(404)
        return httpx.Response(200, stream=_Drip(0.02))

    config = FetchConfig(url_deadline=0.5, read_timeout=5.0, total_timeout=60.0, rate_per_host=50.0)
    started = time.monotonic()
    async with Fetcher(config, transport=httpx.MockTransport(handler)) as f:
        with pytest.raises(FetchTimeout, match="URL deadline of 0.5s passed"):
            await f.fetch(PAGE)
    assert time.monotonic() - started < 2.0


async def test_connection_failure_on_robots_is_a_connection_error(fake_time) -> None:  # type: ignore[no-untyped-def]
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").mock(side_effect=httpx.ConnectError("[Errno -2] Name or service not known"))
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(ConnectionFailed, match="cannot read robots.txt: ConnectError: .*Name or service"):
            await f.fetch(PAGE)
