"""Linear cost (issue 11): doubling a page's repeated content at most about doubles its parse time.

The page is the GuruFocus seed repeated to 0.5 MB, 1 MB and 2 MB (every reader, the fact ids and
the line scans see n times the content). Each size is parsed three times and the median CPU time kept; a
quadratic step would make each doubling cost about 4x, so a ratio of 2.6 leaves room for noise.
"""

from __future__ import annotations

import itertools
import statistics
import time

from _hostile_corpus import seed

from quotecheck.parsers import parse_text

SIZES_MB = (0.5, 1.0, 2.0)
MAX_RATIO = 2.6


def _median_parse_seconds(text: str) -> float:
    times = []
    for _ in range(3):
        start = time.process_time()  # CPU time: other processes on the machine do not inflate it
        parse_text(text, source="linear.txt")
        times.append(time.process_time() - start)
    return statistics.median(times)


def test_parse_time_grows_linearly_with_repeated_content() -> None:
    page = seed()
    parse_text(page, source="warm.txt")
    timings = [_median_parse_seconds(page * max(1, int(mb * 1e6 / len(page)))) for mb in SIZES_MB]
    ratios = [later / earlier for earlier, later in itertools.pairwise(timings)]
    assert all(r <= MAX_RATIO for r in ratios), f"parse seconds at {SIZES_MB} MB: {timings}, ratios {ratios}"
