"""The library's front door: read a page from text, bytes or a file, and audit it."""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple, NoReturn

from pydantic import ValidationError

from . import _build as build
from ._decode import decode_strict
from ._detect import detect, is_html
from ._errors import (
    InputTooLarge,
    ParserFault,
    QuotecheckError,
    QuotecheckParseError,
    UnknownPageKind,
    UnreadableFile,
    file_kind,
    printable_path,
)
from ._gc import paused
from ._limits import MAX_FILES_PER_RUN, MAX_PAGE_BYTES, MAX_SIDECAR_BYTES
from ._linemap import LineMap, remap_lines
from ._models import Document, Provenance, Site, Unit
from ._newlines import normalise_newlines
from ._own_context import own_decimal_context
from ._regex_cache import compiled
from ._securities import FOREIGN_SEGMENTS, HOME_MARKET_VENUES, canonical_id, home_market_currency, listing_currency, named_currency, segment_currency
from ._sites import DETECTORS, spec_for
from ._sniff import SNIFF_CHARS, host_of, host_on_domain, second_page_line, split_provenance, url_parts

PAGE_SUFFIXES = (".txt", ".md", ".html", ".htm")
PAGE_LIKE_SUFFIXES = frozenset({"", ".text", ".markdown", ".xhtml", ".shtml"})
"""Names a saved page may have that are not a page's: below a folder such files are passed over, and said to be."""
_NOT_PAGES = ("README", "LICENSE", "COPYING", "NOTICE", "MAKEFILE", "DOCKERFILE", "CHANGELOG", "AUTHORS")
"""Names of a project's own files without an extension: passed over without a word."""
_NOTES = frozenset({"REPORT", "NOTES", "TODO", "CHANGELOG", "CHANGES", "HISTORY", "CONTRIBUTING", "LICENSE",
                    "AUTHORS", "SECURITY", "CODE_OF_CONDUCT", "SUMMARY"})
"""Names of a project's own notes in markdown or text ('REPORT.md', 'NOTES.txt'): below a folder they are passed over,
and said to be, never audited as pages and reported unusable (a tester's REPORT.md beside the pages it judged made the
run exit 2, round-37 gra F7, grb F8). A README is passed over by its name's start, as ever."""
_NOTE_SUFFIXES = frozenset({".md", ".txt"})


def project_note(name: str) -> bool:
    """Whether a file's name is that of a project's own note (``_NOTES``), not a page's."""
    stem, suffix = os.path.splitext(name)
    return suffix.lower() in _NOTE_SUFFIXES and stem.upper() in _NOTES


def page_name(name: str) -> bool:
    """Whether a file below a folder is named as a page is: a page's suffix, and neither a README nor a project's note
    (the one test of ``collect_pages`` and of ingest's folder walk)."""
    return os.path.splitext(name)[1].lower() in PAGE_SUFFIXES and not name.upper().startswith("README") and not project_note(name)


def passed_over_name(name: str) -> bool:
    """Whether a file below a folder that is not named as a page is named as a saved page may be (no extension, as
    wget saves '…/term/e10/SZSE:002371'; '.text', '.markdown') or as a project's note: passed over, and said to be."""
    return project_note(name) or (os.path.splitext(name)[1].lower() in PAGE_LIKE_SUFFIXES
                                  and not name.upper().startswith(_NOT_PAGES))


PASSED_OVER_SHOWN = 3
"""How many of the files a run passed over it names."""


def passed_over_said(count: int, shown: list[str], command: str) -> str:
    """What a run says of the ``count`` files below its folders it passed over (``passed_over_name``), the first of them
    ``shown``: audit's note and ingest's summary say it in one wording."""
    named = ", ".join(shown[:PASSED_OVER_SHOWN]) + (", …" if count > PASSED_OVER_SHOWN else "")
    return (f"passed over {count} file(s) below the folders whose names are not a page's: {named}; name a file on the "
            f"command line to {command} it")


def _below(root: Path) -> list[Path]:
    """Every entry below ``root``, sorted as ``sorted(root.rglob('*'))`` sorts them, but none that is hidden or below a
    hidden folder: '.venv', '.git', '.cache/…' are a project's own, passed over as git and ruff pass them over (round-33
    new user NU2-17), and not walked at all (rglob listed a virtualenv's every file first). A link to a folder is listed,
    not followed, as rglob does; a hidden page named directly is read."""
    found: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        base = Path(dirpath)
        found += [base / d for d in dirnames]
        found += [base / f for f in filenames if not f.startswith(".")]
    return sorted(found)


