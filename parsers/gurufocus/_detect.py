"""Detection: is a text a GuruFocus term page? And if it is a GuruFocus page of another kind, which?

A term page is recognised by at least three of its parts, one of which names
the security (breadcrumb, headline, 'Switch to:', the 'As of today' sentence or
the alerts line), or by what every page of the breadcrumb layout has even when it
prints no headline (a rank page): the breadcrumb (with or without its sector and
industry slots) and, under it, the title that repeats the breadcrumb's term. A 2026
page of a security with no data (no score widget, no price sentence) is recognised
by its headline 'TICKER (Name) Term: value (As of …)' and a section heading that
repeats its ticker, with the exchange, and its term. A 2013 page is recognised by its markdown heading
'# Name Term: value ( as of Mar13)' and its section headings ('### Definition', '### Explanation'). A
definition page explains a term and names no security: it is recognised so that it can be refused by name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .._models import PageKind
from .._regex_cache import compiled
from .._sniff import SNIFF_CHARS, on_domain, split_provenance

MEDIAN_VS = (r"[—–-][ \t]*(?:(?P<vs_pct>\d[\d,]{0,12}(?:\.\d{1,4})?)%[ \t]+(?P<vs_side>Above|Below)|(?P<vs_near>Near))"
             r"[ \t]+Median")
"""What a 2026 headline may print after its '(As of …)': '— 44224% Above Median' or '— Near Median', its value against its own
10-year median; shared with the header, which reads it (``_labels.MEDIAN_VS``)."""
MEDIAN_SUFFIX = rf"(?:[ \t]+{MEDIAN_VS})?"
FOOTNOTE_SUFFIX = r"(?:[ \t]*\*{1,3})?"
"""A footnote mark a 2026 headline may end in: 'ENA SPA (MIL:ENA) Enterprise Value: €4.07 Mil (As of Jun. 30, 2026) ***'
(round-41 tester wg F2: two such pages were refused as no GuruFocus page)."""
HEADLINE_TAIL = MEDIAN_SUFFIX + FOOTNOTE_SUFFIX
"""What may follow a headline's '(As of …)': its median comparison, then a footnote mark."""

