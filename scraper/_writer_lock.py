"""One writer per archive: an advisory lock file (``fcntl.flock``) held for the whole run.

Two ``fetch`` processes on one archive would each keep their own per-host
rate limit (the host saw 79 req/s against a 50 req/s limit) and could delete
each other's temp files. The second one refuses instead. ``flock`` locks go
away with the process, so a killed run never leaves a stale lock behind; the
pid written into the file is only for the message.
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import Final

from quotecheck.scraper._errors import ArchiveError
from quotecheck.scraper._settings import WRITER_LOCK_NAME

__all__ = ["WriterLock", "remove_leftover_parts"]

logger = logging.getLogger(__name__)

#: Temp files of ``write_atomic`` (``.tmp-XXXX.part``) left by a killed run.
LEFTOVER_PATTERN: Final = ".tmp-*.part"


class WriterLock:
    """The exclusive right to write one archive; raise ArchiveError if another process has it."""

    def __init__(self, root: Path) -> None:
        self.path = root / WRITER_LOCK_NAME
        try:
            self._fd: int | None = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise ArchiveError(f"cannot open the archive lock {self.path}: {exc.strerror}") from exc
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = self._holder()
            self.release()
            raise ArchiveError(
                f"archive {root} is in use by another quotecheck fetch{holder}; "
                "wait for it to finish, or use another --archive"
            ) from None
        except OSError as exc:
            self.release()
            raise ArchiveError(f"cannot lock the archive {root}: {exc.strerror}") from exc
        os.ftruncate(self._fd, 0)
        os.write(self._fd, f"{os.getpid()}\n".encode())

    def _holder(self) -> str:
        if self._fd is None:
            return ""
        try:
            text = os.pread(self._fd, 32, 0).decode("ascii", "replace").strip()
        except OSError:
            return ""
        return f" (pid {text})" if text.isdigit() else ""

    def release(self) -> None:
        """Give the lock up (closing the file releases it)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


def remove_leftover_parts(objects: Path) -> int:
    """Delete temp files a killed writer left under ``objects``; call only while holding the lock."""
    removed = 0
    for path in objects.rglob(LEFTOVER_PATTERN):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise ArchiveError(f"cannot remove leftover temp file {path}: {exc.strerror}") from exc
        removed += 1
    if removed:
        logger.info("removed %d leftover temp file(s) from an interrupted run under %s", removed, objects)
    return removed
