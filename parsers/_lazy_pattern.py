"""Regular expressions compiled when first used, so a process compiles only the patterns its pages need.

Python's regex compiler is written in Python: the GuruFocus labels' hundred-odd patterns cost about a fifth of the
CLI's start-up, and a run of pages of the common terms never uses about a third of them (layouts of 2014-2019,
rare terms' sentences). ``lazy_compile`` stands for ``re.compile``: the first attribute asked of it compiles the
pattern, and from then on its matching methods are the compiled pattern's own bound methods, held in the instance
(a call costs what ``Pattern.search`` costs). ``pattern`` is there before, so patterns can be composed from others
without compiling them. It is not a ``re.Pattern``: give it to no ``re`` function (``re.sub(P, …)``), call its
methods (``P.sub(…)``).
"""

from __future__ import annotations

import re
from typing import Any, cast

_TAKEN = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "scanner", "flags", "groups",
          "groupindex")
"""What the compiled pattern hands over on first use: every public method and attribute of ``re.Pattern`` but ``pattern``."""


class LazyPattern:
    """``re.compile(pattern, flags)``, compiled on the first attribute asked of it but ``pattern``."""

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # called only for a name not yet in the instance
        if name.startswith("__"):  # copy, pickle and the like ask for hooks it does not have
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for taken in _TAKEN:
            setattr(self, taken, getattr(compiled, taken))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, compiled when first used (see the module's note)."""
    return cast(re.Pattern[str], LazyPattern(pattern, int(flags)))
