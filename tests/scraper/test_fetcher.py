"""Fetcher policies against a respx router injected as the httpx transport (no network)."""

from __future__ import annotations

import email.utils
import gzip
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import respx
from mock_fetcher import BASE, PAGE, make_fetcher

from quotecheck.scraper import (
    ChallengePage,
    ConnectionFailed,
    FetchConfig,
    FetchTimeout,
    HostNotAllowed,
    HTTPStatusError,
    InvalidInput,
    ResponseTooLarge,
    RobotsDisallowed,
    TooManyRedirects,
)

pytestmark = pytest.mark.anyio

ALLOW_ALL = "User-agent: *\nAllow: /\n"


@pytest.fixture
def router() -> respx.Router:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(200, text=ALLOW_ALL)
    return router


async def test_success_sends_user_agent_and_returns_body(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE).respond(200, text="# NAURA", headers={"Content-Type": "text/markdown; charset=utf-8"})
    async with make_fetcher(router, fake_time, user_agent="quotecheck-test/1 (+mailto:ops@example.org)") as f:
        result = await f.fetch(PAGE)
    assert result.body == b"# NAURA" and result.status == 200 and result.final_url == PAGE
    assert result.content_type == "text/markdown; charset=utf-8"
    assert result.decoded().text == "# NAURA"
    assert route.calls.last.request.headers["user-agent"] == "quotecheck-test/1 (+mailto:ops@example.org)"
    assert router.routes[0].calls.last.request.headers["user-agent"].startswith("quotecheck-test/1")


async def test_retries_5xx_with_exponential_backoff(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE)
    route.side_effect = [httpx.Response(500), httpx.Response(502), httpx.Response(200, text="ok")]
    async with make_fetcher(router, fake_time) as f:
        result = await f.fetch(PAGE)
    assert result.body == b"ok" and result.attempts == 3 and route.call_count == 3
    backoffs = [s for s in fake_time.sleeps if s in (0.5, 1.0)]
    assert backoffs == [0.5, 1.0]


async def test_gives_up_after_max_attempts(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE).respond(503)
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HTTPStatusError) as info:
            await f.fetch(PAGE)
    assert info.value.status == 503 and route.call_count == 3


@pytest.mark.parametrize("status", [400, 403, 404, 410])
async def test_no_retry_on_other_4xx(router: respx.Router, fake_time, status: int) -> None:
    route = router.get(PAGE).respond(status)
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HTTPStatusError, match=f"HTTP {status}") as info:
            await f.fetch(PAGE)
    assert info.value.status == status and route.call_count == 1


def _http_date_in(seconds: int) -> str:
    return email.utils.format_datetime(datetime.now(UTC) + timedelta(seconds=seconds), usegmt=True)


@pytest.mark.parametrize(("form", "low", "high"), [("seconds", 7, 7), ("http-date", 28, 30)])
async def test_retry_after_is_honoured_and_slows_the_host(
    router: respx.Router, fake_time, form: str, low: float, high: float
) -> None:
    retry_after = "7" if form == "seconds" else _http_date_in(30)
    route = router.get(PAGE)
    route.side_effect = [httpx.Response(429, headers={"Retry-After": retry_after}), httpx.Response(200, text="ok")]
    async with make_fetcher(router, fake_time) as f:
        before = f.throttle.interval("longbridge.com:443")
        result = await f.fetch(PAGE)
        after = f.throttle.interval("longbridge.com:443")
    assert result.body == b"ok" and route.call_count == 2
    waited = max(fake_time.sleeps)  # tenacity's wait: what the server asked for, not our backoff
    assert low <= waited <= high
    assert after == pytest.approx(before * 2)  # slowed for the rest of the run


async def test_slowdown_persists_after_later_success(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE)
    route.side_effect = [httpx.Response(503), httpx.Response(200, text="a"), httpx.Response(200, text="b")]
    async with make_fetcher(router, fake_time, max_attempts=2) as f:
        base = f.throttle.interval("longbridge.com:443")
        await f.fetch(PAGE)
        await f.fetch(PAGE)
        assert f.throttle.interval("longbridge.com:443") == pytest.approx(base * 2)


async def test_retry_after_beyond_cap_fails_fast(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE).respond(429, headers={"Retry-After": "86400"})
    async with make_fetcher(router, fake_time, max_retry_after=60) as f:
        with pytest.raises(HTTPStatusError, match="Retry-After 86400s"):
            await f.fetch(PAGE)
    assert route.call_count == 1


