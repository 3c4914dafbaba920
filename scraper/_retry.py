"""Retry policy: what is retried, how long to wait, and Retry-After parsing.

tenacity drives the loop (attempt counting, stop, re-raise, injectable
sleep); the decisions -- retryable or not, backoff, Retry-After -- are free
functions so they can be tested without any I/O. The backoff formula is ours
rather than ``wait_exponential_jitter`` because that class's signature changed
across tenacity 8.x/9.x (``initial`` is deprecated in 9.2).
"""

from __future__ import annotations

import asyncio
import email.utils
import random
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from functools import partial

from tenacity import (
    AsyncRetrying,
    RetryCallState,
    retry_if_exception,
    stop_after_attempt,
)
from tenacity.wait import wait_base

from quotecheck.scraper._errors import ConnectionFailed, FetchTimeout, HTTPStatusError
from quotecheck.scraper._settings import (
    BACKOFF_INITIAL_S,
    BACKOFF_JITTER_S,
    BACKOFF_MAX_S,
    DEFAULT_MAX_ATTEMPTS,
    MAX_RETRY_AFTER_S,
    NON_RETRYABLE_5XX,
)

__all__ = [
    "RetryAfterOrBackoff",
    "backoff_seconds",
    "is_retryable",
    "is_retryable_status",
    "make_retrying",
    "parse_retry_after",
]

Sleep = Callable[[float], Awaitable[None]]

_MAX_HEADER_LEN = 64


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delta-seconds or HTTP-date); None if unusable."""
    if value is None:
        return None
    text = value.strip()
    if not text or len(text) > _MAX_HEADER_LEN:
        return None
    if text.isascii() and text.isdigit():
        return float(int(text))
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # RFC 9110 dates are GMT; a naive parse means "-0000"
        when = when.replace(tzinfo=UTC)
    reference = now if now is not None else datetime.now(UTC)
    return max(0.0, (when - reference).total_seconds())


def is_retryable_status(status: int) -> bool:
    """True for 429 and transient 5xx statuses."""
    return status == 429 or (500 <= status <= 599 and status not in NON_RETRYABLE_5XX)


def is_retryable(exc: BaseException, max_retry_after: float = MAX_RETRY_AFTER_S) -> bool:
    """True for connection errors, timeouts, 429 and 5xx (unless Retry-After is too long)."""
    if isinstance(exc, ConnectionFailed | FetchTimeout):
        return True
    if isinstance(exc, HTTPStatusError):
        if exc.retry_after is not None and exc.retry_after > max_retry_after:
            return False
        return is_retryable_status(exc.status)
    return False


def backoff_seconds(
    attempt: int,
    initial: float = BACKOFF_INITIAL_S,
    maximum: float = BACKOFF_MAX_S,
    jitter: float = BACKOFF_JITTER_S,
    rng: random.Random | None = None,
) -> float:
    """Wait after failed ``attempt`` (1-based): ``initial * 2**(attempt-1)`` capped, plus jitter."""
    exponent = min(max(attempt - 1, 0), 62)  # 2**62 already dwarfs any cap
    base = min(initial * (2.0**exponent), maximum)
    extra = (rng or random).uniform(0.0, jitter) if jitter > 0 else 0.0
    return base + extra


class RetryAfterOrBackoff(wait_base):
    """Wait what the server's Retry-After says; otherwise exponential backoff with jitter."""

    def __init__(
        self,
        initial: float = BACKOFF_INITIAL_S,
        maximum: float = BACKOFF_MAX_S,
        jitter: float = BACKOFF_JITTER_S,
    ) -> None:
        self.initial = initial
        self.maximum = maximum
        self.jitter = jitter

    def __call__(self, retry_state: RetryCallState) -> float:
        outcome = retry_state.outcome
        exc = outcome.exception() if outcome is not None else None
        if isinstance(exc, HTTPStatusError) and exc.retry_after is not None:
            return exc.retry_after
        return backoff_seconds(retry_state.attempt_number, self.initial, self.maximum, self.jitter)


async def _default_sleep(seconds: float) -> None:
    await asyncio.sleep(seconds)


def make_retrying(
    *,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
    initial: float = BACKOFF_INITIAL_S,
    maximum: float = BACKOFF_MAX_S,
    jitter: float = BACKOFF_JITTER_S,
    max_retry_after: float = MAX_RETRY_AFTER_S,
    sleep: Sleep = _default_sleep,
    before_sleep: Callable[[RetryCallState], None] | None = None,
) -> AsyncRetrying:
    """Build the tenacity controller used for every request (re-raises the last error).

    ``before_sleep`` sees each retry's upcoming wait and may raise to give up instead.
    """
    if max_attempts < 1:
        raise ValueError(f"max_attempts must be >= 1, got {max_attempts!r}")
    return AsyncRetrying(
        sleep=sleep,
        stop=stop_after_attempt(max_attempts),
        wait=RetryAfterOrBackoff(initial, maximum, jitter),
        retry=retry_if_exception(partial(is_retryable, max_retry_after=max_retry_after)),
        before_sleep=before_sleep,
        reraise=True,
    )
