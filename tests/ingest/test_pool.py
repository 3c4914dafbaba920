"""The worker pool: a Ctrl-C that comes while this process is inside the executor is held until the call returns."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Iterator

import pytest

from quotecheck._ingest._pool import Pool, held_interrupt


def _slow(n: int) -> bytes:
    time.sleep(0.6 if n == 0 else 0.01)
    return str(n).encode()


def _ctrl_c_after(seconds: float) -> threading.Timer:
    timer = threading.Timer(seconds, os.kill, (os.getpid(), signal.SIGINT))  # as a Ctrl-C at the terminal
    timer.start()
    return timer


@pytest.mark.parametrize("ordered", [True, False])
def test_ctrl_c_while_waiting_for_a_result_comes_after_the_result(ordered: bool) -> None:
    seen: list[int] = []
    with Pool(2) as pool:
        start = time.monotonic()
        _ctrl_c_after(0.2)  # while the first task sleeps and this process waits inside the executor
        with pytest.raises(KeyboardInterrupt):
            for task, _result in pool.run(_slow, range(1), ordered=ordered):
                seen.append(task)
        waited = time.monotonic() - start
    assert seen == [] and waited >= 0.55  # delivered as the wait returned, not inside it (0.2 s)
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_the_callers_handler_gets_the_held_ctrl_c_once() -> None:
    told: list[float] = []

    def mine(signum: int, frame: object) -> None:
        told.append(time.monotonic())

    previous = signal.signal(signal.SIGINT, mine)
    try:
        with Pool(2) as pool:
            start = time.monotonic()
            _ctrl_c_after(0.2)
            results = [r for _, r in pool.run(_slow, range(3), ordered=True)]
        assert results == [b"0", b"1", b"2"]  # the caller's handler asked nothing to stop: the run goes on
        assert len(told) == 1 and told[0] - start >= 0.55 and signal.getsignal(signal.SIGINT) is mine
    finally:
        signal.signal(signal.SIGINT, previous)


def test_an_ignored_sigint_stays_ignored() -> None:
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)  # nohup, or a script that backgrounds the run
    try:
        with Pool(2) as pool:
            _ctrl_c_after(0.2)
            assert [r for _, r in pool.run(_slow, range(3), ordered=True)] == [b"0", b"1", b"2"]
        assert signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    finally:
        signal.signal(signal.SIGINT, previous)


def test_ctrl_c_outside_the_executor_is_raised_at_once() -> None:
    """Between calls into the executor (the caller's own work: skipping stored files) nothing is held."""
    def tasks() -> Iterator[int]:
        yield 1
        os.kill(os.getpid(), signal.SIGINT)
        time.sleep(5)  # not reached: the Ctrl-C is raised here
        yield 2

    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt), Pool(2) as pool:
        list(pool.run(_slow, tasks()))
    assert time.monotonic() - start < 4


def test_a_second_ctrl_c_is_raised_at_once() -> None:
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt), held_interrupt():
        os.kill(os.getpid(), signal.SIGINT)  # held
        os.kill(os.getpid(), signal.SIGINT)  # raised here
        time.sleep(5)
    assert time.monotonic() - start < 4 and signal.getsignal(signal.SIGINT) is signal.default_int_handler


def test_one_worker_leaves_sigint_alone() -> None:
    before = signal.getsignal(signal.SIGINT)
    with Pool(1) as pool:
        assert signal.getsignal(signal.SIGINT) is before
        assert [r for _, r in pool.run(_slow, range(3))] == [b"0", b"1", b"2"]