async def test_connection_errors_are_retried_and_translated(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE).mock(side_effect=httpx.ConnectError("refused"))
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(ConnectionFailed, match="refused") as info:
            await f.fetch(PAGE)
    assert route.call_count == 3
    assert isinstance(info.value.__cause__, httpx.ConnectError)


async def test_read_timeout_is_retried_then_reported(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE)
    route.side_effect = [httpx.ReadTimeout("slow"), httpx.Response(200, text="ok")]
    async with make_fetcher(router, fake_time) as f:
        assert (await f.fetch(PAGE)).body == b"ok"
    route.side_effect = httpx.ReadTimeout("slow")
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(FetchTimeout, match="read timeout"):
            await f.fetch(PAGE)


async def test_robots_disallow_blocks_without_requesting(fake_time) -> None:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(200, text="User-agent: *\nDisallow: /en/\n")
    page = router.get(PAGE).respond(200, text="never")
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(RobotsDisallowed, match="disallows"):
            await f.fetch(PAGE)
    assert page.call_count == 0


async def test_robots_is_fetched_once_and_crawl_delay_spaces_requests(fake_time) -> None:
    router = respx.Router(assert_all_mocked=True)
    robots = router.get(f"{BASE}/robots.txt").respond(200, text="User-agent: *\nCrawl-delay: 5\n")
    router.get(url__regex=rf"{BASE}/en/quote/.*").respond(200, text="ok")
    async with make_fetcher(router, fake_time) as f:
        await f.fetch(PAGE)
        await f.fetch(f"{BASE}/en/quote/600519.SH.md")
        assert f.throttle.interval("longbridge.com:443") == 5.0
    assert robots.call_count == 1
    assert sum(fake_time.sleeps) >= 5.0  # the second page waited out the Crawl-delay


async def test_robots_5xx_means_disallow_all(fake_time) -> None:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(500)
    page = router.get(PAGE).respond(200)
    async with make_fetcher(router, fake_time, max_attempts=1) as f:
        with pytest.raises(RobotsDisallowed, match="robots.txt unreachable"):
            await f.fetch(PAGE)
    assert page.call_count == 0


async def test_robots_404_means_allow_all(fake_time) -> None:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(404)
    router.get(PAGE).respond(200, text="ok")
    async with make_fetcher(router, fake_time) as f:
        assert (await f.fetch(PAGE)).body == b"ok"


async def test_declared_size_over_cap_is_refused(router: respx.Router, fake_time) -> None:
    router.get(PAGE).respond(200, content=b"x" * 2000)
    async with make_fetcher(router, fake_time, max_response_bytes=1000) as f:
        with pytest.raises(ResponseTooLarge, match="Content-Length 2000 exceeds the 1000-byte cap"):
            await f.fetch(PAGE)


async def test_streamed_size_over_cap_is_aborted(router: respx.Router, fake_time) -> None:
    sent: list[int] = []

    async def endless() -> AsyncIterator[bytes]:
        for index in range(1000):
            sent.append(index)
            yield b"y" * 512

    router.get(PAGE).mock(side_effect=lambda request: httpx.Response(200, content=endless()))
    async with make_fetcher(router, fake_time, max_response_bytes=4096) as f:
        with pytest.raises(ResponseTooLarge, match="body exceeds the 4096-byte cap"):
            await f.fetch(PAGE)
    assert len(sent) < 20  # we stopped reading, we did not drain the stream


async def test_host_not_allowed_is_refused_before_any_request(fake_time) -> None:
    router = respx.Router(assert_all_mocked=False)
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HostNotAllowed, match="example.com:443"):
            await f.fetch("https://example.com/x")
    assert router.calls.call_count == 0


async def test_redirect_to_foreign_host_is_refused(router: respx.Router, fake_time) -> None:
    router.get(PAGE).respond(302, headers={"Location": "https://evil.example/steal"})
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HostNotAllowed, match="evil.example"):
            await f.fetch(PAGE)


