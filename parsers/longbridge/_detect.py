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

_SNIFF_CHARS = 4096
_SIGNS_RE = re.compile(
    r"longbridge\.com/(?:[A-Za-z-]+/)?quote/|Longbridge Financial Score|长桥财务评分|長橋財務評分|```chart-data:"
)


def looks_like_longbridge(text: str) -> bool:
    """True when the start of a text shows a Longbridge quote page (either rendering)."""
    return _SIGNS_RE.search(text[:_SNIFF_CHARS]) is not None


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
