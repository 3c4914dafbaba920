"""What detection needs before any site looks at a text: HTML or not, the provenance line, JSON or not.

Site-neutral and free of site imports, so both the engine's ``_detect`` and the
sites' own detectors can use it.
"""

from __future__ import annotations

import re

SNIFF_CHARS = 8000
"""How much of a page detection reads."""

_HTML = re.compile(r"^\s*(?:<!DOCTYPE html|<html|<\?xml|<head|<body|<div)", re.I)
_PROVENANCE = re.compile(r"^url: (?P<url>\S{1,2000})[ \t]*(?:\r?\n|$)")


def is_html(text: str) -> bool:
    """True when the text is an HTML document."""
    return bool(_HTML.match(text[:2000]))


def split_provenance(text: str, url: str | None) -> tuple[str, str | None, int]:
    """The page body after a fixture's 'url: …' line, the URL (the caller's wins) and the lines skipped."""
    m = _PROVENANCE.match(text)
    if m:
        return text[m.end():], url or m.group("url"), text.count("\n", 0, m.end())
    return text, url, 0


def looks_like_json(body: str) -> bool:
    """True when a text is a JSON document (a golden file, an API answer): never a page."""
    return body.lstrip()[:1] in {"{", "["}
