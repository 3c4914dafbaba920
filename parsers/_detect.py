"""Decide which site and page kind a text is, from the page's structure, without parsing it.

Each site in ``DETECTORS`` (the detectors of ``SITES``) is asked in turn; a site answers only for a page whose
structure it recognises (several parts that only that kind of page has
together), never for one headline-like line. A README, a JSON file or a note
quoting a headline is no page.

>>> detect("E10 : $4.51 (As of Jun. 2016)\\nmy note\\nto self\\nend") is None
True
>>> detect('{"header": {"site": "gurufocus"}}') is None
True
"""

from __future__ import annotations

from ._models import PageKind, Site
from ._sites import DETECTORS
from ._sniff import is_html, looks_like_json, split_provenance

__all__ = ["detect", "is_html"]


def detect(text: str, url: str | None = None) -> tuple[Site, PageKind] | None:
    """(site, kind) for a page's text, or None when it is not a page any site takes."""
    body, url, _ = split_provenance(text, url)
    if looks_like_json(body):
        return None
    for site, detect_kind in DETECTORS:
        kind = detect_kind(text, url)
        if kind is not None:
            return site, kind
    return None
