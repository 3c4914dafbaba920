"""Retry decisions and Retry-After parsing, without any I/O."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest
from tenacity import RetryCallState

from quotecheck.scraper import (
    ChallengePage,
    ConnectionFailed,
    FetchTimeout,
    HostNotAllowed,
    HTTPStatusError,
    IncompleteResponse,
    ResponseTooLarge,
    RobotsDisallowed,
    TooManyRedirects,
)
from quotecheck.scraper._retry import (
    RetryAfterOrBackoff,
    backoff_seconds,
    is_retryable,
    is_retryable_status,
    make_retrying,
    parse_retry_after,
)

NOW = datetime(2024, 5, 10, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("0", 0.0),
        ("1", 1.0),
        (" 120 ", 120.0),
        ("Fri, 10 May 2024 12:00:30 GMT", 30.0),
        ("Fri, 10 May 2024 11:59:00 GMT", 0.0),  # in the past: no wait
        (None, None),
        ("", None),
        ("soon", None),
        ("-5", None),
        ("1.5", None),
        ("9" * 100, None),
        ("\u0661", None),  # Arabic-Indic digit one: isdigit() but not a delta-seconds
    ],
)
def test_parse_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, now=NOW) == seconds


@pytest.mark.parametrize(
    ("status", "retry"),
    [(429, True), (500, True), (502, True), (503, True), (504, True), (501, False), (505, False),
     (400, False), (403, False), (404, False), (410, False), (200, False)],
)
def test_is_retryable_status(status: int, retry: bool) -> None:
    assert is_retryable_status(status) is retry
    assert is_retryable(HTTPStatusError("x", status=status)) is retry


@pytest.mark.parametrize(
    ("exc", "retry"),
    [
        (ConnectionFailed("reset"), True),
        (IncompleteResponse("truncated"), True),
        (FetchTimeout("slow"), True),
        (HostNotAllowed("no"), False),
        (RobotsDisallowed("no"), False),
        (TooManyRedirects("loop"), False),
        (ResponseTooLarge("big"), False),
        (ChallengePage("cf"), False),
        (ValueError("bug"), False),
    ],
)
def test_is_retryable_errors(exc: BaseException, retry: bool) -> None:
    assert is_retryable(exc) is retry


def test_retry_after_beyond_cap_is_not_waited_for() -> None:
    exc = HTTPStatusError("x", status=429, retry_after=3600)
    assert is_retryable(exc, max_retry_after=300) is False
    assert is_retryable(HTTPStatusError("x", status=429, retry_after=30), max_retry_after=300) is True


def _state_after(exc: BaseException, attempt: int) -> RetryCallState:
    state = RetryCallState(retry_object=make_retrying(), fn=None, args=(), kwargs={})
    state.attempt_number = attempt
    state.set_exception((type(exc), exc, None))
    return state


def test_wait_prefers_retry_after_over_backoff() -> None:
    wait = RetryAfterOrBackoff(initial=1, maximum=60, jitter=0)
    assert wait(_state_after(HTTPStatusError("x", status=429, retry_after=7), attempt=3)) == 7


@pytest.mark.parametrize(("attempt", "expected"), [(1, 1.0), (2, 2.0), (3, 4.0), (8, 60.0)])
def test_wait_backs_off_exponentially_without_retry_after(attempt: int, expected: float) -> None:
    wait = RetryAfterOrBackoff(initial=1, maximum=60, jitter=0)
    assert wait(_state_after(ConnectionFailed("x"), attempt)) == expected


def test_backoff_seconds_is_deterministic_with_a_seeded_rng() -> None:
    first = [backoff_seconds(n, 0.5, 8, 0.25, random.Random(7)) for n in range(1, 8)]
    again = [backoff_seconds(n, 0.5, 8, 0.25, random.Random(7)) for n in range(1, 8)]
    assert first == again
    bases = [0.5, 1, 2, 4, 8, 8, 8]
    assert all(base <= got <= base + 0.25 for base, got in zip(bases, first, strict=True))
    assert backoff_seconds(10_000, 1, 60, 0) == 60  # no overflow on absurd attempt numbers


def test_jitter_stays_within_bounds() -> None:
    wait = RetryAfterOrBackoff(initial=1, maximum=60, jitter=0.5)
    samples = [wait(_state_after(ConnectionFailed("x"), 2)) for _ in range(200)]
    assert all(2.0 <= sample <= 2.5 for sample in samples)
    assert len(set(samples)) > 1  # it is actually random


@pytest.mark.anyio
async def test_retrying_loop_retries_then_reraises() -> None:
    sleeps: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        sleeps.append(seconds)

    retrying = make_retrying(max_attempts=3, initial=0.5, maximum=10, jitter=0, sleep=fake_sleep)
    calls = 0
    with pytest.raises(ConnectionFailed):
        async for attempt in retrying:
            with attempt:
                calls += 1
                raise ConnectionFailed("down")
    assert calls == 3
    assert sleeps == [0.5, 1.0]


@pytest.mark.anyio
async def test_retrying_loop_does_not_retry_404() -> None:
    retrying = make_retrying(max_attempts=5, jitter=0)
    calls = 0
    with pytest.raises(HTTPStatusError):
        async for attempt in retrying:
            with attempt:
                calls += 1
                raise HTTPStatusError("gone", status=404)
    assert calls == 1


def test_make_retrying_validates() -> None:
    with pytest.raises(ValueError, match="max_attempts"):
        make_retrying(max_attempts=0)
