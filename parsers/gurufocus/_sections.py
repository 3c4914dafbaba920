"""Split the page into titled sections so that no text is ever dropped."""

from __future__ import annotations

import re

from .. import _build as build
from .._models import Section
from .._regex_cache import compiled
from ._lines import Page

KNOWN_HEADINGS: tuple[re.Pattern[str], ...] = tuple(compiled(p) for p in (
    r"^What is .+\?$", r" Historical Data$", r" Chart$", r" Calculation$", r" Explanation$", r" Related Terms$",
    r" Business Description$", r" Headlines$", r"^Competitive Comparison of ", r" Distribution in the [^\n]{1,120}? Industry$",
    r"^Be Aware$", r"^Definition$", r"^Historical Data$", r"^Calculation$", r"^Competitive Comparison$",
    r"^Shiller PE for Stocks: The True Measure of Stock Valuation$", r"^The M-Score Variables:$",
    r"^\d\. [A-Z]+ = .+$", r"^Good Sign:$", r"^Warning Sign:$", r"^What is .+\? How do we calculate .+\?$",
))


# the headings anchored at the line's start are tried there only; the others end in a literal word, and a line
# that ends in none of those words is not searched for them
_KNOWN_AT_START = compiled("|".join(f"(?:{p.pattern})" for p in KNOWN_HEADINGS if p.pattern.startswith("^")))
_KNOWN_ELSEWHERE = [p for p in KNOWN_HEADINGS if not p.pattern.startswith("^")]
_KNOWN_INSIDE = compiled("|".join(f"(?:{p.pattern})" for p in _KNOWN_ELSEWHERE))
_LAST_WORD = compiled(r"(?<![\\A-Za-z])[A-Za-z]++(?=\$$)")
_LAST_WORDS = [_LAST_WORD.search(p.pattern) for p in _KNOWN_ELSEWHERE]
_INSIDE_ENDINGS: tuple[str, ...] | None = (
    tuple(m.group() for m in _LAST_WORDS if m) if all(_LAST_WORDS) and _KNOWN_ELSEWHERE else None)
"""The word every unanchored heading ends with (None: some heading ends otherwise, and every line is searched)."""
_THREE_DIGITS = compiled(r"\d{3}")


def split_sections(page: Page) -> list[Section]:
    """Sections by heading lines; headings the reader does not know are kept and marked unrecognised."""
    numbered = page.numbered()
    heads: list[tuple[int, str, bool]] = []
    last_k = len(numbered) - 1
    for k, n, text in page.filled():  # lines are right-stripped: a blank one is empty, and heads nothing
        s = text.strip()
        if not s or len(s) > 120:
            continue
        known = _is_known(s)
        if known or ((k == 0 or not numbered[k - 1][1]) and (k >= last_k or not numbered[k + 1][1])
                     and not s.endswith((".", ":", ",")) and not _THREE_DIGITS.search(s)
                     and not s.startswith(("*", "=", "|")) and len(s.split()) <= 12 and s[:1].isupper()):
            heads.append((n, s, known))  # a known heading, or a title-like line: blank lines around, no sentence
    sections: list[Section] = []
    starts = [(numbered[0][0] if numbered else 1, "(page top)", True)] + heads
    last = numbered[-1][0] if numbered else 1
    for idx, (n, title, known) in enumerate(starts):
        end = starts[idx + 1][0] - 1 if idx + 1 < len(starts) else last
        body = "\n".join(page.lines[n - 1:end]).strip("\n")
        if idx == 0 and not body.strip():
            continue
        sections.append(build.Section(title=title, line=n, end_line=end, text=body, recognised=known))
    return sections


def _is_known(heading: str) -> bool:
    """True when a stripped line is one of KNOWN_HEADINGS."""
    if _KNOWN_AT_START.match(heading):
        return True
    if _INSIDE_ENDINGS is not None and not heading.endswith(_INSIDE_ENDINGS):
        return False
    return _KNOWN_INSIDE.search(heading) is not None
