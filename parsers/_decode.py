"""The one decoder: page bytes (a file, or a fetched body) to text, and why that encoding.

Order (as browsers do, WHATWG Encoding Standard): a byte-order mark, then the
charset declared by the HTTP ``Content-Type``, then a ``<meta>`` / XML
declaration in the first 4 KiB, then UTF-8. w3lib reads the BOM, the header and
the ``<meta>``; this module decides which labels count:

* a label counts only when it names a WHATWG encoding (``_WHATWG_CODECS``); any
  other label Python happens to know (``undefined``, ``punycode``,
  ``unicode_escape``, ``rot13``, ``hz``, ``utf-7`` ...) is treated as no label --
  never a crash, never a codec that is not a text encoding;
* labels mean what they mean on the web: ``iso-8859-1``/``latin1``/``ascii`` are
  windows-1252 (0x80 is €), ``gb2312``/``gbk`` are gb18030, ``shift_jis`` is
  windows-31j; windows-1252's five unassigned bytes are the C1 controls, as the
  standard's index says;
* a ``<meta>`` that names UTF-16 means UTF-8 (the page could not have been read
  that far otherwise); the header label ``utf-16`` means UTF-16LE.

Bytes that fit no candidate (header, ``<meta>``, UTF-8, each tried strictly in
that order) are decoded with U+FFFD by the first candidate and reported as
``lossy`` with the offset of the first bad character. The policy on lossy text
belongs to the caller: the parser refuses it (``decode_strict``: a typed
``QuotecheckParseError`` naming the file and the line), because a replaced byte
inside a printed number would silently change the fact it cites; the fetcher
keeps the raw bytes in its archive and only flags the decoded view.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Final, Literal

from w3lib.encoding import html_body_declared_encoding, read_bom, resolve_encoding

from ._errors import QuotecheckParseError
from ._newlines import count_line_breaks, split_lines

__all__ = ["DecodedText", "Origin", "decode_bytes", "decode_strict", "declared_charset", "normalise_charset", "sniff_meta_charset"]

#: Where the encoding came from.
Origin = Literal["bom", "http", "meta", "default"]

#: Python codec names of the WHATWG encodings (w3lib's ``resolve_encoding`` already maps the web aliases).
_WHATWG_CODECS: Final = frozenset(
    {
        "utf-8", "utf-16-le", "utf-16-be", "cp866", "koi8-r", "koi8-u", "mac-roman", "mac-cyrillic",
        "iso8859-2", "iso8859-3", "iso8859-4", "iso8859-5", "iso8859-6", "iso8859-7", "iso8859-8",
        "iso8859-10", "iso8859-13", "iso8859-14", "iso8859-15", "iso8859-16",
        "cp874", "cp1250", "cp1251", "cp1252", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp1258",
        "gb18030", "big5hkscs", "euc_jp", "iso2022_jp", "cp932", "cp949",
    }
)
#: WHATWG labels Python does not know by that name, and labels whose web meaning differs from Python's.
_WEB_LABELS: Final = {
    "utf-16": "utf-16-le", "utf-16le": "utf-16-le", "utf-16be": "utf-16-be", "unicode": "utf-16-le",
    "ucs-2": "utf-16-le", "csunicode": "utf-16-le", "iso-10646-ucs-2": "utf-16-le", "unicodefeff": "utf-16-le",
    "unicodefffe": "utf-16-be", "x-mac-cyrillic": "mac-cyrillic", "x-mac-ukrainian": "mac-cyrillic",
    "x-mac-roman": "mac-roman", "iso-8859-8-i": "iso8859-8", "csiso88598i": "iso8859-8", "logical": "iso8859-8",
    "x-gbk": "gb18030", "windows-949": "cp949", "x-euc-jp": "euc_jp", "dos-874": "cp874", "unicode-1-1-utf-8": "utf-8",
    "unicode11utf8": "utf-8", "unicode20utf8": "utf-8", "x-unicode20utf8": "utf-8",
    **{f"x-cp125{n}": f"cp125{n}" for n in range(9)},
}
_C1_HANDLER: Final = "quotecheck-whatwg-c1"
_META_UTF16: Final = frozenset({"utf-16-le", "utf-16-be"})


def _c1_controls(exc: UnicodeError) -> tuple[str, int]:
    """windows-1252 per WHATWG: the bytes Python's cp1252 leaves unassigned are the C1 controls."""
    if isinstance(exc, UnicodeDecodeError) and exc.end == exc.start + 1 and 0x80 <= exc.object[exc.start] <= 0x9F:
        return chr(exc.object[exc.start]), exc.end
    raise exc


codecs.register_error(_C1_HANDLER, _c1_controls)


@dataclass(frozen=True)
class DecodedText:
    """Decoded text, the codec used, where it came from and why, and whether bytes had to be replaced."""

    text: str
    encoding: str
    lossy: bool = False
    origin: Origin = "default"
    reason: str = "no BOM or declared charset: UTF-8"
    error_at: int | None = None  # index in ``text`` of the first replaced character, when lossy

    @property
    def error_line(self) -> int | None:
        """The 1-based line of the first replaced character (line breaks as in ``_newlines``), when lossy."""
        return None if self.error_at is None else count_line_breaks(self.text[: self.error_at]) + 1

    @property
    def error_column(self) -> int | None:
        """The 1-based column of the first replaced character on its line, when lossy."""
        if self.error_at is None:
            return None
        return len(split_lines(self.text[: self.error_at])[-1]) + 1  # the line's text before it, split as _newlines does


def normalise_charset(label: str | None) -> str | None:
    """The Python codec of a WHATWG encoding label, or None for a missing, unknown or unsafe one."""
    if not label:
        return None
    key = label.strip().strip("\"'").strip().lower()
    if not key or len(key) > 40:
        return None
    name = _WEB_LABELS.get(key)
    if name is None:
        try:
            name = resolve_encoding(key)
        except (LookupError, ValueError, TypeError):
            return None
    return name if name in _WHATWG_CODECS else None


