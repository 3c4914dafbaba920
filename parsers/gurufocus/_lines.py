"""Page text as numbered lines: provenance header, markdown escapes, truncation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from .._currencies import ISO_CODES, SYMBOLS
from .._errors import InputTooLarge
from .._limits import MAX_LINE_CHARS, MAX_PAGE_BYTES, MAX_PAGE_LINES
from .._newlines import split_lines
from .._regex_cache import compiled
from . import _labels as L
from ._alternation import alternation

_PROVENANCE = compiled(r"^url:\s*(?P<url>\S+)\s*$")
_HEADING_MARK = compiled(r"^#{1,6}\s+")


@dataclass(frozen=True)
class Page:
    """The page's lines (1-based via ``line(n)``), with the provenance url when present."""

    lines: tuple[str, ...]
    first: int
    url: str | None
    source: str | None
    may_end: bool = True
    """False when no footer marker's word is anywhere in the text: then no line is the footer (``has_footer`` need not
    walk the lines of a cut page, most real pages)."""

    def line(self, n: int) -> str:
        """The cleaned text of line n (1-based)."""
        return self.lines[n - 1]

    def numbered(self) -> list[tuple[int, str]]:
        """(line number, text) for every content line (built once per page; callers only read it)."""
        return self._numbered

    @cached_property
    def _numbered(self) -> list[tuple[int, str]]:
        return list(enumerate(self.lines[self.first - 1:], self.first))

    def filled(self) -> list[tuple[int, int, str]]:
        """(index in ``numbered()``, line number, text) for every non-blank content line: the readers that do
        nothing on a blank line walk these (lines are right-stripped, so a blank line is empty)."""
        return self._filled

    @cached_property
    def _filled(self) -> list[tuple[int, int, str]]:
        return [(idx, n, text) for idx, (n, text) in enumerate(self._numbered) if text]

    def prev_nonblank(self, n: int, limit: int = 6) -> int | None:
        """The first non-blank content line before n, within limit lines."""
        for i in range(n - 1, max(self.first, n - limit) - 1, -1):
            if self.lines[i - 1].strip():
                return i
        return None

    def next_nonblank(self, n: int, limit: int = 6) -> int | None:
        """The first non-blank line after n, within limit lines."""
        for i in range(n + 1, min(len(self.lines), n + limit) + 1):
            if self.lines[i - 1].strip():
                return i
        return None


def _clean_all(raw: list[str]) -> tuple[str, ...]:
    """Every line with markdown's escaped dollar and the invisible spaces undone (once over the page: no line holds
    a LF), then its heading mark and trailing blanks dropped; the words are kept."""
    if not raw:
        return ()
    page = "\n".join(raw).replace("\\$", "$").replace("\u00a0", " ").replace("\u200b", "")
    return tuple([(_HEADING_MARK.sub("", line) if line.startswith("#") else line).rstrip() for line in page.split("\n")])


_LETTER_CURRENCIES = alternation([*(s for s in SYMBOLS if any(ch.isalpha() for ch in s)), *ISO_CODES])
"""Currencies printed with letters before the amount ('RM194', 'zł5.3', 'lei1.2', 'Bs.4', 'ARS4876.00'): the symbol
of a cut amount, as '$' or '¥' is; a word that is none of them ('Dec1') is no currency."""
_CUT_NUMBER = compiled(r"(?<!\S)(?<!\b[A-Z][a-z]{2}\. )(?<!\bSept\. )-?(?:" + _LETTER_CURRENCIES
                         + r"|[A-Z]{0,3}[^\sA-Za-z\d]{1,2})?-?\d[\d,]*(?:\.\d*)?,?$")
"""A number the page's last character ends: 'is 1' of 'is 13.58', 'NZ$6.' of 'NZ$6.99 Mil.', '1,4' of '1,480', 'RM19' of
'RM194 Mil', 'zł5.' of 'zł5.3 Mil'; not a year after its month ('Mar. 2024.') nor a period label ('Dec1' of a cut
history heading, which its reader notes)."""
_WHOLE_SENTENCE_END = compiled(r"\d\.\d+\.$")
"""'is 1.72.': a number with its decimals and the sentence's full stop ends whole."""


_LINE_ENDS = frozenset("\n\r\x85\u2028\u2029")
"""The line breaks ``split_lines`` knows: a text ending in one ends whole, with no number cut."""