def parse_text(text: str, *, source: str | os.PathLike[str] | None = None, url: str | None = None) -> Document:
    """Parse a page's text (GuruFocus text or HTML, Longbridge markdown or llms.txt) into a Document."""
    if not isinstance(text, str):  # a caller's slip named, not an AttributeError from inside (round-33 new user NU2-15)
        raise TypeError(f"parse_text takes the page's text as a str, not {type(text).__name__}"
                        + (" (parse_bytes reads bytes)" if isinstance(text, (bytes, bytearray)) else ""))
    return _parse_str(text, _source_name(source), _url_text(url), decoded=False)


def _url_text(url: object) -> str | None:
    """A page's ``url`` as given: a str, or None; a TypeError naming anything else (a Path gave a regex's TypeError)."""
    if url is None or isinstance(url, str):
        return url
    raise TypeError(f"url is the page's address as a str, not {type(url).__name__}")


def _source_name(source: object) -> str | None:
    """A page's ``source`` as the str its document keeps: a str, or a path (``os.PathLike``: a ``Path`` gave an
    AttributeError from inside, round-48 library user L7); a TypeError naming anything else."""
    if source is None or isinstance(source, str):
        return source
    if isinstance(source, os.PathLike):
        return os.fsdecode(source)
    raise TypeError(f"source is the page's name or path (a str or a Path), not {type(source).__name__}")


@paused  # outermost: the collector resumes as the call returns (see _gc), not before the decimal context is restored
@own_decimal_context
def _parse_str(text: str, source: str | None, url: str | None, *, decoded: bool) -> Document:
    """``parse_text``'s work; ``decoded``: the text comes from the one decoder, whose codecs never leave a lone surrogate,
    so it is not looked for (an encode of every page: about 2% of a GuruFocus page's cost)."""
    source = printable_path(source) if source else source  # the document's path: written to JSON, SQLite, a terminal
    if not text.strip():
        raise UnknownPageKind("empty file", source=source, line=None)
    text = normalise_newlines(text)  # CR, CR LF, NEL, LS, PS: one rule for every reader (see _newlines)
    _refuse_control_characters(text, source, surrogates=not decoded)
    linemap: LineMap | None = None
    html_lines = 0
    if is_html(text):
        from ._html import html_to_text_with_lines

        html_lines = text.count("\n") + (not text.endswith("\n"))

        try:
            text, linemap = html_to_text_with_lines(text)
        except QuotecheckParseError as exc:  # the renderer knows the line, not the file
            exc.source = exc.source or source
            raise
        try:
            _refuse_control_characters(text, source, rendered=True)  # a character reference ('&#1;') renders as one
        except QuotecheckParseError as exc:  # a rendered line: the source line it came from
            exc.line = linemap.source_line(exc.line or 0) or exc.line
            raise
    doc = _dispatch(text, source=source, url=url, whole=linemap is None)
    if linemap is not None:
        remap_lines(doc, linemap)
        object.__setattr__(doc, "line_count", html_lines)  # of the file its lines are cited in (round-43 new user)
    return doc


class _SiteHeader(NamedTuple):
    """What a refusal of a text under one site's address says of the site."""

    name: str
    parts: str
    """The header parts its parser starts from: what the refusal names as missing."""
    reads: tuple[re.Pattern[str], str] | None = None
    """The addresses of the page kinds its parser reads, and how the refusal names them; None: every page's. A
    GuruFocus address of another kind ('/financials/GSH', '/stock/STU:XST/guru-trades') is a page of a kind this project
    does not parse, however much of it was saved (round-36 tester gih F6: a whole page was said to be cut before or
    inside its header). Longbridge's news and topics are refused by its detector, with their own words."""


_LONGBRIDGE_HEADER = _SiteHeader("Longbridge", "frontmatter or '# Name (SYMBOL)' heading")
_SITE_HEADERS = {
    "gurufocus.com": _SiteHeader("GuruFocus", "breadcrumb, headline naming the security 'Name (EXCH:TICKER) Term : value "
                                 "(As of …)' or title with its symbol",
                                 (compiled(r"/term/|/stock/[^/]{1,40}/?(?:summary/?)?$"),
                                  "a term page '/term/…' or a stock summary '/stock/SYMBOL'")),
    "longbridge.com": _LONGBRIDGE_HEADER,
    "longbridge.cn": _LONGBRIDGE_HEADER,
}
"""Each site's host and what a refusal of a text under its address says (``_SiteHeader``)."""

