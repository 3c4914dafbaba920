"""Truncation: a page that stops before its closing References/Disclaimer was cut off.

Also cut: a frontmatter without its closing ``---``, a fence without its
closing line, a last table row without its closing ``|``, a table whose rows
the cut removed, a heading or value the page ends in (``_cut``). The page keeps
what it shows up to the cut when the cut cannot have changed it; the note names the line (and the character, on a
collapsed page) and says that what follows is absent, not zero.
"""

from __future__ import annotations

from .. import _build as build
from .._models import Document
from ._frontmatter import Frontmatter
from ._input import Source
from ._walker import Walker


def mark_truncation(doc: Document, walker: Walker, src: Source, fm: Frontmatter | None) -> None:
    """Mark the page truncated when it stops before its closing References/Disclaimer."""
    texts = walker.view.texts
    last = len(texts) - 1
    while last >= 0 and not texts[last].strip():
        last -= 1
    complete = walker.complete or walker.references
    reasons = []
    if fm is not None and not fm.closed and fm.end >= len(src.lines):
        reasons.append("inside the frontmatter")
    if walker.fences_unclosed:
        reasons.append(f"inside the fenced block opened on line {walker.view.line(walker.fences_unclosed[0])}")
    if walker.cut_line is not None:
        reasons.append("inside a table row")
    if not complete:
        reasons.extend(walker.cut_reasons)
    if not complete:
        reasons.append("without the References section or the closing disclaimer")
    if not reasons:
        return
    doc.truncated = True
    if last >= 0:
        # the line's own end, not raw()'s first 500 characters (round-33 ghp F1)
        end_line, where, tail = walker.view.line(last), walker.view.where(last, end=True), _tail(walker.view.texts[last])
    else:  # nothing after the frontmatter: cite the file's last non-blank line
        end_line = next((i + 1 for i in range(len(src.lines) - 1, -1, -1) if src.lines[i].strip()), src.start + 1)
        where, tail = f"line {end_line}", _tail(src.lines[end_line - 1])
    doc.truncated_at_line = end_line
    doc.notes.append(build.ParseNote(code="truncated", line=end_line,
                               message=f"the page ends at {where} ({tail!r}) {' and '.join(reasons)}: it was cut off; "
                                       "what follows is absent, not zero"))


def _tail(line: str) -> str:
    """The last 60 characters of a line, marked '…' where the line goes on before them."""
    end = line.strip()
    return ("…" if len(end) > 60 else "") + end[-60:]
