"""Run one page through parse + audit in a forked child, under a watchdog, and say how it ended.

The child is forked from a process that has already imported quotecheck, so a case pays no
start-up cost; the parent kills it when it overruns. Time is wall-clock in the child; memory is
the child's peak resident set minus its resident set when the case started.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection

from quotecheck.parsers import QuotecheckError, audit, parse_text
from quotecheck.parsers._build import check_builds


@dataclass(frozen=True)
class Outcome:
    """How one case ended: ``kind`` is ok, typed, untyped or hang."""

    kind: str
    detail: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0
    rule_crashes: int = 0


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _current_rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def evaluate(text: str, source: str) -> tuple[str, str, int]:
    """Parse and audit ``text`` in this process: (kind, detail, rule crashes)."""
    try:
        doc = parse_text(text, source=source)
        report = audit(doc)
    except QuotecheckError as exc:
        return "typed", f"{type(exc).__name__}: {str(exc)[:200]}", 0
    except Exception as exc:
        return "untyped", f"{type(exc).__name__}: {str(exc)[:200]}", 0
    crashes = [c for c in report.checks
               if str(c.status) in {"error", "Status.ERROR"} or (c.reason or "").startswith("internal error")]
    return "ok", "", len(crashes)


def _child(conn: Connection, text: str, source: str) -> None:
    check_builds(False)  # the budget is the product's: not the suite's second validation of every build (about 3x)
    base = _current_rss_mb()
    start = time.perf_counter()
    kind, detail, crashes = evaluate(text, source)
    conn.send(Outcome(kind, detail, time.perf_counter() - start, max(0.0, _rss_mb() - base), crashes))
    conn.close()


_WARM: list[bool] = []


def warm_up() -> None:
    """Parse and audit one page of each kind here, so forked children inherit every lazily imported module."""
    if _WARM:
        return
    _WARM.append(True)
    from pathlib import Path

    fixtures = Path(__file__).resolve().parents[3] / "fixtures"
    for path in (next(fixtures.glob("gurufocus/seeds/*.txt")), next(fixtures.glob("gurufocus/html/*.html")),
                 next(fixtures.glob("longbridge/*.md"))):
        evaluate(path.read_text(encoding="utf-8"), path.name)


def run_isolated(text: str, source: str = "hostile.txt", *, timeout: float = 2.0) -> Outcome:
    """Parse + audit ``text`` in a forked child; a child still running after ``timeout`` s is a hang."""
    warm_up()
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, text, source), daemon=True)
    started = time.perf_counter()
    proc.start()
    child.close()
    try:
        if parent.poll(timeout):
            return parent.recv()  # type: ignore[no-any-return]
        return Outcome("hang", f"still running after {timeout:.1f} s", time.perf_counter() - started)
    except EOFError:
        return Outcome("untyped", f"child died with exit code {proc.exitcode}")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
        parent.close()