def _without_cut_number(lines: tuple[str, ...]) -> tuple[str, ...]:
    """The lines with a number the page's end cuts taken off its last line, when the text stops inside that line
    (no line break after it, as a stored page start of ~2,000 characters does) short of the page's footer:
    what touches the cut may be the start of a longer number ('... PS Ratio for today is 1' of 13.58), and read
    as whole it would be an invented value, or a false FAIL against the number's own inputs."""
    last = len(lines) - 1
    while last >= 0 and not lines[last]:
        last -= 1
    if last < 0 or (not lines[last][-1:].isdigit() and lines[last][-1:] not in ".,"):
        return lines
    if any(is_footer(t) for t in lines[max(0, last - 3):last + 1]):
        return lines
    m = _CUT_NUMBER.search(lines[last])
    if m is None and lines[last].lstrip()[:1] in ("=", "+", "-"):  # a formula's step or its continuation ('+2201+12'):
        m = _CUT_OPERAND.search(lines[last])  # its numbers are glued to their operators ('=-1*8670/-4' of '-418', ghx F4)
    if m is None or _WHOLE_SENTENCE_END.search(m.group(0)):
        return lines
    kept = lines[last][:m.start()].rstrip()
    if kept.lstrip()[:1] == "=" and kept.lstrip().lstrip("=").strip():  # a formula's step cut after its first number:
        kept = ""  # '=-10.49 %*1.6786' may go on ('*1.2'), and '=-10.49' read alone was taken for the formula's result
        # and failed against it (ROA % of ROE's breakdown, OTCPK:GMTNF: round-47 tester tf F1); the step is not on the page
    return (*lines[:last], kept, *lines[last + 1:])


_CUT_OPERAND = compiled(r"(?<=[-+*/(=])\s*-?\d[\d,]*(?:\.\d*)?$")
"""The number a formula step's last character ends, after its operator: '-4' of '=-1*8670/-4'."""


def split_page(text: str, source: str | None = None) -> Page:
    """Number the lines of a page, stripping an optional ``url:`` provenance header."""
    if len(text.encode("utf-8", "surrogatepass")) > MAX_PAGE_BYTES:
        raise InputTooLarge(f"page larger than {MAX_PAGE_BYTES} bytes", source=source, line=None)
    raw = split_lines(text)  # CR LF, LF, CR, NEL, LS, PS (see _newlines)
    if len(raw) > MAX_PAGE_LINES:
        raise InputTooLarge(f"page of {len(raw)} lines is over the {MAX_PAGE_LINES}-line limit", source=source,
                            line=MAX_PAGE_LINES + 1)
    if max(map(len, raw)) > MAX_LINE_CHARS:  # then find the first such line, to name it
        for i, ln in enumerate(raw, 1):
            if len(ln) > MAX_LINE_CHARS:
                raise InputTooLarge(f"line is longer than {MAX_LINE_CHARS} characters", source=source, line=i)
    lines = _clean_all(raw)
    if text[-1:] not in _LINE_ENDS:  # the text stops inside its last line: a number there may be cut
        lines = _without_cut_number(lines)
    url, first = None, 1
    top = next((i for i, ln in enumerate(lines) if ln.strip()), 0)  # blank lines may stand above it (NU3-9)
    m = _PROVENANCE.match(lines[top]) if lines else None
    if m:
        url, first = m.group("url"), top + 2
    return Page(lines=lines, first=first, url=url, source=source, may_end=any(w in text for w in _FOOTER_WORDS))


_FOOTER_WORDS = tuple(sorted({word.split(" ")[0] for word, _ in L.FOOTER_MARKERS}))
"""The first word of each footer marker's word ('Headlines', 'Affiliate'): one word, so a no-break space the lines'
cleaning turns into a space does not hide it."""


def has_footer(page: Page) -> bool:
    """True when the page reaches GuruFocus's closing 'Headlines' section, or the affiliate line that closes the
    older layouts."""
    if not page.may_end:
        return False
    for _, _, text in page.filled():  # noqa: SIM110 (a loop: any() over a generator costs more than the tests)
        if is_footer(text):
            return True
    return False


def is_footer(text: str) -> bool:
    """Whether a line is one that closes a whole GuruFocus page (``L.FOOTER_MARKERS``)."""
    for word, pattern in L.FOOTER_MARKERS:  # noqa: SIM110 -- a loop, not any(): it runs on every line of every page
        if word in text and pattern.search(text):
            return True
    return False


def last_content_line(page: Page) -> int:
    """The last non-blank line."""
    for i in range(len(page.lines), 0, -1):
        if page.lines[i - 1].strip():
            return i
    return 0
