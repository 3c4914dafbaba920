"""Decide which site and page kind a text is, without parsing it."""

from __future__ import annotations

import re

from ._models import PageKind, Site

_HTML = re.compile(r"^\s*(?:<!DOCTYPE html|<html|<\?xml|<head|<body|<div)", re.I)
_LONGBRIDGE = re.compile(r"longbridge\.com/|^---\s*\n(?:.*\n){0,12}?symbol:\s*\"?[0-9A-Z.]+\"?", re.M)
_LLMS = re.compile(r"^(?:url: \S+\s*\n\s*\n)?--- title: ", re.M)
_GURUFOCUS = re.compile(r"GURUFOCUS\.COM|gurufocus\.com|^Switch to:|E10 is a concept invented|M-Score|Shiller P/?E|"
                        r"Cyclically Adjusted", re.M)


def is_html(text: str) -> bool:
    """True when the text is an HTML document."""
    return bool(_HTML.match(text[:2000]))


def detect(text: str, url: str | None = None) -> tuple[Site, PageKind] | None:
    """(site, kind) for a page's text, or None when no parser fits."""
    head = text[:6000]
    if (url and "longbridge.com" in url) or _LONGBRIDGE.search(head):
        if _LLMS.search(head[:400]) or (url and url.endswith("llms.txt")):
            return Site.LONGBRIDGE, PageKind.QUOTE_LLMS_TXT
        return Site.LONGBRIDGE, PageKind.QUOTE_PAGE
    if (url and "gurufocus.com" in url) or _GURUFOCUS.search(head):
        return Site.GURUFOCUS, PageKind.TERM_PAGE
    return None
