"""The parsers' compiled regular expressions, kept between processes as Python keeps compiled modules.

CPython compiles a regular expression in Python code (``re._parser`` and ``re._compiler``): the parsers' 370 patterns
cost about 500 M machine instructions a process, a third of ``quotecheck``'s start and about 2.5% of a 2,000-page audit
run. What the compiler makes is a list of integers that ``_sre.compile`` turns into a ``re.Pattern``; this module
keeps those lists in a file, so a later process builds its patterns without compiling them.

The file is a cache in the sense of ``__pycache__``: it is read with ``marshal`` (as ``.pyc`` files are), from the
user's cache folder; it is named after the interpreter's version and the regex engine's (``_sre.MAGIC``), and each
entry is keyed by its pattern's text and flags, so a changed pattern or another Python never uses a stale program.
An entry is written only after ``_sre.compile`` of it was found equal to ``re.compile`` of the same pattern
(``re.Pattern`` equality compares the compiled program), and the engine validates a program it is given. Any trouble
(no such folder, a file another Python or a crash wrote, an interpreter without these internals) means compiling as
``re.compile`` does, never an error.

Where: ``$QUOTECHECK_CACHE_DIR`` (empty turns the cache off), else ``$XDG_CACHE_HOME/quotecheck``, else
``~/.cache/quotecheck``.
"""

from __future__ import annotations

import functools
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

try:  # CPython's engine and compiler (3.11 to 3.13 lay them out alike); elsewhere every pattern is compiled
    import _sre  # type: ignore[import-not-found]  # no stub: compile(pattern, flags, code, groups, groupindex, indexgroup)
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - not CPython
    _sre = None

_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""What ``_sre.compile`` takes after the pattern: flags, program, group count, group index, index to group."""

_FORMAT = 1
"""The file's layout: (format, {(pattern, flags): entry})."""
_MAX_BYTES = 16 << 20
"""A larger file is not read (the parsers' programs take about 0.5 MB)."""


def cache_file() -> Path | None:
    """The file this interpreter's compiled patterns are kept in, or None when the cache is off."""
    folder = os.environ.get("QUOTECHECK_CACHE_DIR")
    if folder is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        folder = os.path.join(base, "quotecheck")
    if not folder or _sre is None or sys.implementation.name != "cpython":
        return None
    return Path(folder) / f"regex-{sys.implementation.cache_tag}-{sys.hexversion:x}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"


class PatternCache:
    """Compiled programs read from one file (None: no file, compile every pattern) and those this process used."""

    def __init__(self, file: Path | None) -> None:
        self.file = file
        self.stored: dict[tuple[str, int], _Entry] = _read(file)
        self.used: dict[tuple[str, int], _Entry] = {}
        self.compiled_anew = 0
        """Patterns this process compiled (the file lacked them, or its program was refused)."""
        self._saved_at = 0

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
        built = re.compile(pattern, flags)
        self.compiled_anew += 1
        if self.file is not None:
            entry = _program(pattern, int(flags))
            if entry is not None and _sre.compile(pattern, *entry) == built:  # the same program, or no entry
                self.used[key] = self.stored[key] = entry  # a module asking for it again finds it
        return built

    def save(self) -> None:
        """Write the programs this process used, if it compiled any since the last save (atomically; a folder that
        cannot be written is no error)."""
        if self.file is None or self.compiled_anew == self._saved_at:
            return
        self._saved_at = self.compiled_anew
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=self.file.name, suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as out:
                    marshal.dump((_FORMAT, self.used), out)
                os.replace(tmp, self.file)  # readers see the old file or the new one, never half of one
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            pass  # a read-only home, a full disk: the next process compiles again


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


def _read(file: Path | None) -> dict[tuple[str, int], _Entry]:
    """The file's entries; none when it is missing, unreadable or not of this layout."""
    if file is None:
        return {}
    try:
        with file.open("rb") as f:
            raw = f.read(_MAX_BYTES + 1)
        if len(raw) > _MAX_BYTES:
            return {}
        data: Any = marshal.loads(raw)
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not (isinstance(data, tuple) and len(data) == 2 and data[0] == _FORMAT and isinstance(data[1], dict)):
        return {}
    return data[1]
