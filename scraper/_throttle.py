"""Admission control: a global concurrency limit plus a per-host minimum interval.

The arithmetic lives in free functions (testable without a crawler or a
clock); :class:`Throttle` only keeps per-host state and sleeps.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

from quotecheck.scraper._settings import MAX_HOST_INTERVAL_S, RATE_SAFETY_MARGIN, SLOWDOWN_FACTOR

__all__ = [
    "Throttle",
    "base_interval",
    "slowed_interval",
    "wait_time",
]

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


def base_interval(rate: float, crawl_delay: float | None = None, margin: float = RATE_SAFETY_MARGIN) -> float:
    """Seconds between request starts for ``rate`` req/s, never below ``crawl_delay``."""
    if not rate > 0:
        raise ValueError(f"rate must be positive, got {rate!r}")
    interval = (1.0 / rate) * (1.0 + margin)
    return max(interval, crawl_delay or 0.0)


def slowed_interval(interval: float, factor: float = SLOWDOWN_FACTOR, cap: float = MAX_HOST_INTERVAL_S) -> float:
    """The interval after a 429/503: ``factor`` times longer, capped, never shorter."""
    return max(interval, min(interval * factor, cap))


def wait_time(last_start: float | None, interval: float, paused_until: float, now: float) -> float:
    """Seconds to wait before the next request to a host may start (0 if it may start now)."""
    earliest = paused_until
    if last_start is not None:
        earliest = max(earliest, last_start + interval)
    return max(0.0, earliest - now)


@dataclass
class _HostState:
    interval: float
    last_start: float | None = None
    paused_until: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Throttle:
    """Grants request turns: at most ``concurrency`` in flight, hosts spaced by their interval."""

    def __init__(
        self,
        rate_per_host: float,
        concurrency: int,
        *,
        clock: Clock = time.monotonic,
        sleep: Sleep = asyncio.sleep,
        slowdown_factor: float = SLOWDOWN_FACTOR,
        max_interval: float = MAX_HOST_INTERVAL_S,
    ) -> None:
        if concurrency < 1:
            raise ValueError(f"concurrency must be >= 1, got {concurrency!r}")
        self._default_interval = base_interval(rate_per_host)
        self._semaphore = asyncio.Semaphore(concurrency)
        self._clock = clock
        self._sleep = sleep
        self._slowdown_factor = slowdown_factor
        self._max_interval = max_interval
        self._hosts: dict[str, _HostState] = {}

    def _state(self, host: str) -> _HostState:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _HostState(self._default_interval)
        return state

    def interval(self, host: str) -> float:
        """Current minimum seconds between request starts for ``host``."""
        return self._state(host).interval

    def apply_crawl_delay(self, host: str, delay: float) -> None:
        """Make ``delay`` (robots.txt Crawl-delay) a floor for the host's interval."""
        state = self._state(host)
        state.interval = max(state.interval, delay)

    def slow_down(self, host: str) -> None:
        """Lengthen the host's interval for the rest of the run (after a 429/503)."""
        state = self._state(host)
        state.interval = slowed_interval(state.interval, self._slowdown_factor, self._max_interval)

    def pause(self, host: str, seconds: float) -> None:
        """Start no request to ``host`` for ``seconds`` (e.g. its Retry-After)."""
        state = self._state(host)
        state.paused_until = max(state.paused_until, self._clock() + seconds)

    def mark_sent(self, host: str) -> None:
        """Record that a request to ``host`` is leaving now (later than its turn was granted)."""
        state = self._state(host)
        now = self._clock()
        if state.last_start is None or now > state.last_start:
            state.last_start = now

    @asynccontextmanager
    async def turn(self, host: str, check: Callable[[], None] | None = None) -> AsyncIterator[None]:
        """Wait for the host's next slot and a global slot; hold the global slot inside.

        ``check`` runs before every wait and may raise to leave the queue (a tripped host).
        """
        state = self._state(host)
        async with state.lock:
            while True:
                if check is not None:
                    check()
                delay = wait_time(state.last_start, state.interval, state.paused_until, self._clock())
                if delay > 0:
                    await self._sleep(delay)
                    continue
                await self._semaphore.acquire()
                # The host may have been paused while we queued for the global slot.
                if wait_time(state.last_start, state.interval, state.paused_until, self._clock()) > 0:
                    self._semaphore.release()
                    continue
                state.last_start = self._clock()
                break
        try:
            yield
        finally:
            self._semaphore.release()