def declared_charset(content_type: str | None) -> str | None:
    """The codec named by a Content-Type header's ``charset`` parameter, if it is a WHATWG encoding."""
    label = _header_label(content_type)
    return normalise_charset(label)


def sniff_meta_charset(body: bytes) -> str | None:
    """The codec named by ``<meta charset>``/``http-equiv`` or an XML declaration near the top (UTF-16 means UTF-8)."""
    try:
        found = html_body_declared_encoding(body)
    except (LookupError, ValueError):
        return None
    name = normalise_charset(found)
    return "utf-8" if name in _META_UTF16 else name


def decode_bytes(data: bytes, content_type: str | None = None) -> DecodedText:
    """Decode page bytes: BOM, then the HTTP charset, then ``<meta>``, then UTF-8; lossy only if none fits."""
    bom_codec, bom = read_bom(data)
    if bom_codec is not None and bom is not None:
        return _decode_as(data[len(bom):], bom_codec, "bom", f"byte-order mark: {bom_codec}")
    tried: list[tuple[str, Origin, str]] = []
    label = _header_label(content_type)
    header = normalise_charset(label)
    if header:
        tried.append((header, "http", f"HTTP charset={label}"))
    meta = sniff_meta_charset(data)
    if meta:
        tried.append((meta, "meta", f"<meta> charset {meta}"))
    tried.append(("utf-8", "default", "no usable declared charset: UTF-8"))
    ignored = f"charset={label!r} is not a text encoding, ignored; " if label and not header else ""
    misfits: list[str] = []
    for codec, origin, why in tried:
        try:
            text = data.decode(codec, _errors(codec, strict=True))
        except UnicodeDecodeError as exc:
            cut = _cut_character(data, codec, exc)
            if cut is None:
                misfits.append(codec)
                continue
            text, why = cut, f"{why}; its last {len(data) - exc.start} byte(s) begin a character the file's end cuts off"
        return DecodedText(text, codec, False, origin, ignored + _with_misfits(why, misfits))
    codec, origin, why = tried[0]
    if len(tried) == 1:
        return _decode_as(data, codec, origin, ignored + "no charset is declared, and the bytes are not UTF-8")
    declared = ", ".join(w for _, o, w in tried if o != "default")
    return _decode_as(data, codec, origin, ignored + f"tried {declared}, then UTF-8; the bytes are not "
                      + " or ".join(dict.fromkeys(misfits)))


def decode_strict(data: bytes, *, source: str | None = None, content_type: str | None = None) -> str:
    """Decode page bytes with ``decode_bytes``; bytes no candidate fits are a parse error naming the file and line."""
    decoded = decode_bytes(data, content_type)
    if decoded.lossy:
        raise QuotecheckParseError(f"bytes that are not text in {decoded.encoding} at column {decoded.error_column} "
                                   f"({decoded.reason}{_utf16_hint(data)})", source=source, line=decoded.error_line)
    return decoded.text


_UTF16_SAMPLE = 512
"""The bytes of a file's start looked at for the zeros of UTF-16 text without a byte-order mark."""


def _utf16_hint(data: bytes) -> str:
    """'; it looks like UTF-16 without a byte-order mark …' where every other byte of the file's start is 0 (ASCII text
    in UTF-16: the round-43 new user's file was said only not to be UTF-8); '' otherwise."""
    head = data[:_UTF16_SAMPLE]
    if len(head) < 8:
        return ""
    for parity, name in ((1, "UTF-16LE"), (0, "UTF-16BE")):
        zeros = head[parity::2].count(0)
        if zeros >= 0.9 * len(head[parity::2]) and head[1 - parity::2].count(0) <= 0.1 * len(head[1 - parity::2]):
            return f"; it looks like {name} without a byte-order mark: save it as UTF-8, or with its byte-order mark"
    return ""


def _header_label(content_type: str | None) -> str | None:
    """The raw ``charset`` parameter of a Content-Type header (quoted or not), if any."""
    if not content_type:
        return None
    from email.message import Message  # here, not at import: only a fetched page's header has one (a file has none)

    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return charset.strip() or None if isinstance(charset, str) else None


def _errors(codec: str, *, strict: bool) -> str:
    """The error handler: windows-1252 maps its unassigned bytes (so never fails); others are strict or replace."""
    if codec == "cp1252":
        return _C1_HANDLER
    return "strict" if strict else "replace"


def _with_misfits(why: str, misfits: list[str]) -> str:
    return why if not misfits else f"{why} (the bytes are not {' or '.join(misfits)})"


def _cut_character(data: bytes, codec: str, exc: UnicodeDecodeError) -> str | None:
    """The text before a multi-byte character the file's end cuts off (a page saved by bytes, 'head -c', a download
    stopped mid-character: the page is cut there, as a page cut a byte earlier is, round-34 new user NU3-7); None when
    the error is anything else, or the bytes before it do not decode."""
    if exc.reason != "unexpected end of data" or exc.end != len(data):
        return None
    try:
        return data[: exc.start].decode(codec, _errors(codec, strict=True))
    except UnicodeDecodeError:
        return None


def _decode_as(data: bytes, codec: str, origin: Origin, why: str) -> DecodedText:
    """Decode with one codec; on bad bytes, replace them and record where the first one is."""
    try:
        return DecodedText(data.decode(codec, _errors(codec, strict=True)), codec, False, origin, why)
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start].decode(codec, "replace")
        return DecodedText(data.decode(codec, _errors(codec, strict=False)), codec, True, origin, why, error_at=len(prefix))
