"""Rate-limit arithmetic and the Throttle's behaviour under a fake clock."""

from __future__ import annotations

import asyncio
import itertools

import pytest
from fake_time import FakeTime

from quotecheck.scraper._throttle import Throttle, base_interval, slowed_interval, wait_time


@pytest.mark.parametrize(
    ("rate", "crawl_delay", "expected"),
    [(1.0, None, 1.0), (4.0, None, 0.25), (1.0, 3.0, 3.0), (10.0, 0.05, 0.1)],
)
def test_base_interval(rate: float, crawl_delay: float | None, expected: float) -> None:
    assert base_interval(rate, crawl_delay, margin=0.0) == pytest.approx(expected)


def test_base_interval_margin_only_slows_down() -> None:
    assert base_interval(2.0) > 0.5
    assert base_interval(2.0) == pytest.approx(0.5 * 1.005)
    with pytest.raises(ValueError, match="rate must be positive"):
        base_interval(0)


@pytest.mark.parametrize(
    ("interval", "factor", "cap", "expected"),
    [(1.0, 2.0, 60.0, 2.0), (40.0, 2.0, 60.0, 60.0), (90.0, 2.0, 60.0, 90.0), (1.0, 0.5, 60.0, 1.0)],
)
def test_slowed_interval_never_speeds_up(interval: float, factor: float, cap: float, expected: float) -> None:
    assert slowed_interval(interval, factor, cap) == expected


@pytest.mark.parametrize(
    ("last", "interval", "paused", "now", "expected"),
    [
        (None, 1.0, 0.0, 5.0, 0.0),
        (5.0, 1.0, 0.0, 5.25, 0.75),
        (5.0, 1.0, 0.0, 7.0, 0.0),
        (5.0, 1.0, 9.0, 5.5, 3.5),
        (None, 1.0, 9.0, 10.0, 0.0),
    ],
)
def test_wait_time(last: float | None, interval: float, paused: float, now: float, expected: float) -> None:
    assert wait_time(last, interval, paused, now) == pytest.approx(expected)


async def _starts(throttle: Throttle, fake: FakeTime, hosts: list[str]) -> list[tuple[str, float]]:
    starts: list[tuple[str, float]] = []

    async def one(host: str) -> None:
        async with throttle.turn(host):
            starts.append((host, fake.now))

    await asyncio.gather(*(one(host) for host in hosts))
    return starts


@pytest.mark.anyio
async def test_same_host_requests_are_spaced_by_the_interval() -> None:
    fake = FakeTime()
    throttle = Throttle(2.0, 4, clock=fake.clock, sleep=fake.sleep)
    starts = await _starts(throttle, fake, ["a:80"] * 4)
    times = [t for _, t in starts]
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert all(gap >= throttle.interval("a:80") for gap in gaps)
    assert gaps == pytest.approx([0.5 * 1.005] * 3)


@pytest.mark.anyio
async def test_different_hosts_do_not_wait_for_each_other() -> None:
    fake = FakeTime()
    throttle = Throttle(1.0, 4, clock=fake.clock, sleep=fake.sleep)
    starts = await _starts(throttle, fake, ["a:80", "b:80", "c:80"])
    assert [t for _, t in starts] == [0.0, 0.0, 0.0]


@pytest.mark.anyio
async def test_global_concurrency_limit() -> None:
    throttle = Throttle(1000.0, 2)
    in_flight = 0
    peak = 0

    async def one(host: str) -> None:
        nonlocal in_flight, peak
        async with throttle.turn(host):
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1

    await asyncio.gather(*(one(f"h{i}:80") for i in range(6)))
    assert peak == 2


@pytest.mark.anyio
async def test_crawl_delay_and_slowdown_raise_the_interval_for_the_run() -> None:
    fake = FakeTime()
    throttle = Throttle(4.0, 4, clock=fake.clock, sleep=fake.sleep)
    throttle.apply_crawl_delay("a:80", 2.0)
    assert throttle.interval("a:80") == 2.0
    throttle.apply_crawl_delay("a:80", 0.1)  # a smaller delay never speeds us up
    assert throttle.interval("a:80") == 2.0
    throttle.slow_down("a:80")
    assert throttle.interval("a:80") == 4.0
    assert throttle.interval("b:80") == pytest.approx(0.25 * 1.005)  # other hosts untouched


@pytest.mark.anyio
async def test_pause_delays_the_next_turn() -> None:
    fake = FakeTime()
    throttle = Throttle(100.0, 4, clock=fake.clock, sleep=fake.sleep)
    throttle.pause("a:80", 1.5)
    starts = await _starts(throttle, fake, ["a:80"])
    assert starts == [("a:80", 1.5)]


def test_throttle_validates_concurrency() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        Throttle(1.0, 0)


@pytest.mark.anyio
async def test_spacing_counts_from_when_the_request_really_left() -> None:
    fake = FakeTime()
    throttle = Throttle(1.0, 4, clock=fake.clock, sleep=fake.sleep)
    async with throttle.turn("a:80"):
        fake.now += 0.4  # the request was held up before it left
        throttle.mark_sent("a:80")
    starts = await _starts(throttle, fake, ["a:80"])
    assert starts[0][1] == pytest.approx(0.4 + 1.005)


@pytest.mark.anyio
async def test_turn_releases_its_global_slot_on_error() -> None:
    throttle = Throttle(1000.0, 1)
    with pytest.raises(RuntimeError):
        async with throttle.turn("a:80"):
            raise RuntimeError("request failed")
    async with asyncio.timeout(1):
        async with throttle.turn("b:80"):
            pass
