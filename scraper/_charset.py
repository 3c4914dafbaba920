"""The fetcher's view of the one decoder (``quotecheck.parsers._decode``): BOM, HTTP charset, <meta>, UTF-8.

Fetched bodies and saved files are decoded by the same function, so the text
the fetcher reports is the text the parser reads. The archive keeps the raw
bytes; a body no candidate charset fits is decoded with U+FFFD and flagged
``lossy`` (``DecodedText`` says which encoding was used and why).
"""

from __future__ import annotations

from quotecheck.parsers._decode import DecodedText, declared_charset, decode_bytes, normalise_charset, sniff_meta_charset

__all__ = [
    "DecodedText",
    "declared_charset",
    "decode_body",
    "normalise_charset",
    "sniff_meta_charset",
]


def decode_body(body: bytes, content_type: str | None = None) -> DecodedText:
    """Decode a fetched body honouring BOM, then HTTP charset, then <meta>, then UTF-8 (the one decoder)."""
    return decode_bytes(body, content_type)
