"""Progress of a long audit on stderr: a bar on a terminal once a run passes a second, else a log line every few seconds."""

from __future__ import annotations

import os
import time
from types import TracebackType
from typing import TYPE_CHECKING

from rich.console import Console

if TYPE_CHECKING:  # rich.progress is imported only when a bar is drawn
    from rich.progress import Progress, TaskID

BAR_DELAY_S = 1.0
"""A run shorter than this shows no bar (override with QUOTECHECK_PROGRESS_DELAY, in seconds)."""

LOG_EVERY_S = 5.0
"""Without a terminal, a progress line at most this often (override with QUOTECHECK_PROGRESS_EVERY)."""


def _env_seconds(name: str, default: float) -> float:
    try:
        return float(os.environ.get(name, default))
    except ValueError:
        return default


class AuditProgress:
    """Counts inputs done; draws a rich bar on a terminal, or logs a line every few seconds when stderr is not one."""

    def __init__(self, console: Console, total: int | None, label: str = "auditing") -> None:
        self.console = console
        self.total = total
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        self._last_log = self.started
        self._delay = _env_seconds("QUOTECHECK_PROGRESS_DELAY", BAR_DELAY_S)
        self._every = _env_seconds("QUOTECHECK_PROGRESS_EVERY", LOG_EVERY_S)
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._terminal = console.is_terminal  # asked once: rich re-reads the environment and isatty on every call

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
            self.console.print(f"quotecheck: {self.label} {self.done}{of} pages, {now - self.started:.1f} s"
                               + (f" ({current})" if current else ""), highlight=False, soft_wrap=True)

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
