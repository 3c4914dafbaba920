"""What detection needs before any site looks at a text: HTML or not, the provenance line, JSON or not.

Site-neutral and free of site imports, so both the engine's ``_detect`` and the
sites' own detectors can use it.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import SplitResult, urlsplit

from ._regex_cache import compiled

SNIFF_CHARS = 32_000
"""How much of a page detection reads: a saved page may print a long site menu above its header (8,000 characters
refused a GuruFocus page under a 7,955-character menu of '<div>'s, round-46 new user F1); a page's header is found
in the first lines that hold it, so the window bounds only the search of a text that is no page."""

_HTML = compiled(r"^\s*(?:<!DOCTYPE html|<html|<\?xml|<head|<body|<div)", re.I)
_PROVENANCE = compiled(r"^(?:[^\S\r\n]*+\r?\n)*+url: (?P<url>\S{1,2000})[ \t]*(?:\r?\n|$)")
"""A fixture's 'url: …' line, below nothing but blank lines (blank as ``str.strip`` has it: round-34 NU3-9)."""


def is_html(text: str) -> bool:
    """True when the text is an HTML document."""
    return bool(_HTML.match(text[:2000]))


def on_domain(address: str, domain: str) -> bool:
    """Whether an http(s) address is on ``domain`` or one of its subdomains ('https://m.gurufocus.com/…')."""
    return host_on_domain(host_of(address), domain)


def host_of(address: str) -> str:
    """The host of an http(s) address, lower-cased ('' for any other address, or one ``urlsplit`` refuses)."""
    parts = url_parts(address) if address.startswith(("http://", "https://")) else None
    return (parts.hostname or "") if parts is not None else ""


def host_on_domain(host: str, domain: str) -> bool:
    """Whether a host (``host_of``'s) is ``domain`` or one of its subdomains."""
    return host == domain or host.endswith("." + domain)


def url_parts(address: str) -> SplitResult | None:
    """The parts of an address, or None for one ``urlsplit`` refuses ('https://[x', an unclosed IPv6 host: round-36
    new user NU5-1, whose ValueError was a traceback of every command): such an address is on no site."""
    try:
        parts = urlsplit(address)
        parts.hostname  # noqa: B018 -- parsed on first use, where a malformed host raises too
    except ValueError:
        return None
    return parts


def split_provenance(text: str, url: str | None) -> tuple[str, str | None, int]:
    """The page body after a fixture's 'url: …' line, the URL (the caller's wins) and the lines skipped."""
    m = _PROVENANCE.match(text)
    if m:
        return text[m.end():], url or m.group("url"), text.count("\n", 0, m.end())
    return text, url, 0


PAGE_STARTS: dict[str, tuple[str, ...]] = {
    "gurufocus": ("GURUFOCUS.COM » ",),  # the breadcrumb 'GURUFOCUS.COM » STOCK LIST » …'
    "longbridge": ("--- title: ", "---\ntitle: "),  # the frontmatter, collapsed (llms.txt) or expanded (.md)
}
"""What starts a page of each site, at the start of a line (or inside one, where a page was appended to another's
last line): a page has one at most. With the provenance line ('url: https://…' then a blank line) anywhere but at the
top, they show where a second page glued to the first starts."""


@cache
def _page_start(site: str) -> re.Pattern[str]:
    """Where a page of ``site`` starts, or its provenance line does (compiled on first use: most runs never need it)."""
    marks = PAGE_STARTS.get(site, ())  # a mark may start inside a line: the first page ended without a newline and
    # the second was appended to its last line ('… 6.50 6.30GURUFOCUS.COM » …', round-37 new user NU6-1: 43 false FAILs)
    # Inside a line, a frontmatter's '---' must not follow a dash or a blank: '-----' above 'title: ' or a rule
    # ' --- title: ' in a collapsed page is no page's start (second read of round 37); a breadcrumb may follow anything.
    url = r"(?:\A|\n)(?P<url>url: https?://\S{1,2000}[ \t]*(?=\n[ \t]*\n))"
    starts = [(r"(?:\n|(?<![-\s]))" if m.startswith("-") else r"\n?") + re.escape(m) for m in marks]
    return re.compile("|".join([url, *starts]))


def second_page_line(text: str, site: str) -> int | None:
    """The 1-based line where a second page starts in a text of ``site`` that holds two pages glued together (two
    responses of a scraper in one file), or None: the page's own provenance line and start do not count."""
    marks = PAGE_STARTS.get(site, ())
    if "\nurl: http" not in text and sum(text.count(m) for m in marks) < 2:  # C-level scans: one page is never searched
        return None
    seen_start = False
    for m in _page_start(site).finditer(text):
        if m.group("url") is not None:
            if not seen_start and not text[:m.start()].strip():  # the page's own provenance line, below nothing but
                continue  # blank lines (a line of spaces above it read as a second page: round-34 new user NU3-9)
            return text.count("\n", 0, m.start()) + 2
        if seen_start:  # the line the mark starts on: after the newline the match opens with, if it opens with one
            return text.count("\n", 0, m.start()) + (2 if text.startswith("\n", m.start()) else 1)
        seen_start = True
    return None


def looks_like_json(body: str) -> bool:
    """True when a text is a JSON document (a golden file, an API answer): never a page."""
    return body.lstrip()[:1] in {"{", "["}