# each marker is one part of the page, anchored to its line, with the words every match of it contains on the
# line where the match starts (before any of them no match can start: the search starts at that line)
_MARKERS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "breadcrumb": (compiled(r"^GURUFOCUS\.COM » STOCK LIST » (?:[^»\n]+ » [^»\n]+ » )?[^»\n]+ » Definitions » (?P<term>[^»\n]+)$", re.M),
                   ("GURUFOCUS.COM » STOCK LIST » ",)),
    "switch_to": (compiled(r"^[ \t]*Switch to:[ \t]*$", re.M), ("Switch to:",)),
    # the 'Switch to:' layout's stacked title block, in a capture that starts below 'Switch to:' (round-34 ghx F1, NYSE:JNJ
    # 2016): 'Johnson & Johnson (NYSE:JNJ)' / 'Change In Receivables' / '\$-329 Mil (As of Dec. 2016)'
    "title_block": (compiled(r"^[^\n()]{1,100} \([A-Z][A-Z0-9]{0,9}:[^()\s]{1,24}\)[ \t]*\n[ \t]*[A-Za-z][^\n:()]{0,80}\n"
                               r"[^\n()]{0,80}\((?:TTM )?As of [^()\n]{0,40}\)[ \t]*$", re.M), (":",)),  # the search starts at its first line's ':'
    "headline": (compiled(r"^[^\n]{0,200}\((?:TTM )?As of [^()\n]{0,40}\)" + HEADLINE_TAIL + r"[ \t]*$", re.M),
                 ("As of ",)),
    "today": (compiled(r"As of today(?: \(\d{4}-\d\d-\d\d\))?, [^\n]{0,120}?'s [^\n]{0,160}?(?:price is|of today is|for today is)"),
              ("As of today",)),
    "calculation": (compiled(r"\((?:A|Q): [^()\n]{0,20}\) = "), (") = ",)),
    # the heading of a formula block: '… Days Sales Outstanding for the quarter that ended in Dec. 2016 is calculated as:'
    "calculated_as": (compiled(r" for the (?:quarter|fiscal year|trailing twelve months \(TTM\)|three months|six months) "
                                 r"(?:that )?ended in [A-Z][a-z]{2}\.? \d{4} is calculated as:?[ \t]*$", re.M),
                      (" is calculated as",)),
    "export": (compiled(r"^View and export this data going back to \d{4}", re.M), ("View and export this data",)),
    "units": (compiled(r"^\* (?:For other sections: )?All numbers are in millions", re.M), ("All numbers are in millions",)),
    "range": (compiled(r"^Min: ?\S{1,20} {1,4}(?:Med: ?\S{1,20} {1,4})?Max: ?\S{1,20}[ \t]*$", re.M), ("Min:",)),
    "past": (compiled(r"^During the past \d{0,3} ?(?:years|months), ", re.M), ("During the past ",)),
    "ranked": (compiled(r"^[^\n]{1,200} is ranked (?:better|worse|higher|lower) than[ \t]*$", re.M), (" is ranked ",)),
    "widget": (compiled(r"^\d{1,3} GF Score[ \t]*$", re.M), (" GF Score",)),
    "heading_2013": (compiled(r"^(?:# )?[^\n]{1,200}: [^\n]{0,40}\( as of [A-Z][a-z]{2}\d{2}\)[ \t]*$", re.M), ("( as of ",)),
    "e10_concept": (compiled(r"^E10 is a concept invented by Prof\. Robert Shiller", re.M), ("E10 is a concept",)),
    "rank_intro": (compiled(r"^The historical rank and industry rank for [^\n]{1,300}? are showing as below:", re.M),
                   (" are showing as below:",)),
    # the name may be blank: the unfilled template prints 'has the Financial Strength Rank of 0.' (gfp 027)
    "rank_has": (compiled(r"^(?:[^\n]{1,160} )?has the [A-Z][A-Za-z ]{1,40} Rank of \d{1,2}\.", re.M), (" Rank of ",)),
    "competitors": (compiled(r"^For the [^\n]{1,200}? along with its competitors' market caps", re.M),
                    (" along with its competitors' market caps",)),
    "alerts": (compiled(r"^(?:[A-Z][A-Z0-9]{0,11}:)?[A-Z0-9.]{1,12} has been successfully added to your Stock Email Alerts",
                          re.M),
               (" has been successfully added",)),
}
# markers found where a phrase starts within so many characters of its line's start; the same as
# ^[^\n]{0,N}\b(?:...) Data\b with re.M, without the regex retrying 0..N characters at every line. The word
# boundary before the phrase is checked behind its first letter (A(?<!\wA)...), so the scan can skip to the
# letters a phrase starts with: the same matches as \b(?:Annual|Quarterly|Semi-Annual) Data\b, four times faster
_WITHIN_COLUMN: dict[str, tuple[re.Pattern[str], tuple[str, ...], int]] = {
    "history": (compiled(r"(?:A(?<!\wA)nnual|Q(?<!\wQ)uarterly|S(?<!\wS)emi-Annual) Data\b"), (" Data",), 120),
}
# markers that are a line ending in a phrase (and blanks), after either nothing or 1 to N characters and a space: the
# same as ^(?:[^\n]{1,N} )?(?:...)[ \t]*$ with re.M, found by substring search of the phrases, where the multiline ^
# made the engine try N characters at every line of the head
_LINE_ENDING: dict[str, tuple[tuple[str, ...], int]] = {
    "sections": (("Definition", "Explanation", "Historical Data", "Calculation"), 80),
}
# the markdown headline whose '(As of …)' lost its parentheses, or whose value is not printed: a line that is
# ': value As of DATE' or 'As of DATE' (DATE as GuruFocus prints one, unfilled '. 20' included), right under a
# '# Term' heading; searched only where no parenthesised headline is found
AS_OF_DATE = r"(?:Today|(?:[A-Z][a-z]{2})?\.? ?(?:\d{1,2}, )?\d{2,4})"
"""An as-of date as GuruFocus prints one ('Today', 'Mar. 2024', 'Jun. 30, 2024', the unfilled '. 20'): shared with
the header's reader of bare headlines (``_labels.AS_OF_BARE``)."""
_BARE_HEADLINE = compiled(rf"^(?:: [^\n]{{0,60}}? )?(?:TTM )?As of {AS_OF_DATE}[ \t]*$", re.M)
_MD_HEADING = "# "
_MIN_MARKERS = 3
_IDENTITY_PARTS = ("headline", "breadcrumb", "today", "switch_to", "alerts", "title_block")
"""The parts that name the page's security, the most common first (the order detection asks about them)."""
_IDENTITY = frozenset(_IDENTITY_PARTS)
_NAMING = tuple(p for p in _IDENTITY_PARTS if p != "today")
"""The parts a definition page never has (it may quote an 'As of today' sentence)."""
_CRUMB_SYMBOL = compiled(r"\([A-Z][A-Z0-9]{0,9}:[^()\s]{1,20}\)(?= » Definitions » )")
"""The security's symbol at the end of the breadcrumb's name slot: '(SZSE:002750)'."""
_TITLE_LINES = 6
"""The title stands within so many non-blank lines under the breadcrumb (furniture such as '中文' may come first)."""
_TITLE_SPAN = 2000
"""Characters under the breadcrumb searched for its title."""
_TITLE_FOLLOWERS = (":", " :", "?")
"""What may follow the term within its title line: the headline's colon, or the question mark of 'What is … Term?'."""
_MD_TITLE_LINES = 3
"""The markdown '# Term' heading stands within so many non-blank lines of the page's start."""
_SYMBOL_HEADLINE = compiled(r"^(?P<ticker>[A-Z0-9][A-Z0-9.\-]{0,11}) \([^()\n]{1,100}\) (?P<term>[^:()\n]{1,80}?) ?: [^\n]{0,80}"
                              r"\((?:TTM )?As of [^()\n]{0,40}\)" + HEADLINE_TAIL + r"[ \t]*$", re.M)
