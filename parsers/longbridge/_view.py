"""Logical lines of a page and their place in the file.

A .md page's logical lines are its physical lines (the frontmatter and the
provenance header blanked, so markdown-it's line maps are file lines). The
llms.txt rendering has everything on one physical line: its logical lines are
the re-split pieces, each cited with that physical line (facts' ``raw`` is
the piece, and the character offset is kept for notes).

>>> v = collapsed_view(["url: u", "", "--- title: \\"T\\" --- # T (1.HK) ## Company Profile Text"], 2)[0]
>>> v.texts[:3], v.line(0), v.offset(2)
(['# T (1.HK)', '', '## Company Profile'], 3, 30)
"""

from __future__ import annotations

from dataclasses import dataclass

from ._collapsed import expand, split_frontmatter
from ._frontmatter import Frontmatter, parse_inline

MAX_RAW = 500
"""Longest ``raw`` text a fact carries."""


@dataclass(slots=True)
class View:
    """Logical lines, the physical line of each (None: same index + 1), and offsets in collapsed lines."""

    texts: list[str]
    phys: list[int] | None = None
    offsets: list[int] | None = None

    def line(self, i: int) -> int:
        """The 1-based file line of logical line ``i``."""
        if self.phys is None:
            return i + 1
        return self.phys[min(max(i, 0), len(self.phys) - 1)] if self.phys else 1

    def raw(self, i: int) -> str:
        """The trimmed text of logical line ``i`` (at most 500 characters)."""
        return self.texts[i].strip()[:MAX_RAW] if 0 <= i < len(self.texts) else ""

    def offset(self, i: int) -> int | None:
        """The character offset of logical line ``i`` in its physical line (collapsed pages only)."""
        return self.offsets[i] if self.offsets is not None and 0 <= i < len(self.offsets) else None

    def where(self, i: int, *, end: bool = False) -> str:
        """'line N' or, for collapsed text, 'line N, character C' of the first character of logical line ``i``, or with
        ``end`` of its last (where a page cut inside it ends: round-39 tester gte F4)."""
        off = self.offset(i)
        if off is None:
            return f"line {self.line(i)}"
        return f"line {self.line(i)}, character {off + (len(self.texts[i].rstrip()) if end else 1)}"


def md_view(lines: list[str], blank_until: int) -> View:
    """The .md page: physical lines with everything before ``blank_until`` blanked."""
    texts = [""] * blank_until + lines[blank_until:]
    return View(texts)


def collapsed_view(lines: list[str], start: int) -> tuple[View, Frontmatter | None, int]:
    """The llms.txt page re-split into logical lines, its frontmatter and the frontmatter's file line."""
    texts: list[str] = []
    phys: list[int] = []
    offsets: list[int] = []
    frontmatter: Frontmatter | None = None
    fm_line = 0
    for index in range(start, len(lines)):
        line = lines[index]
        if not line.strip():
            continue
        pos = 0
        if frontmatter is None:
            fm_text, pos = split_frontmatter(line)
            if fm_text is not None:
                frontmatter, fm_line = parse_inline(fm_text), index + 1
        for seg in expand(line, pos):
            texts.append(seg.text)
            phys.append(index + 1)
            offsets.append(seg.offset)
            if seg.block_end:
                texts.append("")
                phys.append(index + 1)
                offsets.append(seg.offset + len(seg.text))
    return View(texts, phys, offsets), frontmatter, fm_line
