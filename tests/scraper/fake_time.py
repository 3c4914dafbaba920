"""A fake monotonic clock for the fetcher and throttle tests: it moves only when someone sleeps."""

from __future__ import annotations

import asyncio


class FakeTime:
    """A clock that moves only when someone sleeps; records every sleep."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def clock(self) -> float:
        """The current fake time."""
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Advance the clock instead of waiting, and yield to the event loop."""
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)