"""The 2026 headline that names the security: 'XTPT (Xtra Energy) ROIC %: 0.00% (As of . 20)'."""
SYMBOL_TITLE = compiled(r"^(?P<ticker>[A-Z0-9][A-Z0-9.\-]{0,11}) \((?P<name>[^()\n]{1,100})\) (?P<term>[^:()\n]{1,80}?)[ \t]*$")
"""The 2026 title of a term with no headline value (a rank: 'AIUG (AI Unlimited Group) Predictability Rank'), the
page's first line; the header reads it, and the name-first form below, through ``symbol_title`` (which ``_labels``
re-exports)."""
NAMED_SYMBOL_TITLE = compiled(r"^(?P<name>[^()\n]{1,100}) \((?P<exchange>[A-Z][A-Za-z0-9]{0,11}):(?P<ticker>[^()\s]{1,24})\) "
                                r"(?P<term>[^:()\n]{1,80}?)[ \t]*$")
"""The same title of a listing outside the US, which names its exchange: 'Cura Technologies (NSE:CURAA)
Predictability Rank' (round-32 ghb 030)."""


def symbol_title(line: str) -> tuple[str, str, str] | None:
    """The (name, term, symbol as the title prints it: 'AIUG (AI Unlimited Group)', 'Cura Technologies (NSE:CURAA)')
    of a 2026 title with no headline value, either form; None for any other line."""
    if ") " not in line or "»" in line:  # no title of either form (a breadcrumb, prose): no pattern tried
        return None
    m = SYMBOL_TITLE.match(line)
    if m is not None:
        return m.group("name"), m.group("term"), f"{m.group('ticker')} ({m.group('name')})"
    m = NAMED_SYMBOL_TITLE.match(line) if ":" in line else None
    if m is not None:
        return m.group("name"), m.group("term"), f"{m.group('name')} ({m.group('exchange')}:{m.group('ticker')})"
    return None
