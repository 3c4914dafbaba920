"""What every output format shares about a run, without rich: the statuses listed by default, how the run went,
and the one line of an unusable input (the terminal report, the HTML report and the progress lines use them)."""

from __future__ import annotations

from dataclasses import dataclass

from quotecheck.parsers._errors import printable_path
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


_CONTROL_ESCAPES = {c: repr(chr(c))[1:-1] for c in [*range(32), 127]}
"""Control characters as Python writes them in a string ('\\n', '\\x1b'): a path is printed on one line, as it is named."""


def shown_path(path: str) -> str:
    """``path`` on one line: a file name holding a newline split 'path:line:' in two (round-32 new user NU-22)."""
    return printable_path(path).translate(_CONTROL_ESCAPES)


def error_line(err: InputError) -> str:
    """The one format of an unusable input: ``path:line: ErrorName: message``."""
    where = shown_path(f"{err.path}:{err.line}" if err.line else err.path)
    return f"{where}: {err.error}: {err.message}"
