"""Detection: is a text a Longbridge quote page, and is it the collapsed llms.txt rendering?

>>> looks_like_longbridge('---\\ntitle: "X"\\nurl: "https://longbridge.com/en/quote/1.HK.md"\\n---')
True
>>> looks_like_longbridge("GURUFOCUS.COM » STOCK LIST » ..."), looks_like_longbridge("")
(False, False)
>>> is_collapsed(['--- title: "T" --- # T (1.HK) | a |'], 0), is_collapsed(["---", "title: T", "---"], 0)
(True, False)
"""

from __future__ import annotations

import re

from .._models import PageKind
from .._regex_cache import compiled
from .._securities import LONGBRIDGE_MARKETS
from .._sniff import SNIFF_CHARS, split_provenance

HOST = r"longbridge\.(?:com|cn)"
"""Longbridge's hosts: the .cn site serves the same quote pages (round-33 ghj F1: one was refused as of no known site)."""
ON_HOST = compiled(r"//(?:[\w-]+\.)*" + HOST + r"(?:[:/?#]|$)")
"""An address on a Longbridge host (not 'longbridge.cnbc.example')."""
_SIGNS_RE = compiled(
    HOST + r"/(?:[A-Za-z-]+/)?quote/|Longbridge Financial Score|长桥财务评分|長橋財務評分|```chart-data:"
)
_SYMBOL = r"[0-9A-Z]{1,10}(?:[.-][0-9A-Z]{1,6})?\.(?:" + "|".join(LONGBRIDGE_MARKETS) + ")"  # BRK.B.US, F-D.US: a class or
# series after the ticker; the markets are the exchange table's (a list of its own here had left BJ out, round-40 gud F2)
_FRONTMATTER = compiled(r"^---[ \t]*\n(?:[^\n]{0,400}\n){0,15}?symbol: ?\"?" + _SYMBOL + r"\"?[ \t]*$", re.M)
_COLLAPSED = compiled(r"^--- title: \"[^\"\n]{1,200}\" [^\n]{0,600}?symbol: \"" + _SYMBOL + "\"", re.M)
_HEADING = compiled(r"^# [^\n]{1,200} \(" + _SYMBOL + r"\)[ \t]*$", re.M)
_SECTION = compiled(r"^## [^\n]{1,80}$", re.M)
_NEWS_URL = compiled(HOST + r"/(?:[A-Za-z-]{2,8}/)?(?:news|topics)/")
_LLMS = compiled(r"^--- title: ", re.M)
_HTML_QUOTE_URL = compiled(HOST + r"/(?:[A-Za-z-]{2,8}/)?quote/[0-9A-Za-z.\-]{1,24}(?<!\.md)/?(?:[?#]|$)")
"""A quote page's address without '.md' or '/llms.txt': the web page, whose text is its HTML rendering."""


def looks_like_longbridge(text: str) -> bool:
    """True when the start of a text shows a Longbridge quote page (either rendering)."""
    return _SIGNS_RE.search(text[:SNIFF_CHARS]) is not None


def _has_line_starting(head: str, prefix: str) -> bool:
    """Whether a line of ``head`` starts with ``prefix``: a substring search, where a multiline ``^`` pattern would
    be tried at every character of the head (about 20 us on a GuruFocus page that has none)."""
    return head.startswith(prefix) or "\n" + prefix in head


def _is_quote(head: str) -> bool:
    # each pattern runs only when the literal text every match of it contains is in the head
    if ("symbol:" in head and _FRONTMATTER.search(head)) or ('--- title: "' in head and _COLLAPSED.search(head)):
        return True
    return bool(_has_line_starting(head, "# ") and _HEADING.search(head)
                and _has_line_starting(head, "## ") and _SECTION.search(head))


def refusal(text: str, url: str | None = None) -> tuple[str, int] | None:
    """Why a Longbridge page is not a quote page this project parses, and the line; else None."""
    body, url, _ = split_provenance(text, url)
    if url and _NEWS_URL.search(url) and not _is_quote(body[:SNIFF_CHARS]):
        front = "a frontmatter naming no symbol" if body.lstrip().startswith("---") else "no frontmatter"  # ghz F6
        return (f"a Longbridge news or topics article (not a quote page: {front}, no symbol heading or quote "
                "sections); news pages are not a page kind quotecheck parses", 1)
    if url and _HTML_QUOTE_URL.search(url) and not _is_quote(body[:SNIFF_CHARS]):
        return ("a Longbridge quote page's HTML rendering (the web page's text: no frontmatter, symbol heading or "
                "markdown sections); quotecheck parses the markdown renderings, the address with '.md' or '/llms.txt'", 1)
    return None


def detect_kind(text: str, url: str | None = None) -> PageKind | None:
    """QUOTE_PAGE or QUOTE_LLMS_TXT for a Longbridge quote page (or a Longbridge page to be refused by name)."""
    body, url, _ = split_provenance(text, url)
    head = body[:SNIFF_CHARS]
    if not (_is_quote(head) or refusal(text, url)):
        return None
    if _LLMS.search(head[:400]) or (url and url.endswith("llms.txt")):
        return PageKind.QUOTE_LLMS_TXT
    return PageKind.QUOTE_PAGE


def is_collapsed(lines: list[str], start: int) -> bool:
    """True for the llms.txt rendering: the frontmatter and body run on one line."""
    for line in lines[start:]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith("---") and len(stripped) > 3 and not stripped.startswith("----"):
            return True
        return len(stripped) > 400 and " ## " in stripped and " | " in stripped
    return False