_SITE_MARKERS: tuple[tuple[str, str], ...] = (
    ("gurufocus.com", "has been successfully added to your Stock Email Alerts list"),
    ("gurufocus.com", "Growth Rate Calculation Example (GuruFocus)"),
    ("gurufocus.com", "GURUFOCUS.COM » STOCK LIST"),
    ("gurufocus.com", "GuruFocus uses latest annual data as the TTM data"),  # a 2019 template's (round-34 ghw F7)
)
"""Words only a site's own pages print (its e-mail-alert banner, its worked-example link, its breadcrumb), with the host
whose header parts a refusal names: a page without an address is still said to be the site's."""
_MARKER_SPAN = 2_500
"""How far into a refused text its site's words are looked for: a page's banner and first paragraphs (real pages print
them within 1,000 characters); deeper, they are words quoted by a note or a report about the site, not its page."""


def _site_marker(text: str) -> tuple[str, int, str] | None:
    """The host, line and words of the first site marker near the text's start, or None."""
    head = text[:_MARKER_SPAN]
    found = [(at, host, words) for host, words in _SITE_MARKERS if (at := head.find(words)) >= 0]
    if not found:
        return None
    at, host, words = min(found)
    return host, head.count("\n", 0, at) + 1, words


_CONTROL_CHARACTERS = tuple(chr(c) for c in range(9))
"""NUL and the control characters before TAB: no page prints them, and the readers use some as their own marks (a
history row's placeholders), so a text holding one is refused where it stands, never read around (a NUL inside
'Min:' silently lost a range box and the 'Current:' under it, round-18 lb5 e12)."""


def _refuse_control_characters(text: str, source: str | None, *, rendered: bool = False, surrogates: bool = True) -> None:
    """Refuse a text holding a control character before TAB, or (``surrogates``) a lone surrogate (round-35 new user
    NU4-3: a text decoded with 'surrogateescape' parsed and audited, and its Document then could not be written as JSON)."""
    for ch in _CONTROL_CHARACTERS:  # a substring scan per character: a regex pass costs ten times as much
        if ch in text:
            break
    else:
        if not surrogates or text.isascii():
            return
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            _refuse_at(text, exc.start, "a lone surrogate", source, rendered)
        return
    _refuse_at(text, min(i for ch in _CONTROL_CHARACTERS if (i := text.find(ch)) >= 0), "a control character", source,
               rendered)


def _refuse_at(text: str, at: int, what: str, source: str | None, rendered: bool) -> NoReturn:
    line = text.count("\n", 0, at) + 1
    column = at - text.rfind("\n", 0, at)
    where = "from a character reference" if rendered else f"at column {column}"  # a rendered column is not the file's
    raise QuotecheckParseError(f"{what} U+{ord(text[at]):04X} {where}: not text", source=source, line=line)


