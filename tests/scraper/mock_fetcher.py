"""A Fetcher over respx's mock transport and the fake clock, shared by the fetcher's unit tests."""

from __future__ import annotations

from typing import Any

import httpx
import respx

from quotecheck.scraper import FetchConfig, Fetcher

BASE = "https://longbridge.com"
PAGE = f"{BASE}/en/quote/002371.SZ.md"


def make_fetcher(router: respx.Router, fake_time: Any, **overrides: Any) -> Fetcher:
    """A Fetcher whose requests go to the router and whose waits go to the fake clock (no retries jitter)."""
    settings: dict[str, Any] = {"rate_per_host": 10.0, "backoff_initial": 0.5, "backoff_jitter": 0.0, "max_attempts": 3}
    settings.update(overrides)
    return Fetcher(
        FetchConfig(**settings),
        transport=httpx.MockTransport(router.async_handler),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    )