_EXCHANGE_OPEN = compiled(r"\([A-Z][A-Za-z0-9]{0,11}:$")
"""The '(EXCH:' that opens the symbol before a section heading's ticker."""
_MD_SECTIONS = ("Historical Data", "Calculation", "Explanation")
"""The sections of a term page whose headings name the term."""
_MD_SECTION_SUFFIXES = tuple(f" {section}" for section in _MD_SECTIONS)
_MD_SECTION_LEAD = 40
"""What may stand before the term in a section heading: '##', or the title's '(EXCH:TICKER)' or empty '(:)'."""
_HOST = "gurufocus.com"
URL_SYMBOL = compiled(r"/term/(?P<slug>[^/]+)/:?(?:(?P<exchange>[A-Za-z0-9]*):)?(?P<ticker>[^/?#]+)")
"""The symbol segment of a term page's address: '/term/e10/SZSE:002371', '/term/roic/AAPL', and the 2012 form with a
leading colon '/term/Accts+Rec./:NYSE:CIT/Accounts-Receivable' (gfx 005)."""
_NAMED_HEADLINE = compiled(r"^(?P<lead>[^()\n]{0,160}?) ?\((?P<inner>[^()\n]{1,100})\) [^\n]{1,80}?: [^\n]{0,80}"
                             r"\((?:TTM )?As of [^()\n]{0,40}\)" + HEADLINE_TAIL + r"[ \t]*$", re.M)
"""A headline that names its security: 'Name (EXCH:TICKER) Term : value (As of …)', or the 2026 'TICKER (Name) Term:
value (As of …)'."""
_PARENTHESISED = compiled(r"\((?P<inner>[^()\n]{1,100})\)")
"""A parenthesised part of a headline after its first: the symbol of 'Computer Forms (Malaysia) Bhd (XKLS:8044) ROIC %:
-8.83% (As of Dec. 2025)', whose name holds a part in parentheses of its own (round-45 tester tb F1: refused)."""
_STACKED_HEADLINE = compiled(r"(?P<lead>[^()\n]{1,160}?) ?\((?P<inner>[^()\n]{1,100})\)[ \t]*\n[^\n(]{1,80}\n[^\n]{0,80}"
                               r"\((?:TTM )?As of [^()\n]{0,40}\)[ \t]*(?:\n|$)")
"""The 2016-2017 headline on three lines: 'Wal-Mart Stores Inc (NYSE:WMT)', 'Total Liabilities', '$129,164 Mil (As of
Oct. 2016)' (round-24 ggp 009: a page cut before its units note was refused although its header is whole)."""
_DEFINITION: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    (compiled(r"^[^\n]{1,120} - Definition, Formula & Calculator[ \t]*$", re.M), (" - Definition, Formula & Calculator",)),
    (compiled(r"^Reviewed by:", re.M), ("Reviewed by:",)),
    (compiled(r"^Fact checked by:", re.M), ("Fact checked by:",)),
    # the 2026 definition pages that open on their question: 'What Is PE Ratio without NRI?' (a term page asks 'What is
    # <Company> <Term>?', and names its security above it): round-33 ghn F2, refused as a page cut before its header
    (compiled(r"^What Is [^\n]{1,100}\?[ \t]*$", re.M), ("What Is ",)),
)


