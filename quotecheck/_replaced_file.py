"""Where a file that is written whole and renamed into place may go (the HTML report, an export to a file).

Such a writer makes a temporary file beside its target and renames it over the target: on a symlink that replaces the
link, not the file it points to; on a device or a FIFO (``--html /dev/null`` run as root) it replaces the device for
every process on the machine (round-34 new user NU3-1: the container's /dev/full became a regular file). The target is
therefore the link's final file, and a path that exists as anything but a regular file is refused before the run.

A regular file is replaced only where it is no input of the command (round-35 new user NU4-1, NU4-2: ``export --out``
naming its own store, and ``audit --html`` naming a page it audits or a store, replaced them with exit status 0): the
HTML report replaces an empty file or an earlier report, an export anything but a SQLite database.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quotecheck.parsers._errors import file_kind


def replaced_file(path: Path) -> Path:
    """The file a whole-file write to ``path`` renames into place: a symlink's final target (the link stays); ValueError
    naming what the path is when it exists as anything but a regular file."""
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except OSError:  # a new file (a link to a file not yet made is made at its target), or a path the write reports
        return target  # ('plain/c.parquet' under a file: the export's own error, status 2)
    if stat.S_ISREG(mode):
        return target
    kind = file_kind(mode)
    shown = f"{path} (-> {target})" if target != path else str(path)
    raise ValueError(f"{shown} is {kind}: the output is written whole to a temporary file and renamed over the path, "
                     "which would replace it; give a regular file's path")


def is_stream(path: Path) -> bool:
    """True when ``path`` is (or links to) a character device or a FIFO: a text export streams into it as it stands
    (``--out /dev/null``), where a file would be written whole and renamed into place."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)


_REPORT_MARK = b'<meta name="generator" content="quotecheck'
"""What every HTML report quotecheck writes holds near its start (template.html)."""
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEAD = 2048


def file_head(path: Path, size: int = _HEAD) -> bytes:
    """The first ``size`` bytes of a regular file; empty for anything else (a FIFO, a pipe or a terminal is never opened: the
    read would wait for a writer, second read of round 35) or where there is no file to read."""
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            return b""
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError:  # no file yet, or one the write itself will report
        return b""


def replaceable_report(path: Path) -> None:
    """ValueError unless ``path`` is new, empty or an HTML report quotecheck wrote: the report never replaces a page
    it audits, a store or any other file."""
    head = file_head(path)
    if head and _REPORT_MARK not in head:
        what = "a SQLite database (a store?)" if head.startswith(_SQLITE_MAGIC) else "not a quotecheck HTML report"
        raise ValueError(f"{path} exists and is {what}: the report would replace it; give a new path, or remove the "
                         "file first")


_STORE_FILES = (("", "the store"), ("-wal", "the write-ahead log of the store"), ("-shm", "the shared memory of the store"),
                ("-journal", "the journal of the store"))
"""A SQLite store's files, by the suffix SQLite gives each, and what a refusal calls it."""


def replaceable_export(path: Path, store: Path) -> None:
    """ValueError when ``path`` is the store (or one of its -wal, -shm and -journal files) or any other SQLite
    database: an export never writes over what it reads."""
    for suffix, what in _STORE_FILES:
        own = store.with_name(store.name + suffix)
        try:
            same = os.path.samefile(path, own)
        except OSError:  # either does not exist
            continue
        if same:
            raise ValueError(f"{path} is {what} {store} the export reads: give another path")
    if file_head(path).startswith(_SQLITE_MAGIC):
        raise ValueError(f"{path} exists and is a SQLite database (a store?): the export would replace it; give "
                         "another path, or remove the file first")


@contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A new temporary file beside ``path`` to write, renamed over it once the block ends without an error (after an
    fsync), removed on any error: what was at ``path`` stays whole until then. Its name is ``mkstemp``'s, never a
    user's file, nor another run's; the file keeps the mode of the one it replaces (a new one, the umask's)."""
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except OSError:  # a new file
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