async def test_redirects_are_followed_across_allowed_hosts(fake_time) -> None:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(200, text=ALLOW_ALL)
    router.get("https://www.gurufocus.com/robots.txt").respond(200, text=ALLOW_ALL)
    router.get(PAGE).respond(301, headers={"Location": "https://www.gurufocus.com/term/e10/SZSE:002371"})
    router.get("https://www.gurufocus.com/term/e10/SZSE:002371").respond(302, headers={"Location": "/final"})
    router.get("https://www.gurufocus.com/final").respond(200, text="done")
    async with make_fetcher(router, fake_time) as f:
        result = await f.fetch(PAGE)
    assert result.final_url == "https://www.gurufocus.com/final"
    assert result.redirects == ("https://www.gurufocus.com/term/e10/SZSE:002371", "https://www.gurufocus.com/final")


async def test_redirect_chain_is_bounded(router: respx.Router, fake_time) -> None:
    router.get(url__regex=rf"{BASE}/hop/(?P<n>\d+)").mock(
        side_effect=lambda request, n: httpx.Response(302, headers={"Location": f"/hop/{int(n) + 1}"})
    )
    async with make_fetcher(router, fake_time, max_redirects=3) as f:
        with pytest.raises(TooManyRedirects, match="more than 3 redirects"):
            await f.fetch(f"{BASE}/hop/0")
    assert router.calls.call_count == 1 + 4  # robots + the first page + 3 redirects


async def test_redirect_loop_is_detected(router: respx.Router, fake_time) -> None:
    router.get(f"{BASE}/a").respond(302, headers={"Location": "/b"})
    router.get(f"{BASE}/b").respond(302, headers={"Location": "/a"})
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(TooManyRedirects, match="redirect loop"):
            await f.fetch(f"{BASE}/a")


@pytest.mark.parametrize("location", ["ftp://longbridge.com/x", "javascript:alert(1)", "mailto:ops@example.org"])
async def test_unfollowable_redirects_fail_with_the_status(router: respx.Router, fake_time, location: str) -> None:
    router.get(PAGE).respond(301, headers={"Location": location})
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HTTPStatusError, match="HTTP 301") as info:
            await f.fetch(PAGE)
    assert info.value.status == 301


async def test_conditional_headers_and_304(router: respx.Router, fake_time) -> None:
    route = router.get(PAGE).respond(304, headers={"ETag": '"v2"'})
    async with make_fetcher(router, fake_time) as f:
        result = await f.fetch(PAGE, etag='"v1"', last_modified="Fri, 10 May 2024 12:00:00 GMT")
    assert result.not_modified and result.body == b""
    sent = route.calls.last.request.headers
    assert sent["if-none-match"] == '"v1"'
    assert sent["if-modified-since"] == "Fri, 10 May 2024 12:00:00 GMT"


async def test_unconditional_304_is_an_error(router: respx.Router, fake_time) -> None:
    router.get(PAGE).respond(304)
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(HTTPStatusError, match="unconditional"):
            await f.fetch(PAGE)


@pytest.mark.parametrize("status", [200, 403, 503])
async def test_challenge_pages_fail_without_retry(router: respx.Router, fake_time, status: int) -> None:
    body = "<html><head><title>Just a moment...</title></head><body>checking</body></html>"
    route = router.get(PAGE).respond(status, text=body)
    async with make_fetcher(router, fake_time) as f:
        with pytest.raises(ChallengePage, match="Just a moment"):
            await f.fetch(PAGE)
        assert f.throttle.interval("longbridge.com:443") > 0.1 * 1.5  # slowed down
    assert route.call_count == 1


async def test_gzip_bodies_are_decoded(router: respx.Router, fake_time) -> None:
    router.get(PAGE).respond(200, content=gzip.compress(b"hello " * 100), headers={"Content-Encoding": "gzip"})
    async with make_fetcher(router, fake_time) as f:
        assert (await f.fetch(PAGE)).body == b"hello " * 100


async def test_decompression_bomb_hits_the_cap(router: respx.Router, fake_time) -> None:
    router.get(PAGE).respond(200, content=gzip.compress(b"\0" * 5_000_000), headers={"Content-Encoding": "gzip"})
    async with make_fetcher(router, fake_time, max_response_bytes=100_000) as f:
        with pytest.raises(ResponseTooLarge):
            await f.fetch(PAGE)


def test_config_validation() -> None:
    with pytest.raises(InvalidInput, match="rate_per_host"):
        FetchConfig(rate_per_host=0)
    with pytest.raises(InvalidInput, match="user agent"):
        FetchConfig(user_agent="bad\nagent")
    assert "127.0.0.1:9" in FetchConfig().with_hosts(["127.0.0.1:9"]).allowed_hosts
