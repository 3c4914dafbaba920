"""Per-host circuit breaker: a host that keeps answering 429/503 is given up on for the run.

Without it a host that answers 429 to everything costs every one of its URLs
the full retry schedule (and the host pauses in between): hours for a long
URL list. After ``threshold`` such answers in a row the breaker trips and
stays open for the rest of the run; any other answer resets the count.
"""

from __future__ import annotations

from typing import Final

from quotecheck.scraper._errors import CircuitOpen

__all__ = ["CircuitBreaker"]

#: Statuses that mean "you are asking too much" and count towards tripping.
TRIP_STATUSES: Final = frozenset({429, 503})


class CircuitBreaker:
    """Counts consecutive 429/503 answers per host; raises CircuitOpen for a tripped host."""

    def __init__(self, threshold: int) -> None:
        if threshold < 1:
            raise ValueError(f"threshold must be >= 1, got {threshold!r}")
        self._threshold = threshold
        self._streak: dict[str, int] = {}
        self._tripped: dict[str, str] = {}

    def record(self, host: str, status: int) -> None:
        """Note one answer from ``host``; trip after ``threshold`` 429/503 in a row."""
        if host in self._tripped:
            return
        if status not in TRIP_STATUSES:
            self._streak[host] = 0
            return
        streak = self._streak.get(host, 0) + 1
        self._streak[host] = streak
        if streak >= self._threshold:
            self._tripped[host] = f"host {host} answered HTTP {status} {streak} times in a row; giving up on it for this run"

    def trip(self, host: str, reason: str) -> None:
        """Open the breaker for ``host`` now (e.g. it asked for a pause longer than we wait)."""
        self._tripped.setdefault(host, reason)

    def is_open(self, host: str) -> bool:
        """True once ``host`` has tripped the breaker."""
        return host in self._tripped

    def check(self, host: str, url: str) -> None:
        """Raise CircuitOpen if ``host`` has tripped the breaker."""
        reason = self._tripped.get(host)
        if reason is not None:
            raise CircuitOpen(reason, url=url)
