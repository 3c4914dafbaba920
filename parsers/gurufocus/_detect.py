"""Detection: is a text a GuruFocus term page?"""

from __future__ import annotations

import re

from .._models import PageKind

_SNIFF_CHARS = 6000
_SIGNS = re.compile(r"GURUFOCUS\.COM|gurufocus\.com|^Switch to:|E10 is a concept invented|M-Score|Shiller P/?E|"
                    r"Cyclically Adjusted", re.M)


def detect_kind(text: str, url: str | None = None) -> PageKind | None:
    """TERM_PAGE when the text (or its URL) shows a GuruFocus term page, else None."""
    if (url and "gurufocus.com" in url) or _SIGNS.search(text[:_SNIFF_CHARS]):
        return PageKind.TERM_PAGE
    return None