def _dispatch(text: str, *, source: str | None, url: str | None, whole: bool = True) -> Document:
    found = detect(text, url)
    second = second_page_line(text, found[0].value) if found is not None and whole else None
    if second is not None:  # one page's facts would be compared with another's as one quantity
        raise UnknownPageKind("the file holds more than one page: another starts here (a provenance 'url:' line, a "
                              "frontmatter or a breadcrumb after the first page's); split it into one file per page, "
                              "or remove the text above the page's own 'url:' line", source=source, line=second)
    if found is None:
        address = split_provenance(text, url)[1] or ""
        known = _site_header_of(address)
        split = url_parts(address) if known is not None and known.reads is not None else None
        if known is not None and known.reads is not None and split is not None and not known.reads[0].search(split.path):
            raise UnknownPageKind(f"the address is a {known.name} page of a kind this project does not parse "
                                  f"({split.path!r}: it reads {known.reads[1]})", source=source, line=1)
        if known is not None:  # the address names the site: say what is missing, not that the site is unknown
            raise UnknownPageKind(f"the address is a {known.name} page's, but the text has too little of its header "
                                  f"({known.parts}) to be read: cut before or inside it, or a page of a kind this project does not parse "
                                  "(a definition or glossary page)", source=source, line=1)
        marked = _site_marker(text)
        if marked is not None:  # no address, but the site's own words: the same, said of the text (round-34 ghq F9)
            (name, parts, _), line = _SITE_HEADERS[marked[0]], marked[1]
            raise UnknownPageKind(f"the text is a {name} page's (line {line} prints {marked[2]!r}), but it has too little "
                                  f"of its header ({parts}) to be read: an unfilled template, cut before or inside its "
                                  "header, or a page of a kind this project does not parse", source=source, line=line)
        raise UnknownPageKind("not a page of a known kind (" + ", ".join(site.value for site, _ in DETECTORS) + "): no "
                              f"page header of either site in its first {SNIFF_CHARS:,} characters", source=source, line=1)
    site, kind = found
    spec = spec_for(site)
    try:
        doc = spec.parse(text, source, url, kind)
    except (QuotecheckError, MemoryError):
        raise
    except Exception as exc:  # a reader's bug is this page's error, not a traceback that stops a batch (round-36 NU5-2)
        said = " ".join(str(exc).split())[:200]  # one line: an error is one line of a report
        raise ParserFault(f"the {site.value} parser failed on this page ({type(exc).__name__}: {said}): a bug in "
                          "quotecheck; please report it with the page", source=source) from exc
    _say_other_site(doc, url, site)
    symbol = doc.security.symbols.get(site.value)
    doc.security.id = spec.canonical_id(symbol) if symbol else canonical_id(doc.security.exchange, doc.security.ticker)
    doc.security.currency = trading_currency(doc)
    return doc


def _site_header_of(address: str) -> _SiteHeader | None:
    """The site whose domain serves ``address`` (its ``_SITE_HEADERS`` entry), else None."""
    host = host_of(address)  # split once, not once a site
    return next((header for domain, header in _SITE_HEADERS.items() if host_on_domain(host, domain)), None)


def _say_other_site(doc: Document, url: str | None, site: Site) -> None:
    """Note an address the caller gave that is another site's page ('https://longbridge.com/…' beside a GuruFocus page's
    text): the text is read as what it prints, and the address kept as given, said (round-47 library user L6: silent)."""
    address = url or doc.url
    known = _site_header_of(address) if address else None
    other = known.name if known is not None else None
    if other is not None and other.lower() != site.value.lower():
        doc.notes.append(build.ParseNote(code="url_other_site", line=None, message=(
            f"the address {address!r} is a {other} page's, but the text is a {site.value} page: it is read as the page "
            "it prints, and the address is not its own")))


def trading_currency(doc: Document) -> str | None:
    """The currency a page's security trades in: its listing's (a B share's own, a foreign segment's where the printed
    share price is in its currency, else its exchange's or its canonical id's market's, '002371.SZ'), else the currency
    of the share price the page prints; None when neither is known."""
    sec = doc.security
    market = sec.id.rsplit(".", 1) if sec.id and "." in sec.id else None
    if sec.exchange in HOME_MARKET_VENUES:  # Cboe Europe: the printed ticker's last letter names the home market
        printed_symbol = sec.symbols.get(doc.site.value, "")
        known = home_market_currency(sec.exchange, printed_symbol.rpartition(":")[2])
    else:
        known = (named_currency(sec.exchange, sec.name) or listing_currency(sec.exchange, sec.ticker)
                 or (listing_currency(market[1], market[0]) if market else None))
    if known is not None and sec.exchange not in FOREIGN_SEGMENTS:
        return known  # most pages: no scan of the facts for a printed price
    printed = next((f.currency for f in doc.facts if f.metric == "share_price" and f.currency), None)
    if printed is None and doc.site is Site.GURUFOCUS:  # no price: its amounts, which GuruFocus prints in the listing's
        # currency, where they all print one ('£-6.42 Mil' on XAMS:TLT's Return-on-Tangible-Asset page, round-27 ggw 019)
        amounts = {f.currency for f in doc.facts if f.currency and f.unit in _AMOUNT_UNITS}
        printed = amounts.pop() if len(amounts) == 1 else None
    return segment_currency(sec.exchange, printed) or known or printed


_AMOUNT_UNITS = frozenset({Unit.CURRENCY_AMOUNT, Unit.PER_SHARE})


