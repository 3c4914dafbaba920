"""The parsers' compiled regular expressions, kept between processes as Python keeps compiled modules.

CPython compiles a regular expression in Python code (``re._parser`` and ``re._compiler``): the parsers' 271 distinct
patterns cost about 440 M machine instructions a process, 30% of ``import quotecheck.cli`` and about 2% of a 2,000-page
audit run. What the compiler makes is a list of integers that ``_sre.compile`` turns into a ``re.Pattern``; this module
keeps those lists in a file, so a later process builds its patterns without compiling them.

The file is a cache in the sense of ``__pycache__``: it is read with ``marshal`` (as ``.pyc`` files are), from the
user's cache folder; it is named after the interpreter's version and the regex engine's (``_sre.MAGIC``), and each
entry is keyed by its pattern's text and flags, so a changed pattern or another Python never uses a stale program.
An entry is written only after ``_sre.compile`` of it was found to give what ``re.compile`` of the same pattern gave
(an equal pattern, which compares flags and the compiled program, with the same groups and group names), and the
engine validates a program it is given. Any trouble (no such folder, a file another Python or a crash wrote, an
interpreter without these internals) means compiling as ``re.compile`` does, never an error; a folder that cannot be
written costs nothing more than compiling.

Where: ``$QUOTECHECK_CACHE_DIR`` (empty turns the cache off), else ``$XDG_CACHE_HOME/quotecheck``, else
``~/.cache/quotecheck``; a folder that is not an absolute path (no home) turns it off.
"""

from __future__ import annotations

