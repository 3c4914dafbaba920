"""What every output format shares about a run, without rich: the statuses listed by default, how the run went,
and the one line of an unusable input (the terminal report, the HTML report and the progress lines use them)."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.parsers._models import InputError, Status

PROBLEMS = frozenset({Status.ERROR, Status.FAIL, Status.WARN})
"""What the report lists unless asked for more."""


@dataclass(frozen=True)
class RunInfo:
    """How the run went, for the summary: inputs done of how many, and whether Ctrl-C stopped it."""

    done: int = 0
    total: int | None = None
    interrupted: bool = False
    seconds: float | None = None


def error_line(err: InputError) -> str:
    """The one format of an unusable input: ``path:line: ErrorName: message``."""
    where = f"{err.path}:{err.line}" if err.line else err.path
    return f"{where}: {err.error}: {err.message}"