def _line_of_first(text: str, words: tuple[str, ...]) -> int | None:
    """Where the line holding the first of ``words`` starts, or None when none is in the text."""
    found = [i for w in words if (i := text.find(w)) >= 0]
    return text.rfind("\n", 0, min(found)) + 1 if found else None


def _search(pat: re.Pattern[str], words: tuple[str, ...], text: str) -> re.Match[str] | None:
    """``pat.search(text)``, started at the line of the first of the words every match contains (a multiline
    ``^`` retries at every character: skipping the lines before costs one substring search)."""
    start = _line_of_first(text, words)
    return None if start is None else pat.search(text, start)


def _ends_a_line(head: str, phrase: str, most: int) -> bool:
    """Whether ``phrase`` ends a line of ``head`` (blanks may follow) after nothing or 1 to ``most`` characters and a space."""
    start = head.find(phrase)
    while start >= 0:
        stop = head.find("\n", start)
        before = start - (head.rfind("\n", 0, start) + 1)
        if (not head[start + len(phrase):len(head) if stop < 0 else stop].strip(" \t")
                and (before == 0 or (2 <= before <= most + 1 and head[start - 1] == " "))):
            return True
        start = head.find(phrase, start + 1)
    return False


def _has_bare_headline(head: str) -> bool:
    """Whether a bare headline line (see ``_BARE_HEADLINE``) stands under a markdown '# Term' heading, blank
    lines apart."""
    start = _line_of_first(head, ("As of ",))
    if start is None:
        return False
    for m in _BARE_HEADLINE.finditer(head, start):
        end = m.start()
        while end and head[end - 1] in " \t\r\n":  # back over the blank lines above, without copying the text
            end -= 1
        heading = head[head.rfind("\n", 0, end) + 1:end]
        if heading.startswith(_MD_HEADING) and len(heading) > len(_MD_HEADING) + 1:
            return True
    return False


def _has_title(head: str, crumb: re.Match[str]) -> bool:
    """Whether a line under the breadcrumb is its title: the breadcrumb's symbol ('(SZSE:002750)'), then its term,
    and then the end of the line, a colon or a question mark (a sentence that only names the term is not a title)."""
    term = crumb.group("term").strip()
    spaced = " " + term
    symbol = _CRUMB_SYMBOL.search(crumb.group(0))
    if symbol is None:
        return False
    seen = 0
    for line in head[crumb.end():crumb.end() + _TITLE_SPAN].split("\n"):
        line = line.strip()
        if not line:
            continue
        if symbol.group(0) in line and (line.endswith(spaced) or any(spaced + end in line for end in _TITLE_FOLLOWERS)):
            return True
        seen += 1
        if seen == _TITLE_LINES:
            break
    return False


def _titled(head: str) -> bool:
    """Whether the breadcrumb has its title under it: with the breadcrumb, a term page whatever else it prints (a
    rank page has no headline). Asked only of a page the other parts do not settle, so most pages never pay for it."""
    crumb = _search(*_MARKERS["breadcrumb"], head)
    return crumb is not None and _has_title(head, crumb)


def _md_titled(head: str) -> bool:
    """Whether a markdown '# Term' heading opens the page and at least two of its section headings repeat the term
    ('## Term Historical Data', '## Term Calculation', '(:) Term Explanation'): the skeleton of every markdown term
    page, kept when the site left the security and the headline blank. Asked only of a page the other parts do not
    settle, like ``_titled``."""
    seen = 0
    for line in head.split("\n", _MD_TITLE_LINES * 4)[: _MD_TITLE_LINES * 4]:
        line = line.strip()
        if not line:
            continue
        term = line[len(_MD_HEADING):].strip() if line.startswith(_MD_HEADING) else ""
        if term:
            return sum(_ends_a_line(head, f"{term} {section}", _MD_SECTION_LEAD) for section in _MD_SECTIONS) >= 2
        seen += 1
        if seen == _MD_TITLE_LINES:
            break
    return False


