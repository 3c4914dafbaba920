"""Shared fixtures for the scraper tests (async tests run on anyio's asyncio backend)."""

from __future__ import annotations

import pytest


@pytest.fixture
def anyio_backend() -> str:
    """Run ``@pytest.mark.anyio`` tests on asyncio only (httpx brings anyio along)."""
    return "asyncio"
