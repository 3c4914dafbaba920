"""Decide which site and page kind a text is, from the page's structure, without parsing it.

A page is recognised by several parts that only that kind of page has together (a
GuruFocus term page: breadcrumb or headline, the 'As of today' sentence, history rows,
ranges...; a Longbridge quote page: its frontmatter or '# Name (SYMBOL)' heading), never
by one headline-like line. A README, a JSON file or a note quoting a headline is no page.

>>> detect("E10 : $4.51 (As of Jun. 2016)\\nmy note\\nto self\\nend") is None
True
>>> detect('{"header": {"site": "gurufocus"}}') is None
True
"""

from __future__ import annotations

import re

from ._models import PageKind, Site

_SNIFF_CHARS = 8000
_HTML = re.compile(r"^\s*(?:<!DOCTYPE html|<html|<\?xml|<head|<body|<div)", re.I)
_PROVENANCE = re.compile(r"^url: (?P<url>\S{1,2000})[ \t]*(?:\r?\n|$)")

# --- GuruFocus term pages: each marker is one part of the page, anchored to its line --------------
_GF_MARKERS: dict[str, re.Pattern[str]] = {
    "breadcrumb": re.compile(r"^GURUFOCUS\.COM » STOCK LIST » [^»\n]+ » [^»\n]+ » [^»\n]+ » Definitions » [^»\n]+$", re.M),
    "switch_to": re.compile(r"^[ \t]*Switch to:[ \t]*$", re.M),
    "headline": re.compile(r"^[^\n]{0,200}\((?:TTM )?As of [^()\n]{0,40}\)[ \t]*$", re.M),
    "today": re.compile(r"As of today(?: \(\d{4}-\d\d-\d\d\))?, [^\n]{0,120}?'s [^\n]{0,160}?(?:price is|of today is|for today is)"),
    "sections": re.compile(r"^(?:[^\n]{1,80} )?(?:Definition|Explanation|Historical Data|Calculation)[ \t]*$", re.M),
    "calculation": re.compile(r"\((?:A|Q): [^()\n]{0,20}\) = "),
    "export": re.compile(r"^View and export this data going back to \d{4}", re.M),
    "units": re.compile(r"^\* (?:For other sections: )?All numbers are in millions", re.M),
    "history": re.compile(r"^[^\n]{0,120}\b(?:Annual|Quarterly|Semi-Annual) Data\b", re.M),
    "range": re.compile(r"^Min: ?\S{1,20} {1,4}(?:Med: ?\S{1,20} {1,4})?Max: ?\S{1,20}[ \t]*$", re.M),
    "past": re.compile(r"^During the past \d{0,3} ?(?:years|months), ", re.M),
    "ranked": re.compile(r"^[^\n]{1,200} is ranked (?:better|worse|higher|lower) than[ \t]*$", re.M),
    "widget": re.compile(r"^\d{1,3} GF Score[ \t]*$", re.M),
    "e10_concept": re.compile(r"^E10 is a concept invented by Prof\. Robert Shiller", re.M),
    "alerts": re.compile(r"^[A-Z0-9.]{1,12} has been successfully added to your Stock Email Alerts", re.M),
}
_GF_MIN_MARKERS = 3
# A term page states which security it is about in one of these.
_GF_IDENTITY = frozenset({"breadcrumb", "headline", "switch_to", "today", "alerts"})
_GF_DEFINITION = (
    re.compile(r"^[^\n]{1,120} - Definition, Formula & Calculator[ \t]*$", re.M),
    re.compile(r"^Reviewed by:", re.M),
    re.compile(r"^Fact checked by:", re.M),
)

# --- Longbridge quote pages: the frontmatter, its one-line llms.txt form, or the symbol heading ----
_LB_SYMBOL = r"[0-9A-Z]{1,10}\.(?:HK|US|SZ|SH|SG)"
_LB_FRONTMATTER = re.compile(r"^---[ \t]*\n(?:[^\n]{0,400}\n){0,15}?symbol: ?\"?" + _LB_SYMBOL + r"\"?[ \t]*$", re.M)
_LB_COLLAPSED = re.compile(r"^--- title: \"[^\"\n]{1,200}\" [^\n]{0,600}?symbol: \"" + _LB_SYMBOL + "\"", re.M)
_LB_HEADING = re.compile(r"^# [^\n]{1,200} \(" + _LB_SYMBOL + r"\)[ \t]*$", re.M)
_LB_SECTION = re.compile(r"^## [^\n]{1,80}$", re.M)
_LB_NEWS_URL = re.compile(r"longbridge\.com/(?:[A-Za-z-]{2,8}/)?(?:news|topics)/")
_LLMS = re.compile(r"^--- title: ", re.M)


def is_html(text: str) -> bool:
    """True when the text is an HTML document."""
    return bool(_HTML.match(text[:2000]))


def _split_provenance(text: str, url: str | None) -> tuple[str, str | None]:
    m = _PROVENANCE.match(text)
    if m:
        return text[m.end():], url or m.group("url")
    return text, url


def gurufocus_markers(text: str) -> set[str]:
    """Which parts of a GuruFocus term page the start of a text has."""
    head = text[:_SNIFF_CHARS]
    return {name for name, pat in _GF_MARKERS.items() if pat.search(head)}


def refusal(text: str, url: str | None = None) -> tuple[str, int] | None:
    """Why a page of a known site is not a page this project parses, and the line that shows it; else None."""
    body, url = _split_provenance(text, url)
    offset = text.count("\n", 0, len(text) - len(body))
    head = body[:_SNIFF_CHARS]
    if url and _LB_NEWS_URL.search(url) and not _longbridge_quote(head):
        return ("a Longbridge news or topics article (not a quote page: no frontmatter, symbol heading or "
                "quote sections); news pages are not a page kind quotecheck parses", 1)
    markers = gurufocus_markers(head)
    if not markers & _GF_IDENTITY - {"today"} and any(p.search(head) for p in _GF_DEFINITION):
        line = next((head.count("\n", 0, m.start()) + 1 for p in _GF_DEFINITION if (m := p.search(head))), 1)
        return ("a GuruFocus definition page: it explains a term and names no security (no breadcrumb, headline "
                "or 'As of today' sentence); only a security's term page is parsed", offset + line)
    return None


def _longbridge_quote(head: str) -> bool:
    if _LB_FRONTMATTER.search(head) or _LB_COLLAPSED.search(head):
        return True
    return bool(_LB_HEADING.search(head) and _LB_SECTION.search(head))


def _looks_like_json(body: str) -> bool:
    return body.lstrip()[:1] in {"{", "["}


def detect(text: str, url: str | None = None) -> tuple[Site, PageKind] | None:
    """(site, kind) for a page's text, or None when it is not a page any parser takes."""
    body, url = _split_provenance(text, url)
    if _looks_like_json(body):
        return None
    head = body[:_SNIFF_CHARS]
    refused = refusal(text, url)
    if _longbridge_quote(head) or (refused and "Longbridge" in refused[0]):
        if _LLMS.search(head[:400]) or (url and url.endswith("llms.txt")):
            return Site.LONGBRIDGE, PageKind.QUOTE_LLMS_TXT
        return Site.LONGBRIDGE, PageKind.QUOTE_PAGE
    markers = gurufocus_markers(head)
    if (len(markers) >= _GF_MIN_MARKERS and markers & _GF_IDENTITY) or (refused and "GuruFocus" in refused[0]):
        return Site.GURUFOCUS, PageKind.TERM_PAGE
    return None