def _symbol_titled(head: str) -> bool:
    """Whether the 2026 headline 'TICKER (Name) Term: value (As of …)' opens the page and a section heading repeats
    its term after the same ticker with its exchange ('(OTCPK:XTPT) ROIC % Explanation'): a page of a security with
    no data prints neither the score widget nor a price sentence. Asked only of a page the other parts do not
    settle, like ``_titled``."""
    start = _line_of_first(head, ("As of ",))
    m = None if start is None else _SYMBOL_HEADLINE.search(head, start)
    if m is None:
        return False
    lead = f":{m.group('ticker')}) {m.group('term')}"
    return any(_ends_a_symbol_line(head, lead + section) for section in _MD_SECTION_SUFFIXES)


def _widget_titled(head: str, widget: bool) -> bool:
    """Whether the 2026 title 'TICKER (Name) Term' (or 'Name (EXCH:TICKER) Term') opens the page and a section heading repeats its name and term
    ('AI Unlimited Group Predictability Rank Calculation'): a rank page prints no '(As of …)' headline, only the title
    above its score widget (gfp 025). A page of a security with no data prints no widget (BTOW, round-48 tv F1): without
    one (``widget`` False) the page must also ask its question line, 'What is Gtfn Hldgs Predictability Rank?', for a
    note's 'TODO (Finance Team) Pretax Income' over 'Finance Team Pretax Income Calculation' is no term page (round-48
    tester t5 P1: it was read as one and failed its own drafts). Asked only of a page with a section heading, like
    ``_titled``."""
    first = next((line.strip() for line in head.split("\n", _MD_TITLE_LINES * 4) if line.strip()), "")
    found = symbol_title(first)
    if found is None:
        return False
    lead = f"{found[0]} {found[1]}"
    if not widget and not _ends_a_line(head, f"What is {lead}?", 0):
        return False
    return any(_ends_a_line(head, lead + section, 0) for section in _MD_SECTION_SUFFIXES)


def _ends_a_symbol_line(head: str, phrase: str) -> bool:
    """Whether ``phrase`` (':TICKER) Term Section') ends a line of ``head`` (blanks may follow) right after the
    exchange of a '(EXCH' that stands within ``_MD_SECTION_LEAD`` characters of the line's start."""
    start = head.find(phrase)
    while start >= 0:
        stop = head.find("\n", start)
        line_start = head.rfind("\n", 0, start) + 1
        if (not head[start + len(phrase):len(head) if stop < 0 else stop].strip(" \t")
                and _EXCHANGE_OPEN.search(head[max(line_start, start - _MD_SECTION_LEAD):start + 1])):
            return True
        start = head.find(phrase, start + 1)
    return False


def _headline_names_url(head: str, url: str | None) -> bool:
    """Whether a headline names the security the term page's address names ('… (WAR:BST) Debt-to-EBITDA : -21.53 (As
    of Dec. 2023)' under '/term/debt-to-ebitda/WAR:BST'): the address and the page agree on what they are, so a page
    cut right after its headline is still that page (round-18 gfz F3)."""
    um = URL_SYMBOL.search(url) if url else None
    start = _line_of_first(head, ("As of ",)) if um is not None else None
    if um is None or start is None:
        return False
    ticker = um.group("ticker").upper()  # '(WAR:BST)' under '/WAR:BST' or '/BST'; '(COVCF)'; 'XTPT (Xtra Energy)'
    if any(_names_address(m.group("inner"), um) or m.group("lead").upper() == ticker
           or any(_names_address(inner, um) for inner in _PARENTHESISED.findall(head, m.end("inner") + 1, m.end()))
           for m in _NAMED_HEADLINE.finditer(head, start)):
        return True
    inner = head.rfind("\n", 0, max(start - 1, 0))  # two lines up: the stacked headline's name
    above = head.rfind("\n", 0, inner) + 1 if inner > 0 else 0
    m = _STACKED_HEADLINE.match(head, above)
    return m is not None and _names_address(m.group("inner"), um)


