"""The exception tree of quotecheck, rooted at ``QuotecheckError``.

The root lives here, in the core of ``parsers``, because both ``parsers`` and
``scraper`` raise under it and ``parsers`` never imports ``scraper``::

    QuotecheckError               the one root: catch this to catch everything
     ├── QuotecheckParseError     (below; carries .source and .line)
     ├── FormulaError             (below)
     ├── FetchError               scraper: network, HTTP, robots.txt, redirects …
     ├── ArchiveError             scraper: the raw archive is unreadable or unwritable
     ├── InvalidInput             scraper: a bad URL, term, locale or URL-file line
     └── SymbolError              scraper: a symbol that cannot be parsed or mapped

Every error a parser raises names the file and the 1-based line it concerns::

    QuotecheckParseError          (base; carries .source and .line)
     ├── InputTooLarge            input over the size limit
     ├── UnreadableFile           a path that cannot be read, or is not a regular file (a FIFO, a device)
     ├── UnknownPageKind          no parser recognises the page
     ├── LayoutChanged            a known section no longer has the expected shape
     ├── MissingField             a field every page of this kind must have is absent
     └── MalformedBlock           a block (e.g. chart-data JSON) cannot be read
    FormulaError                  a formula or expression cannot be parsed or evaluated
     └── EvaluationError          arithmetic is undefined
          └── ZeroDivisor         division by an interval that holds 0
"""

from __future__ import annotations

import re
import stat


def printable_path(name: str) -> str:
    """A file name as text that can be written anywhere: the bytes of a name that are not UTF-8 (which Python reads as
    lone surrogates, 'm\\udcff.txt') written as escapes ('m\\xff.txt'). Such a name is legal on Linux; written as is
    to JSON, SQLite or a terminal it raised UnicodeEncodeError in every command (round-33 new user NU2-1)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def openable_path(name: str) -> str:
    """The file ``printable_path`` named: its escapes of bytes that are not UTF-8 ('m\\xff.txt') read back as those bytes
    (a report quotes the file's lines by the name its document carries). A name without them is returned as it is."""
    if "\\x" not in name:
        return name
    raw = re.sub(rb"\\x([0-9a-f]{2})", lambda m: bytes([int(m.group(1), 16)]), name.encode("utf-8", "surrogateescape"))
    return raw.decode("utf-8", "surrogateescape")


class QuotecheckError(Exception):
    """The root of every error quotecheck raises on purpose."""


class QuotecheckParseError(QuotecheckError):
    """Base of all parse errors: knows the source file and the line."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None) -> None:
        self.message = message
        self.source = printable_path(source) if source else source
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = self.source or "<input>"
        if self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}"


class InputTooLarge(QuotecheckParseError):
    """The input is larger than the configured limit."""


class UnreadableFile(QuotecheckParseError):
    """The input cannot be read (permissions, I/O), or is not a regular file and is refused unopened."""


class UnknownPageKind(QuotecheckParseError):
    """No parser recognises this page."""


class LayoutChanged(QuotecheckParseError):
    """A recognised section does not have the shape the parser expects."""


class MissingField(QuotecheckParseError):
    """A field that every page of this kind carries is absent."""


class MalformedBlock(QuotecheckParseError):
    """An embedded block (such as chart-data JSON) cannot be read."""


class ParserFault(QuotecheckParseError):
    """The parser itself failed on this page (an unexpected exception: a bug in quotecheck, to be reported with the
    page), named as the page's error so a batch goes on with the other pages."""


class FormulaError(QuotecheckError):
    """A formula or printed expression cannot be parsed."""


class EvaluationError(FormulaError):
    """An expression's value is undefined over its input intervals."""


class ZeroDivisor(EvaluationError):
    """A division whose divisor's interval holds 0 (a printed '-0.00' may be zero)."""


_FILE_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a FIFO"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def file_kind(mode: int) -> str:
    """What a file that is not a regular one is, as a message names it ('a FIFO', 'a character device')."""
    return next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")
