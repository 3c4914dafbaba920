"""The checks across pages find the first pair of copies that cannot both hold in linear time, and it is the pair the
all-pairs search found (round-37 new user NU6-3: every pair was listed, 273 s and 639 MiB for 8,000 copies)."""

from __future__ import annotations

import random
import time
from decimal import Decimal

import pytest

from quotecheck.parsers._audit import CrossFact, _first_clash, _first_clash_of_a_day, check_group

KEY = ("600000.SH", "book_value_per_share", "2024-03", "quarterly", "currency_per_share", "")


def _copy(i: int, lo: int, width: int, day: str | None) -> CrossFact:
    return CrossFact(KEY, Decimal(lo) / 100, Decimal(lo + width) / 100, 2, f"{lo}", f"{lo}", day, f"p{i:05d}.txt", 3,
                     "headline", "Book Value per Share")


def _brute(items: list[CrossFact], same_day: bool, wanted: str = "") -> tuple[CrossFact, CrossFact] | None:
    return next(((a, b) for i, a in enumerate(items) for b in items[i + 1:]
                 if (b.lo > a.hi or b.hi < a.lo) and (not same_day or (a.as_of is not None and a.as_of == b.as_of
                                                                       and wanted in a.as_of))), None)


@pytest.mark.parametrize("seed", range(40))
def test_the_first_clash_is_the_all_pairs_searchs_first(seed: int) -> None:
    rng = random.Random(seed)
    days = ["2024-05-01", "2024-05-02", "2024-05-02T10:00", None]
    items = [_copy(i, rng.randrange(0, 40), rng.randrange(0, 6), rng.choice(days)) for i in range(rng.randrange(1, 30))]
    assert _first_clash(items) == _brute(items, same_day=False)
    assert _first_clash_of_a_day(items, lambda day: True) == _brute(items, same_day=True)
    assert _first_clash_of_a_day(items, lambda day: "T" in day) == _brute(items, same_day=True, wanted="T")


def test_thousands_of_copies_of_one_fact_are_compared_in_linear_time() -> None:
    """8,000 captures, each a day apart and each revised past the last: every pair clashes."""
    many = [_copy(i, 10 * i, 5, f"day{i:05d}") for i in range(8000)]
    start = time.perf_counter()
    result = check_group(many)
    assert result is not None and "revised from" in result.message
    assert time.perf_counter() - start < 5  # the all-pairs search took minutes and hundreds of MiB
