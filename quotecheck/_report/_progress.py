"""Progress of a long audit on stderr: a bar on a terminal once a run passes a second, else a log line every few seconds."""

from __future__ import annotations

import os
import re
import sys
import time
from types import TracebackType
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # rich is imported only when it draws or prints something a plain write would not match
    from rich.console import Console
    from rich.progress import Progress, TaskID

BAR_DELAY_S = 1.0
"""A run shorter than this shows no bar (override with QUOTECHECK_PROGRESS_DELAY, in seconds)."""

LOG_EVERY_S = 5.0
"""Without a terminal, a progress line at most this often (override with QUOTECHECK_PROGRESS_EVERY)."""


_RICH_SYNTAX = re.compile(r"[\[\x00-\x1f\x7f]|:\S*:")
"""What rich's print might not write as it is: markup (``[``), a control character, an emoji code (``:name:``)."""


def _stderr_is_plain() -> bool:
    """True when rich would find stderr no terminal: not a tty and neither TTY_COMPATIBLE nor FORCE_COLOR set.

    Anything else (a tty, those variables) is left for rich's own ``Console.is_terminal`` to decide.
    """
    if "TTY_COMPATIBLE" in os.environ or "FORCE_COLOR" in os.environ:
        return False
    try:
        return not sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def _env_seconds(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


class AuditProgress:
    """Counts inputs done; draws a rich bar on a terminal, or logs a line every few seconds when stderr is not one.

    Without a console given, the progress is on stderr and rich's console is made only when needed: a plain
    log line is written as rich would write it, so a run whose stderr is no terminal need not import rich.
    """

    def __init__(self, console: Console | None, total: int | None, label: str = "auditing") -> None:
        self._console = console
        self.total = total
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._delay = _env_seconds("QUOTECHECK_PROGRESS_DELAY", BAR_DELAY_S)
        self._every = _env_seconds("QUOTECHECK_PROGRESS_EVERY", LOG_EVERY_S)
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        plain = console is None and _stderr_is_plain()
        self._terminal = False if plain else self.console.is_terminal  # asked once: rich re-reads env and isatty per call

    @property
    def console(self) -> Console:
        """The rich console on stderr, made on first use when none was given."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(stderr=True, highlight=False)
        return self._console

    def __enter__(self) -> AuditProgress:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started

    def advance(self, current: str | None = None) -> None:
        """One more input done."""
        self.done += 1
        now = time.monotonic()
        if self._terminal:
            if self._bar is None and now - self.started >= self._delay:
                self._start_bar()
            if self._bar is not None and self._task is not None:
                self._bar.update(self._task, completed=self.done, description=self.label)
        elif now - self._last_log >= self._every:
            self._last_log = now
            of = f"/{self.total}" if self.total else ""
            self._log(f"quotecheck: {self.label} {self.done}{of} pages, {now - self.started:.1f} s"
                      + (f" ({current})" if current else ""))

    def _log(self, line: str) -> None:
        """A progress line on a stderr that is no terminal: written as it is when rich would write it unchanged."""
        if self._console is None and _RICH_SYNTAX.search(line) is None:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()
            return
        self.console.print(line, highlight=False, soft_wrap=True)

    def _start_bar(self) -> None:
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

        self._bar = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                             TimeRemainingColumn(), console=self.console, transient=True)
        self._bar.start()
        self._task = self._bar.add_task(self.label, total=self.total, completed=self.done)

    def print(self, text: str) -> None:
        """A line on stderr above the bar (errors, as ``path:line: ErrorName: message``)."""
        self.console.print(text, highlight=False, markup=False, soft_wrap=True)

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None