def _names_address(symbol: str, um: re.Match[str]) -> bool:
    """Whether a printed symbol ('WAR:BST', 'COVCF') is the one a term page's address names (``URL_SYMBOL``'s match):
    the same ticker, and the same exchange where both name one."""
    exchange, _, ticker = symbol.upper().rpartition(":")
    url_exchange = (um.group("exchange") or "").upper()
    return ticker == um.group("ticker").upper() and (not exchange or not url_exchange or exchange == url_exchange)


def _crumb_names_url(head: str, url: str | None) -> bool:
    """Whether the breadcrumb's symbol is the one the term page's address names ('… Guaranty Bancshares Inc (NYSE:GNTY) »
    Definitions » …' under '/term/p2tangible_book/GNTY/…'): with a headline under it, a page cut right after its
    headline is that page, where the headline names the company but not its symbol (round-19 gga F2)."""
    um = URL_SYMBOL.search(url) if url else None
    crumb = _search(*_MARKERS["breadcrumb"], head) if um is not None else None
    symbol = _CRUMB_SYMBOL.search(crumb.group(0)) if um is not None and crumb is not None else None
    return um is not None and symbol is not None and _names_address(symbol.group(0)[1:-1], um)


def _cut_2026(found: frozenset[str] | set[str], url: str | None) -> bool:
    """A page cut before its later sections: a 2026 headline and score widget ('59 GF Score'); the alerts layout's
    furniture on a term page's address ('/term/'); or the old layout's 'Switch to:' over its headline under a GuruFocus
    term address naming a security (round-20 gge 016, cut at 900 characters: 'Median PS Value' / '$0.00 (As of
    Today)'). The header is whole, so the page is parsed to the cut."""
    return ({"headline", "widget"} <= found
            or ("alerts" in found and url is not None and "/term/" in url)
            or ({"switch_to", "headline"} <= found and _symbol_address(url)))


def _symbol_address(url: str | None) -> bool:
    """Whether the address is a GuruFocus term page's that names a security ('www.gurufocus.com/term/medpsvalue/BRCM'):
    'Switch to:' and an '(As of …)' line are no GuruFocus page's mark on their own (the second read of round 20)."""
    return url is not None and URL_SYMBOL.search(url) is not None and on_domain(url, _HOST)


def markers(text: str) -> set[str]:
    """Which parts of a GuruFocus term page the start of a text has."""
    return set(_parts_of(text[:SNIFF_CHARS]).found())


def _has_part(name: str, head: str) -> bool:
    """Whether the head has the part ``name`` (of ``_MARKERS``, ``_LINE_ENDING`` or ``_WITHIN_COLUMN``)."""
    if name in _MARKERS:
        pat, words = _MARKERS[name]
        return _search(pat, words, head) is not None or (name == "headline" and _has_bare_headline(head))
    if name in _LINE_ENDING:
        phrases, most = _LINE_ENDING[name]
        return any(_ends_a_line(head, phrase, most) for phrase in phrases)
    pat, words, column = _WITHIN_COLUMN[name]
    start = _line_of_first(head, words)
    return start is not None and any(m.start() - (head.rfind("\n", 0, m.start()) + 1) <= column for m in pat.finditer(head, start))


_PARTS = ("headline", "sections", "units", "breadcrumb", "past", "export", "alerts", "history", "calculated_as", "today",
          "widget", "competitors", "rank_intro", "e10_concept", "rank_has", "switch_to", "ranked", "range", "heading_2013",
          "title_block", "calculation")
