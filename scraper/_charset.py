"""Pick the text encoding of a response body: BOM, declared charset, <meta>, UTF-8.

No detector library: the declared charset (HTTP header, then ``<meta>``) is
honoured when the bytes actually decode with it; otherwise UTF-8 is tried,
and as a last resort the best candidate is decoded with replacement
characters (and reported as lossy).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from email.message import Message
from typing import Final

from quotecheck.scraper._settings import CHARSET_SNIFF_BYTES

__all__ = [
    "DecodedText",
    "declared_charset",
    "decode_body",
    "normalise_charset",
    "sniff_meta_charset",
]

_BOMS: Final = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Labels whose real-world meaning is a superset codec (as browsers treat them).
_SUPERSETS: Final = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "big5": "big5hkscs",
}
_META_CHARSET: Final = re.compile(
    rb"""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-zA-Z0-9_.:\-]{1,40})""",
    re.IGNORECASE,
)
_XML_DECL: Final = re.compile(rb"""^<\?xml[^>]*\bencoding\s*=\s*["']([a-zA-Z0-9_.:\-]{1,40})["']""")


@dataclass(frozen=True)
class DecodedText:
    """Decoded body text, the codec used, and whether bytes had to be replaced."""

    text: str
    encoding: str
    lossy: bool = False


def normalise_charset(label: str | None) -> str | None:
    """Return a Python codec name for a charset label, or None if unknown/unsafe."""
    if not label:
        return None
    try:
        info = codecs.lookup(label.strip().strip("\"'").lower())
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):  # e.g. "rot13", "base64"
        return None
    name = info.name
    if name in {"utf-16", "utf-32", "utf-7"}:  # BOM-dependent or unsafe without a BOM
        return None
    return _SUPERSETS.get(name, name)


def declared_charset(content_type: str | None) -> str | None:
    """The codec named by a Content-Type header's ``charset`` parameter, if valid."""
    if not content_type:
        return None
    message = Message()
    message["content-type"] = content_type
    charset = message.get_param("charset")
    return normalise_charset(charset if isinstance(charset, str) else None)


def sniff_meta_charset(body: bytes) -> str | None:
    """The codec named by ``<meta charset>``/``http-equiv`` or an XML declaration near the top."""
    head = body[:CHARSET_SNIFF_BYTES]
    xml = _XML_DECL.match(head)
    if xml:
        found = normalise_charset(xml.group(1).decode("ascii"))
        if found:
            return found
    for match in _META_CHARSET.finditer(head):
        found = normalise_charset(match.group(1).decode("ascii"))
        if found:
            return found
    return None


def _sniff_bom(body: bytes) -> tuple[str, int] | None:
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, len(bom)
    return None


def decode_body(body: bytes, content_type: str | None = None) -> DecodedText:
    """Decode a body honouring BOM, then HTTP charset, then <meta>, then UTF-8."""
    bom = _sniff_bom(body)
    if bom is not None:
        name, skip = bom
        try:
            return DecodedText(body[skip:].decode(name), name)
        except UnicodeDecodeError:
            return DecodedText(body[skip:].decode(name, errors="replace"), name, lossy=True)
    candidates: list[str] = []
    for candidate in (declared_charset(content_type), sniff_meta_charset(body), "utf-8"):
        if candidate and candidate not in candidates:
            candidates.append(candidate)
    for candidate in candidates:
        try:
            return DecodedText(body.decode(candidate), candidate)
        except UnicodeDecodeError:
            continue
    fallback = candidates[0]
    return DecodedText(body.decode(fallback, errors="replace"), fallback, lossy=True)