import contextlib
import functools
import marshal
import os
import re
import stat
import sys
import zlib
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler (3.11 to 3.13 lay them out alike); elsewhere every pattern is compiled
    import _sre  # type: ignore[import-not-found]  # no stub: compile(pattern, flags, code, groups, groupindex, indexgroup)
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, program, group count, group index, index to group."""

_FORMAT = 2
"""The file's layout: (format, CRC-32 of the entries' bytes, marshal of {(pattern, flags): entry})."""
_MAX_BYTES = 16 << 20
"""A larger file is not read (the parsers' programs take about 0.5 MB)."""


def cache_file() -> Path | None:
    """The file this interpreter's compiled patterns are kept in, or None when the cache is off (an empty or relative
    ``QUOTECHECK_CACHE_DIR``, no home folder, an interpreter without CPython's engine)."""
    folder = os.environ.get("QUOTECHECK_CACHE_DIR")
    if folder is None:
        xdg = os.environ.get("XDG_CACHE_HOME", "")
        home = os.path.expanduser("~")  # no HOME and no passwd entry: '~' stays '~', a relative path
        if os.path.isabs(xdg):  # a relative XDG_CACHE_HOME is ignored, as the XDG spec says
            folder = os.path.join(xdg, "quotecheck")
        elif os.path.isabs(home) and os.path.isdir(home):  # never a home folder made ('/nonexistent' of a service user)
            folder = os.path.join(home, ".cache", "quotecheck")
        else:
            return None
    if not folder or not os.path.isabs(folder) or _sre is None or sys.implementation.name != "cpython":
        return None  # never a folder under wherever the process happens to run
    return Path(folder) / f"regex-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


class PatternCache:
    """Compiled programs read from one file (None: no file, compile every pattern) and those this process used."""

    def __init__(self, file: Path | None) -> None:
        self.file = file if file is None or _regular_or_absent(file) else None  # a FIFO would hang the import, a
        self.stored: dict[tuple[str, int], _Entry] = _read(self.file)  # folder fail every write: the cache is off
        self.used: dict[tuple[str, int], _Entry] = {}
        self.compiled_anew = 0
        """Patterns this process compiled (the file lacked them, or its program was refused)."""
        self._pending: dict[tuple[str, int], re.Pattern[str]] = {}  # compiled anew: their programs are worked out
        # when the file is written, not here, so a cache that cannot be written costs one compile a pattern, no more

    def compiled(self, pattern: str, flags: int = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, built from the stored program when there is one."""
        key = (pattern, int(flags))
        entry = self.stored.get(key)
        if entry is not None:
            try:
                built: re.Pattern[str] = _sre.compile(pattern, *entry)
            except Exception:  # a program the engine refuses (a file written by hand, say): compiled anew
                pass
            else:
                self.used[key] = entry
                return built
        pending = self._pending.get(key)
        if pending is not None:  # asked again before a save: the pattern this process compiled
            return pending
        built = re.compile(pattern, flags)
        self.compiled_anew += 1
        if self.file is not None:
            self._pending[key] = built
        return built

    def save(self) -> None:
        """Write the programs of the patterns compiled anew since the last save, beside those the file holds
        (atomically; a folder that cannot be written turns the cache off for the process, and is no error)."""
        if self.file is None or not self._pending:
            return
        import tempfile  # only when there is something to write: its import (shutil, bz2, lzma) cost every start

        pending, self._pending = self._pending, {}
        folder = self.file.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=self.file.name, suffix=".tmp")
        except OSError:  # a read-only home, say: the next processes compile as this one did, no dearer
            self.file = None
            return
        try:
            with os.fdopen(fd, "wb") as out:
                fresh = {key: entry for key, built in pending.items() if (entry := _verified(key, built)) is not None}
                if not fresh:  # an interpreter whose compiler is laid out otherwise: nothing to keep
                    raise _NothingToWrite
                self.used.update(fresh)
                self.stored.update(fresh)
                kept = {**self.stored, **self.used} if len(self.stored) <= _KEEP_OTHERS * max(len(self.used), 1) else self.used
                out.write(_dumped(kept))  # another install's entries are kept, within a bound
            os.chmod(tmp, 0o644)  # as Python's own .pyc files: mkstemp's 0600 would hide a shared folder's file from others
            os.replace(tmp, self.file)  # readers see the old file or the new one, never half of one
        except (OSError, _NothingToWrite):
            with contextlib.suppress(OSError):
                os.unlink(tmp)


class _NothingToWrite(Exception):
    """No program of the patterns compiled anew could be worked out and verified."""


_KEEP_OTHERS = 2
"""The file keeps entries this process did not use (another install's, an older release's) while it holds no more than
this many times the entries the process used; past that, only the used ones: it cannot grow without bound."""


def _verified(key: tuple[str, int], built: re.Pattern[str]) -> _Entry | None:
    """The pattern's program, if ``_sre.compile`` of it gives what ``re.compile`` gave: an equal pattern (flags and
    compiled program) with the same groups and group names; else None."""
    entry = _program(*key)
    if entry is None:
        return None
    try:
        rebuilt = _sre.compile(key[0], *entry)
    except Exception:  # a program the engine refuses is not kept
        return None
    same = rebuilt == built and rebuilt.groups == built.groups and rebuilt.groupindex == built.groupindex
    return entry if same else None


@functools.cache
def process_cache() -> PatternCache:
    """The process's cache (``cache_file()``), read at its first pattern."""
    return PatternCache(cache_file())


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, built from the process cache's stored program when there is one."""
    return process_cache().compiled(pattern, flags)


def save() -> None:
    """Write the process cache's programs if it compiled any anew (see ``PatternCache.save``)."""
    process_cache().save()


def _program(pattern: str, flags: int) -> _Entry | None:
    """What ``re._compiler.compile`` hands ``_sre.compile`` for the pattern, or None where it cannot be worked out."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = [int(c) for c in _compiler._code(parsed, flags)]
        groups: dict[str, int] = dict(parsed.state.groupdict)
        index: list[str | None] = [None] * parsed.state.groups
        for name, i in groups.items():
            index[i] = name
        return (flags | parsed.state.flags, code, parsed.state.groups - 1, groups, tuple(index))
    except Exception:  # an interpreter whose compiler is laid out otherwise: no entry, never an error
        return None


def _regular_or_absent(file: Path) -> bool:
    """Whether the cache's path holds a regular file or nothing (a FIFO, a folder or a device there: no cache)."""
    try:
        return stat.S_ISREG(os.stat(file).st_mode)
    except FileNotFoundError:
        return True
    except OSError:
        return False


def _read(file: Path | None) -> dict[tuple[str, int], _Entry]:
    """The file's entries; none when it is missing, unreadable, not of this layout, or not what was written (its
    checksum: a flipped bit in a stored program gave a pattern that matched otherwise, and audits that differed)."""
    if file is None:
        return {}
    try:
        fd = os.open(file, os.O_RDONLY | os.O_NONBLOCK)  # never blocks, whatever replaced the file since its stat
        with os.fdopen(fd, "rb") as f:
            if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                return {}
            raw = f.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return {}
        data: Any = marshal.loads(raw)
        if not (isinstance(data, tuple) and len(data) == 3 and data[0] == _FORMAT and isinstance(data[2], bytes)
                and data[1] == zlib.crc32(data[2])):
            return {}
        entries: Any = marshal.loads(data[2])
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


def _dumped(entries: dict[tuple[str, int], _Entry]) -> bytes:
    """The file's bytes for ``entries``: the layout's number, a CRC-32 of the entries' bytes, and those bytes."""
    payload = marshal.dumps(entries)
    return marshal.dumps((_FORMAT, zlib.crc32(payload), payload))