"""Every part of ``_MARKERS``, ``_LINE_ENDING`` and ``_WITHIN_COLUMN``, in the order detection asks about them until it
has seen enough: the order of swaps that asks about the fewest parts over the fixtures' 390 page heads and the same
heads with their breadcrumb, headline, 'Switch to:' or GF Score left out (4.1 and 4.4 parts a head, where the most
common first asked about 4.6 and 5.0: 'alerts', rare, ends the e-mail-alert layout's search, whose other parts are
few). Parts cost more or less to look for ('sections' about three times 'units'), so this order costs about 0.7 us a
head more than that one, of about 15 us (round 43: three new fixtures moved the test's sample of heads to 5.02)."""


class _Parts:
    """The parts of one page head, each searched for the first time it is asked about: most pages show themselves
    by their first three, and the other parts' searches (most of detection's cost) are then never made."""

    __slots__ = ("_head", "_known")

    def __init__(self, head: str) -> None:
        self._head = head
        self._known: dict[str, bool] = {}

    def has(self, name: str) -> bool:
        """Whether the head has the part."""
        known = self._known.get(name)
        if known is None:
            known = self._known[name] = _has_part(name, self._head)
        return known

    def found(self) -> frozenset[str]:
        """Every part the head has."""
        return frozenset(n for n in _PARTS if self.has(n))

    def enough_named(self) -> bool:
        """``len(found) >= _MIN_MARKERS and found & _IDENTITY``, asking about no more parts than it takes."""
        if not any(self.has(n) for n in _IDENTITY_PARTS):
            return False
        seen = 0
        for name in _PARTS:
            if name == "title_block" and self.has("headline"):  # the block's last line is a headline: one part, not
                continue  # two (the second read of round 34: a made-up 'Acme (NYSE:ACME)' block and a 'Calculation')
            seen += self.has(name)
            if seen >= _MIN_MARKERS:
                return True
        return False


@lru_cache(maxsize=4)  # detection and the parser's refusal check ask about the same head
def _parts_of(head: str) -> _Parts:
    return _Parts(head)


def refusal(text: str, url: str | None = None) -> tuple[str, int] | None:
    """Why a GuruFocus page is not a term page this project parses, and the line that shows it; else None."""
    body, url, offset = split_provenance(text, url)
    head = body[:SNIFF_CHARS]
    parts = _parts_of(head)
    if not any(parts.has(n) for n in _NAMING) and any(_search(p, w, head) for p, w in _DEFINITION):
        line = next((head.count("\n", 0, m.start()) + 1 for p, w in _DEFINITION if (m := _search(p, w, head))), 1)
        return ("a GuruFocus definition page: it explains a term and names no security (no breadcrumb, headline "
                "or 'As of today' sentence); only a security's term page is parsed", offset + line)
    return None


def detect_kind(text: str, url: str | None = None) -> PageKind | None:
    """TERM_PAGE for a GuruFocus term page (or a GuruFocus page to be refused by name), else None."""
    body, url, _ = split_provenance(text, url)
    parts = _parts_of(body[:SNIFF_CHARS])
    if parts.enough_named():
        return PageKind.TERM_PAGE
    found = parts.found()
    if (("breadcrumb" in found and _titled(body[:SNIFF_CHARS]))
            or ("sections" in found and _md_titled(body[:SNIFF_CHARS]))
            or ({"headline", "sections"} <= found and _symbol_titled(body[:SNIFF_CHARS]))
            or ("sections" in found and _widget_titled(body[:SNIFF_CHARS], "widget" in found))
            or {"heading_2013", "sections"} <= found or _cut_2026(found, url)
            or ("headline" in found and _headline_names_url(body[:SNIFF_CHARS], url))
            # the breadcrumb names the address's security: a term page, whatever its title prints ('Yummies (Yummies)
            # Predictability Rank' under '… Yummies Inc (OTCPK:YUMM) » Definitions »', round-25 ggr 014)
            or ("breadcrumb" in found and _crumb_names_url(body[:SNIFF_CHARS], url))):
        return PageKind.TERM_PAGE
    return PageKind.TERM_PAGE if refusal(text, url) else None
