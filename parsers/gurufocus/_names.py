"""GuruFocus's garbled short names: the site drops legal-form words ('Inc', 'Ltd', 'SA', 'PLC') from a legal name as
letters, inside words too, so 'Canoe EIT Income Fund' becomes 'Canoe EITome Fund' and 'New Zealand King Salmon
Investments Ltd' becomes 'New Zealand Kinglmon Investments'. Where the breadcrumb's legal name shows that this is
what happened (the title's name is the legal name with such words cut out, one of them from inside a word), the
name is the legal name with only the whole-word cuts made."""

from __future__ import annotations

from functools import cache

from . import _labels as L

_MAX_CHARS = 160
"""Names longer than this are not compared (the alignment is quadratic in the length)."""


def repaired_name(legal: str, title: str) -> str | None:
    """The name the title meant, when it is the legal name garbled by the site's cuts of legal-form words and at
    least one cut fell inside a word; else None (the title is the page's own name for the security)."""
    if len(legal) > _MAX_CHARS or len(title) > _MAX_CHARS or legal.startswith(title):
        return None
    cuts = _cuts(legal, title)
    if not cuts:
        return None
    inside = [(a, b) for a, b in cuts if b < len(legal) and legal[b].isalnum()]
    if not inside:
        return None
    kept = [cut for cut in cuts if cut not in inside]
    out, at = [], 0
    for a, b in kept:
        out.append(legal[at:a])
        at = b
    out.append(legal[at:])
    return "".join(out)


def _cuts(legal: str, title: str) -> list[tuple[int, int]] | None:
    """The spans of ``legal`` whose deletion gives ``title``, each a space and a legal-form word's letters (any
    case); None when no such spans do."""

    @cache
    def align(i: int, j: int) -> tuple[tuple[int, int], ...] | None:
        if i == len(title) and j == len(legal):
            return ()
        if i < len(title) and j < len(legal) and legal[j] == title[i]:
            rest = align(i + 1, j + 1)
            if rest is not None:
                return rest
        if j < len(legal) and legal[j] == " ":
            for word in L.LEGAL_FORM_WORDS:
                end = j + 1 + len(word)
                if legal[j + 1:end].lower() == word.lower():
                    rest = align(i, end)
                    if rest is not None:
                        return ((j, end), *rest)
        return None

    found = align(0, 0)
    return None if found is None else list(found)
