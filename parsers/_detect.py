"""Decide which site and page kind a text is, without parsing it: each site in ``SITES`` is asked."""

from __future__ import annotations

import re

from ._models import PageKind, Site
from ._sites import SITES

_HTML = re.compile(r"^\s*(?:<!DOCTYPE html|<html|<\?xml|<head|<body|<div)", re.I)

def is_html(text: str) -> bool:
    """True when the text is an HTML document."""
    return bool(_HTML.match(text[:2000]))


def detect(text: str, url: str | None = None) -> tuple[Site, PageKind] | None:
    """(site, kind) for a page's text, or None when no site recognises it."""
    for spec in SITES:
        kind = spec.detect(text, url)
        if kind is not None:
            return spec.site, kind
    return None
