"""Shared fixtures for the scraper tests (async tests run on anyio's asyncio backend)."""

from __future__ import annotations

import pytest
from fake_time import FakeTime


@pytest.fixture
def anyio_backend() -> str:
    """Run ``@pytest.mark.anyio`` tests on asyncio only (httpx brings anyio along)."""
    return "asyncio"




@pytest.fixture
def fake_time() -> FakeTime:
    """A fresh fake clock/sleep pair for Fetcher/Throttle."""
    return FakeTime(start=1000.0)
