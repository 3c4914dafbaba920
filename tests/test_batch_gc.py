"""A batch run's collector: off between collections, which come every COLLECT_EVERY inputs (quotecheck/_batch_gc.py)."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from quotecheck._batch_gc import COLLECT_EVERY, after_input, start_batch


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


@pytest.fixture()
def batch() -> Iterator[None]:
    was = gc.isenabled()
    start_batch()
    try:
        yield
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


@pytest.mark.usefixtures("batch")
def test_cyclic_garbage_waits_for_the_stretchs_end_and_no_longer() -> None:
    assert not gc.isenabled()
    node = _Node()
    gone = weakref.ref(node)
    del node
    for done in range(1, COLLECT_EVERY):
        after_input(done)
    assert gone() is not None  # no collection within the stretch: the collector is off
    after_input(COLLECT_EVERY)
    assert gone() is None
