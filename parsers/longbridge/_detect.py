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

_SNIFF_CHARS = 4096
_HEAD_CHARS = 6000
_QUOTE_PAGE = re.compile(r"longbridge\.com/|^---\s*\n(?:.*\n){0,12}?symbol:\s*\"?[0-9A-Z.]+\"?", re.M)
_LLMS = re.compile(r"^(?:url: \S+\s*\n\s*\n)?--- title: ", re.M)
_SIGNS_RE = re.compile(
    r"longbridge\.com/(?:[A-Za-z-]+/)?quote/|Longbridge Financial Score|长桥财务评分|長橋財務評分|```chart-data:"
)


def looks_like_longbridge(text: str) -> bool:
    """True when the start of a text shows a Longbridge quote page (either rendering)."""
    return _SIGNS_RE.search(text[:_SNIFF_CHARS]) is not None


def detect_kind(text: str, url: str | None = None) -> PageKind | None:
    """QUOTE_PAGE or QUOTE_LLMS_TXT when the text (or its URL) shows a Longbridge quote page, else None."""
    head = text[:_HEAD_CHARS]
    if not ((url and "longbridge.com" in url) or _QUOTE_PAGE.search(head)):
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
