"""The worker pool: Ctrl-C while workers run stops the run at a safe point, and the pool shuts down whole."""

from __future__ import annotations

import os
import signal
import time

import pytest

from quotecheck._ingest._pool import Pool


def _slow(n: int) -> bytes:
    time.sleep(0.01)
    return str(n).encode()


@pytest.mark.parametrize("ordered", [True, False])
def test_ctrl_c_stops_between_results_and_gives_the_handler_back(ordered: bool) -> None:
    before = signal.getsignal(signal.SIGINT)
    seen: list[int] = []
    with pytest.raises(KeyboardInterrupt), Pool(2) as pool:
        assert signal.getsignal(signal.SIGINT) != before  # the pool's own, while it runs
        for task, result in pool.run(_slow, range(1000), ordered=ordered):
            assert result == str(task).encode()
            seen.append(task)
            if len(seen) == 5:
                os.kill(os.getpid(), signal.SIGINT)  # as Ctrl-C: the handler only takes note, here
                # the next result is not handed over: the run stops at the loop's next safe point
    assert len(seen) == 5 and signal.getsignal(signal.SIGINT) == before
    assert pool._executor is not None and pool._executor._shutdown_thread  # type: ignore[attr-defined]


def test_ctrl_c_after_the_last_result_still_stops_the_caller() -> None:
    with pytest.raises(KeyboardInterrupt), Pool(2) as pool:
        results = list(pool.run(_slow, range(4)))
        os.kill(os.getpid(), signal.SIGINT)
    assert len(results) == 4


def test_a_handler_the_caller_installed_is_told_and_restored() -> None:
    told: list[int] = []

    def mine(signum: int, frame: object) -> None:
        told.append(signum)

    previous = signal.signal(signal.SIGINT, mine)
    try:
        with pytest.raises(KeyboardInterrupt), Pool(2) as pool:
            for _ in pool.run(_slow, range(100)):
                os.kill(os.getpid(), signal.SIGINT)
        assert told == [signal.SIGINT] and signal.getsignal(signal.SIGINT) is mine
    finally:
        signal.signal(signal.SIGINT, previous)


def test_one_worker_leaves_sigint_alone() -> None:
    before = signal.getsignal(signal.SIGINT)
    with Pool(1) as pool:
        assert signal.getsignal(signal.SIGINT) is before
        assert [r for _, r in pool.run(_slow, range(3))] == [b"0", b"1", b"2"]