def decode(data: bytes, *, source: str | None = None, content_type: str | None = None) -> str:
    """Bytes to text by the one decoder (BOM, HTTP charset, <meta>, UTF-8); bytes that fit none are an error naming the line."""
    if len(data) > MAX_PAGE_BYTES:
        raise InputTooLarge(f"{len(data)} bytes is over the {MAX_PAGE_BYTES}-byte limit", source=source)
    return decode_strict(data, source=source, content_type=content_type)


def parse_bytes(data: bytes, *, source: str | os.PathLike[str] | None = None, url: str | None = None,
                content_type: str | None = None) -> Document:
    """Parse a page given as bytes (``content_type``: the HTTP header it was served with, whose charset is honoured)."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"parse_bytes takes the page's bytes, not {type(data).__name__}"
                        + (" (parse_text reads a str)" if isinstance(data, str) else ""))
    source, url = _source_name(source), _url_text(url)
    if not isinstance(data, bytes):  # a bytearray or memoryview: the decoder's charset sniffing takes bytes (L4)
        data = bytes(data)
    return _parse_str(decode(data, source=source, content_type=content_type), source, url, decoded=True)


def read_provenance(path: Path) -> Provenance | None:
    """The sidecar ``<file>.meta.json`` of a page, when there is one; a sidecar that cannot be used is an error naming it
    (a FIFO or device refused unopened, over ``MAX_SIDECAR_BYTES``, not UTF-8, not JSON, not an object of the fields
    ``Provenance`` has), never a traceback, a hang or an unbounded read (round-34 new user NU3-2)."""
    name = os.fspath(path)  # os.path on strings: pathlib builds a Path for every step (about 20 us a page)
    meta = name + ".meta.json"
    if not os.path.exists(meta):
        meta = os.fspath(path.with_suffix(".meta.json"))  # the sidecar of 'x.txt' may be 'x.meta.json'
    if not os.path.exists(meta):
        return None
    shown = printable_path(meta)
    raw = _read_regular(meta, MAX_SIDECAR_BYTES, shown, "a page's sidecar: ")
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise QuotecheckParseError(f"a page's sidecar that is not UTF-8 text (byte {exc.start})", source=shown,
                                   line=raw.count(b"\n", 0, exc.start) + 1) from exc
    except json.JSONDecodeError as exc:
        raise QuotecheckParseError(f"invalid JSON: {exc.msg}", source=shown, line=exc.lineno) from exc
    if not isinstance(data, dict):
        raise QuotecheckParseError(f"a page's sidecar holds a JSON object of its provenance, not {type(data).__name__}",
                                   source=shown, line=1)
    try:
        return Provenance.model_validate({"site": data.get("site"), "url": data.get("url"), "date": data.get("date"),
                                          "synthetic": data.get("synthetic") or False,  # "false" is False
                                          "source": data.get("source") or data.get("derived_from")})
    except ValidationError as exc:
        wrong = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg'].removeprefix('Value error, ')} "
                          f"(it holds {e['input']!r})"[:200] for e in exc.errors())
        raise QuotecheckParseError(f"a page's sidecar with a field it cannot use: {wrong}", source=shown, line=1) from exc


def read_page(path: str | Path) -> bytes:
    """A page file's bytes; stat first: a non-regular file (FIFO, device) is refused unopened, an OSError is UnreadableFile."""
    name = os.fspath(path)
    return _read_regular(name, MAX_PAGE_BYTES, name, "")


def _read_regular(name: str, limit: int, shown: str, what: str) -> bytes:
    """A regular file's bytes, at most ``limit`` + 1 (a file that grew since the stat is still bounded): anything else
    refused unopened, a larger file refused, an OSError an UnreadableFile; ``what`` opens each message."""
    try:
        st = os.stat(name)
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableFile(f"{what}not a regular file ({file_kind(st.st_mode)}): not opened", source=shown)
        if st.st_size > limit:
            raise InputTooLarge(f"{what}{st.st_size} bytes is over the {limit}-byte limit", source=shown)
        with open(name, "rb") as fh:
            return fh.read(limit + 1)
    except OSError as exc:
        raise UnreadableFile(f"{what}cannot read: {exc.strerror}", source=shown) from exc


