"""Patterns of single paragraph lines, by structure (any locale).

>>> overall("**Overall: B (0.35)**"), overall("**总评：B (0.35)**")
(('B', '0.35'), ('B', '0.35'))
>>> bold_label("- **Style**: Growth - Stocks whose main business is in the growth stage.")
('Style', 'Growth - Stocks whose main business is in the growth stage.')
>>> bold_label("**Multi Score**: B"), bold_label("**Style Score**:")
(('Multi Score', 'B'), ('Style Score', ''))
>>> trailing_bold_count("Total Analysts: **22**"), trailing_bold_count("分析师总数：22"), trailing_bold_count("A: **2")
(('Total Analysts', '22'), ('分析师总数', '22'), None)
>>> stamp("> Updated: 2026-05-19T04:30:08.000Z"), stamp("> As of 2026-05-16T16:00:00.000Z"), stamp("text")
('2026-05-19T04:30:08.000Z', '2026-05-16T16:00:00.000Z', None)
>>> links("- [Related News](https://x/news.md) and [a](b)")
[('Related News', 'https://x/news.md'), ('a', 'b')]
"""

from __future__ import annotations

import re

from .._regex_cache import compiled

_OVERALL_RE = compiled(r"\*\*[^*:：]{0,40}[:：]\s*(?P<grade>[A-E][+-]?)\s*\(\s*(?P<score>-?\d+(?:\.\d+)?)\s*\)\s*\*\*")
_OVERALL_CUT_RE = compiled(r"\*\*[^*:：]{0,40}[:：]\s*(?P<grade>[A-E][+-]?)\s*\(\s*(?P<score>-?\d+(?:\.\d+)?)\s*\)\s*\*?\Z")
"""The same line cut inside or before its closing '**': the ')' closes the score, so grade and score are whole."""
_BOLD_LABEL_RE = compiled(r"(?:[-*+]\s++)?\*\*(?P<label>[^*]{1,80}?)\*\*\s*+[:：]\s*+(?P<value>(?:\s*+\S)*+)\s*+")
_TRAILING_BOLD_RE = compiled(r"(?P<label>[^*:：]{1,80}?)\s*+[:：]\s*+(?P<b>\*\*)?\s*+(?P<value>\d{1,9})\s*+(?(b)\*\*)\s*+")
_STAMP_RE = compiled(r">.*?(?P<stamp>\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?)\s*+\**+\s*+")
_LINK_RE = compiled(r"\[(?P<text>[^\[\]\n]{0,500}+)\]\((?P<url>[^()\[\]\s]{1,2000}+)\)")  # no nested brackets: a linear scan
_DASH_SPLIT_RE = compiled(r"(?<!\s)\s++[-–—]\s++")


def overall(line: str, cut: bool = False) -> tuple[str, str] | None:
    """Grade and score text of a '**Overall: B (0.35)**' line (``cut``: the page ends right after it).

    >>> overall("**Overall: D (0.65)*", cut=True), overall("**Overall: D (0.65)", cut=True), overall("**Overall: D (0.6", cut=True)
    (('D', '0.65'), ('D', '0.65'), None)
    >>> overall("**Overall: D (0.65)*")
    """
    if "**" not in line:  # cheap pre-filter: the patterns need it
        return None
    m = _OVERALL_RE.search(line) or (_OVERALL_CUT_RE.search(line.rstrip()) if cut else None)
    return (m.group("grade"), m.group("score")) if m else None


def bold_label(line: str) -> tuple[str, str] | None:
    """Label and value of a '**Label**: value' (or '- **Label**: value') line."""
    m = _BOLD_LABEL_RE.fullmatch(line.strip()) if "**" in line else None
    return (m.group("label").strip(), m.group("value")) if m else None


def trailing_bold_count(line: str) -> tuple[str, str] | None:
    """Label and integer text of a 'Label: **22**' (or 'Label: 22') line."""
    m = _TRAILING_BOLD_RE.fullmatch(line.strip()) if ":" in line or "：" in line else None
    return (m.group("label").strip(), m.group("value")) if m else None


def stamp(line: str) -> str | None:
    """The ISO date or timestamp closing a '> Updated: ...' or '> As of ...' quote line."""
    m = _STAMP_RE.fullmatch(line.strip())
    return m.group("stamp") if m else None


def links(text: str) -> list[tuple[str, str]]:
    """Markdown links (text, url) in a text; one link whose url joins several sites with ';' is one link a site.

    >>> links("[a.com;http://b.cn](https://a.com;http://b.cn)")
    [('a.com', 'https://a.com'), ('http://b.cn', 'http://b.cn')]
    """
    if "](" not in text:  # every link has it: skip the scan
        return []
    found = [(m.group("text"), m.group("url")) for m in _LINK_RE.finditer(text)]
    if any(_JOINED_URLS_RE.search(url) for _, url in found):
        return [pair for text, url in found for pair in _split_joined(text, url)]
    return found


_JOINED_URLS_RE = compiled(r"[;；]\s*+(?:https?://|www\.)", re.IGNORECASE)
"""A second address run into a url with ';' (the site joined a company's websites into one link)."""


def _split_joined(text: str, url: str) -> list[tuple[str, str]]:
    """One (text, url) per address of a link whose url joins several; a text that does not split alike is kept whole."""
    if not _JOINED_URLS_RE.search(url):
        return [(text, url)]
    urls = [u.strip() for u in re.split(r"[;；]", url) if u.strip()]
    texts = [t.strip() for t in re.split(r"[;；]", text)]
    if len(texts) != len(urls):
        texts = [text] * len(urls)
    return list(zip(texts, urls, strict=True))


def split_description(value: str) -> tuple[str, str]:
    """'Growth - Stocks whose ...' -> ('Growth', 'Stocks whose ...').

    >>> split_description("Large - The company has stable operations."), split_description("Blend")
    (('Large', 'The company has stable operations.'), ('Blend', ''))
    """
    parts = _DASH_SPLIT_RE.split(value, maxsplit=1)
    return (parts[0].strip(), parts[1].strip()) if len(parts) == 2 else (value.strip(), "")


def is_quote(line: str) -> bool:
    """True for a '> ' quote line."""
    return line.lstrip().startswith(">")


def quote_text(line: str) -> str:
    """A quote line's text without the '>' and emphasis markers."""
    return line.strip().lstrip(">").strip().strip("*_").strip()
