"""The cross-document checks, split into ranges of securities so that the pool's workers run them.

Facts of different securities are never compared, so a range of securities is
an independent unit: a worker opens the index read-only, checks the groups of
its range and sends back check rows (primitives). Ranges are consumed in order,
so the checks come out in key order whatever the number of workers.
"""

from __future__ import annotations

import pickle
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from quotecheck.parsers import CheckResult
from quotecheck.parsers._audit import cross_checks

from ._index import groups, security_ranges
from ._pool import Pool

SECURITIES_PER_TASK: Final = 50
TASKS_PER_WORKER: Final = 8  # enough ranges that no worker idles long at the end of the phase (7 ranges for 1,000 pages left one idle)
MIN_SECURITIES_PER_TASK: Final = 5

CheckRow = tuple[Any, ...]
"""(rule, status, subject, message, path, line, detail JSON): a row of ``checks`` without its document."""


@dataclass(frozen=True)
class CrossTask:
    """Check the securities ``first`` to ``last`` of the index in the SQLite file ``db``."""

    db: str
    first: str
    last: str


def check_row(r: CheckResult) -> CheckRow:
    """A cross-document check as a row of ``checks``."""
    return (r.rule, r.status.value, r.subject, r.message, r.quoted.path if r.quoted else None, r.quoted.line if r.quoted else None,
            r.model_dump_json(exclude_none=True))


def check_range(task: CrossTask) -> bytes:
    """Run the cross checks of one range of securities; the payload is the pickled list of check rows."""
    conn = sqlite3.connect(f"{Path(task.db).resolve().as_uri()}?mode=ro", uri=True, timeout=30.0)
    try:
        rows = [check_row(c) for c in cross_checks(groups(conn, task.first, task.last))]
    finally:
        conn.close()
    return pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)


def range_size(securities: int, workers: int) -> int:
    """Securities per task: ``SECURITIES_PER_TASK``, fewer when that leaves a worker fewer than ``TASKS_PER_WORKER`` ranges."""
    if workers <= 1:
        return SECURITIES_PER_TASK
    return max(MIN_SECURITIES_PER_TASK, min(SECURITIES_PER_TASK, -(-securities // (workers * TASKS_PER_WORKER))))


def parallel_checks(pool: Pool, conn: sqlite3.Connection, db: Path,
                    progress: Callable[[int, int], None] | None = None) -> Iterator[CheckRow]:
    """Every cross-document check of the index in ``db`` (listed via ``conn``), in key order, computed on the pool;
    ``progress`` is called with (securities checked, securities) as each range is done."""
    securities = int(conn.execute("SELECT COUNT(DISTINCT security) FROM cross_index").fetchone()[0])
    size = range_size(securities, pool.workers)
    tasks = [CrossTask(str(db), first, last) for first, last in security_ranges(conn, size)]
    for done, (_, payload) in enumerate(pool.run(check_range, tasks, ordered=True), start=1):
        rows: list[CheckRow] = pickle.loads(payload)
        yield from rows
        if progress:  # every range holds ``size`` securities but the last
            progress(min(done * size, securities), securities)