def parse_file(path: str | os.PathLike[str] | bytes) -> Document:
    """Parse a page file; its ``.meta.json`` sidecar, if any, supplies the URL."""
    if isinstance(path, bytes):  # a path in bytes, as os takes one (pathlib's TypeError from inside, round-48 t6 P7)
        path = os.fsdecode(path)
    if not os.fspath(path):  # Path('') is '.', the current folder: the message said 'not a regular file (a folder)'
        raise UnreadableFile("an empty path names no file", source="''")
    p = Path(path)
    data = read_page(p)
    prov = read_provenance(p)  # a sidecar it cannot use is an error naming the sidecar
    doc = parse_bytes(data, source=str(p), url=prov.url if prov else None)  # parse_text makes the name printable
    if prov is not None and prov.site is not None and prov.site is not doc.site:  # said, not taken (NU4-9)
        doc.notes.append(build.ParseNote(code="sidecar_site_mismatch", line=None, message=(
            f"the sidecar says the page is {prov.site.value}'s, but it reads as a {doc.site.value} page: the page's "
            "own text is what is parsed")))
    return doc


def _unlistable(folder: Path) -> UnreadableFile | None:
    """The error of a folder that cannot be listed (a walk skips it without a word), else None."""
    try:
        with os.scandir(folder):
            return None
    except OSError as exc:
        return UnreadableFile(f"cannot list folder: {exc.strerror}", source=str(folder))


def collect_pages(paths: Iterable[str | Path] | str | Path, errors: list[UnreadableFile] | None = None,
                  passed_over: list[Path] | None = None) -> list[Path]:
    """Page files named directly or found below folders (READMEs, JSON sidecars and hidden files and folders such as
    '.venv' skipped below a folder), sorted.

    A FIFO or device named like a page is listed (``parse_file`` refuses it unopened), and so are a path that does
    not exist and a link to nothing (``parse_file`` reports them unreadable, and the other pages are done); a folder that
    cannot be listed is appended to ``errors``, or raised as ``UnreadableFile`` when no list is given. A link to a
    folder below a folder is not followed (``Path.rglob``): no loop can trap a run; a folder named directly is listed.
    A lone path (a str or a Path) is one path. Files below a folder named as a page may be named though not as
    pages are (no extension, as a saved '…/term/e10/SZSE:002371' is, or '.text', '.markdown'), and a project's
    notes ('REPORT.md', 'NOTES.txt': ``_NOTES``), are appended to ``passed_over`` when given, so the run can say it
    passed them over.
    """
    if isinstance(paths, (str, os.PathLike)):  # one path, not its characters (a str is iterable: '/' walked the disk)
        paths = [paths]
    elif isinstance(paths, bytes):  # a path in bytes, as os takes one: its bytes were walked as numbers (round-48 L7)
        paths = [os.fsdecode(paths)]
    elif not isinstance(paths, Iterable):
        raise TypeError(f"paths is a path or an iterable of paths (str or Path), not {type(paths).__name__}")
    out: list[Path] = []
    seen: set[str] = set()

    def add(f: Path) -> None:
        key = os.path.realpath(f)  # the resolved path as a string (a symlink loop is left for parse_file to report)
        if key not in seen:
            seen.add(key)
            out.append(f)

    def unlistable(folder: Path) -> None:
        if (err := _unlistable(folder)) is not None:
            if errors is None:
                raise err
            errors.append(err)

    for raw in paths:
        if not os.fspath(raw):  # Path('') is '.': an unset variable audited the working folder (round-48 tester t6 P3)
            empty = UnreadableFile("an empty path names no file or folder", source="''")
            if errors is None:
                raise empty
            errors.append(empty)
            continue
        p = Path(raw)
        if p.is_dir():
            unlistable(p)
            for f in _below(p):
                try:
                    mode = os.stat(f).st_mode  # one stat an entry
                except OSError:  # a dangling link named like a page: listed, so parse_file reports it unreadable
                    if page_name(f.name):
                        add(f)
                    continue
                if stat.S_ISDIR(mode):
                    unlistable(f)
                elif page_name(f.name):
                    add(f)
                    if len(out) > MAX_FILES_PER_RUN:
                        raise InputTooLarge(f"more than {MAX_FILES_PER_RUN} files", source=str(p))
                elif passed_over is not None and stat.S_ISREG(mode) and passed_over_name(f.name):
                    passed_over.append(f)
        else:
            add(p)
    return out
