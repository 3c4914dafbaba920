"""The cut: the last printed line of a page that stops before its References/Disclaimer.

A page start cut mid-page ends inside its last logical line. What that line
shows before the cut is kept when the cut cannot have changed it: a value
closed by printed text (``(0.65)`` closed by ``)``, ``D`` followed by a space
and the cut start of the next marker) is whole; a value running into the
cut (``D`` could have been ``D+``, ``0.6`` could have been ``0.65``) is not.

>>> trim_cut_marker("**Multi Score**: D #"), trim_cut_marker("**Multi Score**: D **"), trim_cut_marker("D #x")
('**Multi Score**: D', '**Multi Score**: D', None)
"""

from __future__ import annotations

from dataclasses import dataclass

from ._input import Source
from ._view import View

_MARKERS = "#*>|`-"
"""Characters of a bare block or emphasis marker: after a space at the very end, the next item's start cut before its text."""


@dataclass(frozen=True, slots=True)
class Tail:
    """The page's last non-blank logical line, and whether the file stops right after its last character."""

    index: int | None
    open: bool


def page_tail(view: View, src: Source) -> Tail:
    """The last non-blank logical line and whether the cut falls right after it (no space or line break between)."""
    texts = view.texts
    i = len(texts) - 1
    while i >= 0 and not texts[i].strip():
        i -= 1
    if i < 0 or not src.lines:
        return Tail(None, False)
    last = src.lines[-1]
    at_end = bool(last) and not last[-1].isspace() and view.line(i) == len(src.lines)
    return Tail(i, at_end and texts[i].rstrip() == texts[i])


def trim_cut_marker(line: str) -> str | None:
    """The line without a bare marker the cut left at its end (None: no such marker)."""
    if not line or line[-1] not in _MARKERS:
        return None
    body = line.rstrip(_MARKERS)
    if len(line) - len(body) > 6 or not body or not body[-1].isspace():
        return None
    return body.rstrip()
