"""robots.txt: fetched once per origin per run, parsed with protego (RFC 9309).

protego over urllib.robotparser: it implements the RFC's longest-match rule,
wildcards and ``Crawl-delay``, which the stdlib parser gets wrong or lacks.

Status handling follows RFC 9309 section 2.3.1: 2xx -> parse; 4xx ->
"unavailable", everything allowed; 5xx or unreachable -> "unreachable",
everything disallowed for this run. When robots.txt could not be read for a
network reason (DNS, refused, reset, timeout, a tripped circuit breaker) the
origin's URLs fail with that error, not as RobotsDisallowed: the site said
nothing, the network did.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Final

import httpx
from protego import Protego

from quotecheck.scraper._errors import CircuitOpen, ConnectionFailed, FetchError, FetchTimeout, RobotsDisallowed
from quotecheck.scraper._settings import (
    MAX_CRAWL_DELAY_S,
    MAX_ROBOTS_BYTES,
    ROBOTS_USER_AGENT_TOKEN,
)

__all__ = [
    "RobotsCache",
    "RobotsPolicy",
    "agent_token",
    "policy_from_response",
    "robots_url",
]

#: Fetches a robots.txt URL and returns (status, body); raises FetchError on failure.
RobotsFetch = Callable[[str], Awaitable[tuple[int, bytes]]]

_TOKEN: Final = re.compile(r"[A-Za-z0-9_\-]+")
#: Failures to read robots.txt that are the network's, reported as themselves.
_NETWORK_FAILURES: Final = (ConnectionFailed, FetchTimeout, CircuitOpen)


def agent_token(user_agent: str) -> str:
    """The product token of a User-Agent (``quotecheck/0.1 (...)`` -> ``quotecheck``)."""
    match = _TOKEN.match(user_agent.strip())
    return match.group(0) if match else ROBOTS_USER_AGENT_TOKEN


def robots_url(url: str | httpx.URL) -> str:
    """The robots.txt URL for the origin of ``url``."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    return str(parsed.copy_with(path="/robots.txt", query=None, fragment=None))


@dataclass(frozen=True)
class RobotsPolicy:
    """What one origin's robots.txt lets us do."""

    parser: Protego | None
    disallow_reason: str | None = None
    network_failure: FetchError | None = None

    def allows(self, url: str, agent: str) -> bool:
        """True if ``agent`` may fetch ``url``."""
        if self.disallow_reason is not None or self.network_failure is not None:
            return False
        return self.parser is None or bool(self.parser.can_fetch(url, agent))

    def crawl_delay(self, agent: str) -> float | None:
        """The Crawl-delay for ``agent`` in seconds, if robots.txt sets one."""
        if self.parser is None:
            return None
        delay = self.parser.crawl_delay(agent)
        return float(delay) if delay is not None else None


def policy_from_response(status: int, body: bytes) -> RobotsPolicy:
    """Turn a robots.txt response into a policy, per RFC 9309."""
    if 200 <= status <= 299:
        text = body[:MAX_ROBOTS_BYTES].decode("utf-8", errors="replace")
        return RobotsPolicy(Protego.parse(text))
    if 400 <= status <= 499:
        return RobotsPolicy(None)
    return RobotsPolicy(None, disallow_reason=f"robots.txt unreachable (HTTP {status})")


class RobotsCache:
    """Per-origin robots.txt policies, fetched lazily and at most once per origin."""

    def __init__(self, fetch: RobotsFetch, user_agent: str) -> None:
        self._fetch = fetch
        self._agent = agent_token(user_agent)
        self._policies: dict[str, RobotsPolicy] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def policy(self, url: str) -> RobotsPolicy:
        """The policy for the origin of ``url``, fetching robots.txt the first time."""
        key = robots_url(url)
        lock = self._locks.setdefault(key, asyncio.Lock())
        async with lock:
            cached = self._policies.get(key)
            if cached is not None:
                return cached
            try:
                status, body = await self._fetch(key)
            except _NETWORK_FAILURES as exc:
                policy = RobotsPolicy(None, network_failure=exc)
            except FetchError as exc:
                policy = RobotsPolicy(None, disallow_reason=f"robots.txt unreachable ({exc.reason})")
            else:
                policy = policy_from_response(status, body)
            self._policies[key] = policy
            return policy

    async def check(self, url: str) -> float | None:
        """Raise RobotsDisallowed unless allowed; return the origin's Crawl-delay, if any."""
        policy = await self.policy(url)
        failure = policy.network_failure
        if failure is not None:
            raise type(failure)(f"cannot read robots.txt: {failure}", url=url)
        if not policy.allows(url, self._agent):
            reason = policy.disallow_reason or f"robots.txt disallows this URL for {self._agent!r}"
            raise RobotsDisallowed(reason, url=url)
        delay = policy.crawl_delay(self._agent)
        if delay is not None and delay > MAX_CRAWL_DELAY_S:
            raise RobotsDisallowed(
                f"robots.txt Crawl-delay {delay:g}s exceeds our {MAX_CRAWL_DELAY_S:g}s limit", url=url
            )
        return delay
