"""A Ctrl-C while the console script is still importing quotecheck: one line, not the import machinery's traceback.

The console script runs ``from quotecheck.cli import main`` before it calls anything of ours, and that import takes a
noticeable time (0.3-0.6 s on a loaded machine), so a Ctrl-C there ended in some thirty lines of traceback through
``re`` or ``difflib``. Python hands an uncaught exception to ``sys.excepthook`` before it exits, and still exits as
killed by SIGINT after a KeyboardInterrupt, so the status a shell sees stays 130.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

MESSAGE = "interrupted (Ctrl-C) while quotecheck was starting: nothing was read or written\n"


def quiet_interrupt_at_start() -> None:
    """Under the ``quotecheck`` console script only, and only where nobody set a hook, say a Ctrl-C in one line."""
    main = sys.modules.get("__main__")
    if Path(getattr(main, "__file__", None) or "").stem != "quotecheck" or sys.excepthook is not sys.__excepthook__:
        return
    sys.excepthook = _hook


def started() -> None:
    """The start-up is over (the CLI runs): an exception is reported as Python reports it again."""
    if sys.excepthook is _hook:
        sys.excepthook = sys.__excepthook__


def _hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.stderr.write(MESSAGE)
        return
    sys.__excepthook__(kind, value, tb)
