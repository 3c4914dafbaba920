"""Shared fixtures for the scraper tests (async tests run on anyio's asyncio backend)."""

from __future__ import annotations

import asyncio

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Run ``@pytest.mark.anyio`` tests on asyncio only (httpx brings anyio along)."""
    return "asyncio"


class FakeTime:
    """A monotonic clock that moves only when someone sleeps; records every sleep."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds
        await asyncio.sleep(0)


@pytest.fixture
def fake_time() -> FakeTime:
    """A fresh fake clock/sleep pair for Fetcher/Throttle."""
    return FakeTime()
