"""robots.txt policy: parsing, RFC 9309 status handling, per-origin caching."""

from __future__ import annotations

import pytest

from quotecheck.scraper import CircuitOpen, ConnectionFailed, FetchError, FetchTimeout, HTTPStatusError, RobotsDisallowed
from quotecheck.scraper._robots import RobotsCache, agent_token, policy_from_response, robots_url

ROBOTS = b"""
User-agent: quotecheck
Disallow: /private
Allow: /private/ok
Crawl-delay: 2

User-agent: *
Disallow: /
"""


@pytest.mark.parametrize(
    ("user_agent", "token"),
    [("quotecheck/0.1 (+https://x)", "quotecheck"), ("My-Bot/2", "My-Bot"), ("  ", "quotecheck")],
)
def test_agent_token(user_agent: str, token: str) -> None:
    assert agent_token(user_agent) == token


def test_robots_url_keeps_origin_only() -> None:
    assert robots_url("https://longbridge.com:8443/en/quote/x.md?a=1#f") == "https://longbridge.com:8443/robots.txt"


def test_policy_parses_groups_and_crawl_delay() -> None:
    policy = policy_from_response(200, ROBOTS)
    assert policy.allows("https://h/en/quote", "quotecheck")
    assert not policy.allows("https://h/private/x", "quotecheck")
    assert policy.allows("https://h/private/ok", "quotecheck")
    assert not policy.allows("https://h/en/quote", "otherbot")
    assert policy.crawl_delay("quotecheck") == 2.0


@pytest.mark.parametrize(("status", "allowed"), [(404, True), (403, True), (410, True), (500, False), (503, False)])
def test_status_handling_per_rfc_9309(status: int, allowed: bool) -> None:
    assert policy_from_response(status, b"").allows("https://h/x", "quotecheck") is allowed


def test_oversized_robots_is_truncated_not_fatal() -> None:
    body = b"User-agent: *\nDisallow: /secret\n" + b"#" * 2_000_000
    assert not policy_from_response(200, body).allows("https://h/secret", "quotecheck")


@pytest.mark.anyio
async def test_cache_fetches_once_per_origin_and_reports_crawl_delay() -> None:
    fetched: list[str] = []

    async def fetch(url: str) -> tuple[int, bytes]:
        fetched.append(url)
        return 200, ROBOTS

    cache = RobotsCache(fetch, "quotecheck/0.1")
    assert await cache.check("https://h/a") == 2.0
    assert await cache.check("https://h/b") == 2.0
    with pytest.raises(RobotsDisallowed, match="disallows this URL"):
        await cache.check("https://h/private/x")
    await cache.check("https://other/a")
    assert fetched == ["https://h/robots.txt", "https://other/robots.txt"]


@pytest.mark.anyio
async def test_robots_answering_5xx_disallows_everything() -> None:
    async def fetch(url: str) -> tuple[int, bytes]:
        raise HTTPStatusError("HTTP 503", url=url, status=503)

    cache = RobotsCache(fetch, "quotecheck")
    with pytest.raises(RobotsDisallowed, match="robots.txt unreachable"):
        await cache.check("https://h/a")


@pytest.mark.anyio
@pytest.mark.parametrize("error", [ConnectionFailed, FetchTimeout, CircuitOpen])
async def test_network_failure_on_robots_is_reported_as_itself(error: type[FetchError]) -> None:
    fetched: list[str] = []

    async def fetch(url: str) -> tuple[int, bytes]:
        fetched.append(url)
        raise error("[Errno -2] Name or service not known", url=url)

    cache = RobotsCache(fetch, "quotecheck")
    for page in ("https://h/a", "https://h/b"):
        with pytest.raises(error, match="cannot read robots.txt: .*Name or service") as info:
            await cache.check(page)
        assert not isinstance(info.value, RobotsDisallowed) and info.value.url == page
    assert fetched == ["https://h/robots.txt"]  # the failure is remembered for the run, not retried per URL


@pytest.mark.anyio
async def test_absurd_crawl_delay_refuses_the_host() -> None:
    async def fetch(url: str) -> tuple[int, bytes]:
        return 200, b"User-agent: *\nCrawl-delay: 3600\n"

    cache = RobotsCache(fetch, "quotecheck")
    with pytest.raises(RobotsDisallowed, match="Crawl-delay 3600s exceeds"):
        await cache.check("https://h/a")
