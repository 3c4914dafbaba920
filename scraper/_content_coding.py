"""Content-Encoding undone layer by layer, in bounded steps (no decompression bombs).

httpx's own decoders inflate a whole network chunk at once: one 64 KB chunk of
a gzip bomb is 64 MB before any size cap can look at it, and ``gzip, gzip``
multiplies that again. Here every layer is asked for at most ``step`` bytes per
call -- zlib ``max_length`` + ``unconsumed_tail``, brotli
``output_buffer_limit``, zstd ``max_length`` -- and each piece is pushed
through the next layer before the previous one is asked for more, so the
caller counts decoded bytes as they appear and memory stays at about
``layers x step`` whatever the ratio.

Decoders come from well-kept libraries: zlib (stdlib), ``brotli`` (Google's
binding, 1.2+ for ``output_buffer_limit``) and ``backports.zstd`` (the
``compression.zstd`` module of Python 3.14 with its ``max_length``; the
``zstandard`` binding that httpx uses has no output bound on streaming decode).
"""

from __future__ import annotations

import sys
import zlib
from collections.abc import Iterator
from typing import Final, Protocol

import brotli  # type: ignore[import-untyped]  # no stubs; three calls used, checked by tests

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

from quotecheck.scraper._settings import DECODE_STEP_BYTES, MAX_CONTENT_CODINGS, ZSTD_WINDOW_LOG_MAX

__all__ = ["ACCEPT_ENCODING", "BodyDecoder", "ContentCodingError", "parse_content_encoding"]

#: What we ask servers for; every one of these is decoded below.
ACCEPT_ENCODING: Final = "gzip, deflate, br, zstd"
_ALIASES: Final = {"x-gzip": "gzip"}
_IGNORED: Final = frozenset({"", "identity"})


class ContentCodingError(ValueError):
    """The body's Content-Encoding is unknown, malformed or its data is corrupt or cut short."""


class _Layer(Protocol):
    """One content coding being undone."""

    def decode(self, data: bytes, limit: int) -> bytes:
        """Feed ``data`` (empty while ``has_more``) and return at most about ``limit`` bytes."""

    @property
    def has_more(self) -> bool:
        """True if ``decode(b"", ...)`` may return more output for input already fed."""

    def finish(self) -> None:
        """Raise ContentCodingError if the coded stream did not reach its end."""


class _Zlib:
    """gzip (RFC 1952) or deflate (zlib-wrapped, or raw as some servers send it)."""

    def __init__(self, coding: str) -> None:
        self._coding = coding
        self._wbits = zlib.MAX_WBITS | 16 if coding == "gzip" else zlib.MAX_WBITS
        self._inflater = zlib.decompressobj(self._wbits)
        self._started = False
        self._more = False

    def decode(self, data: bytes, limit: int) -> bytes:
        if self._inflater.eof:
            self._more = False
            return b""  # bytes after the end of the stream are ignored, as httpx and browsers do
        source = self._inflater.unconsumed_tail + data
        try:
            out = self._inflater.decompress(source, limit)
        except zlib.error as exc:
            if self._coding == "deflate" and not self._started:
                self._wbits = -zlib.MAX_WBITS  # raw deflate without the zlib wrapper
                self._inflater = zlib.decompressobj(self._wbits)
                self._started = True
                return self.decode(source, limit)
            raise ContentCodingError(f"corrupt {self._coding} data: {exc}") from exc
        self._started = self._started or bool(source)
        self._more = not self._inflater.eof and (bool(self._inflater.unconsumed_tail) or len(out) >= limit)
        return out

    @property
    def has_more(self) -> bool:
        return self._more

    def finish(self) -> None:
        if not self._inflater.eof:
            raise ContentCodingError(f"{self._coding} data ends before its end marker")


class _Brotli:
    """br (RFC 7932)."""

    def __init__(self) -> None:
        self._decompressor = brotli.Decompressor()
        self._more = False

    def decode(self, data: bytes, limit: int) -> bytes:
        try:
            out: bytes = self._decompressor.process(data, output_buffer_limit=limit)
        except brotli.error as exc:
            raise ContentCodingError(f"corrupt br data: {exc}") from exc
        # can_accept_more_data() is False while buffered input awaits output room; output can also
        # be pending when it is True, which a full buffer (len >= limit) before the end tells.
        self._more = not self._decompressor.can_accept_more_data() or (
            len(out) >= limit and not self._decompressor.is_finished()
        )
        return out

    @property
    def has_more(self) -> bool:
        return self._more

    def finish(self) -> None:
        if not self._decompressor.is_finished():
            raise ContentCodingError("br data ends before its end marker")


class _Zstd:
    """zstd (RFC 8878), window capped at 8 MiB as RFC 9659 asks of HTTP senders."""

    def __init__(self) -> None:
        self._decompressor = self._new()
        self._more = False

    @staticmethod
    def _new() -> zstd.ZstdDecompressor:
        return zstd.ZstdDecompressor(options={zstd.DecompressionParameter.window_log_max: ZSTD_WINDOW_LOG_MAX})

    def decode(self, data: bytes, limit: int) -> bytes:
        if self._decompressor.eof:  # concatenated frames are one body
            data = self._decompressor.unused_data + data
            if not data:
                self._more = False
                return b""
            self._decompressor = self._new()
        try:
            out = self._decompressor.decompress(data, limit)
        except zstd.ZstdError as exc:
            raise ContentCodingError(f"corrupt zstd data: {exc}") from exc
        if self._decompressor.eof:
            self._more = bool(self._decompressor.unused_data)
        else:
            self._more = not self._decompressor.needs_input
        return out

    @property
    def has_more(self) -> bool:
        return self._more

    def finish(self) -> None:
        if not self._decompressor.eof:
            raise ContentCodingError("zstd data ends before its end marker")


def parse_content_encoding(header: str | None) -> list[str]:
    """The codings applied, in the order they were applied; raise ContentCodingError if unsupported."""
    codings = [_ALIASES.get(c, c) for c in (part.strip().lower() for part in (header or "").split(","))]
    codings = [c for c in codings if c not in _IGNORED]
    if len(codings) > MAX_CONTENT_CODINGS:
        raise ContentCodingError(f"{len(codings)} content codings stacked (at most {MAX_CONTENT_CODINGS} accepted)")
    unknown = [c for c in codings if c not in {"gzip", "deflate", "br", "zstd"}]
    if unknown:
        raise ContentCodingError(f"unsupported Content-Encoding {unknown[0][:40]!r}")
    return codings


def _layer(coding: str) -> _Layer:
    if coding == "br":
        return _Brotli()
    if coding == "zstd":
        return _Zstd()
    return _Zlib(coding)


class BodyDecoder:
    """Undo a Content-Encoding stack incrementally; ``feed`` yields pieces of at most ~``step`` bytes."""

    def __init__(self, content_encoding: str | None, *, step: int = DECODE_STEP_BYTES) -> None:
        self._layers = [_layer(coding) for coding in reversed(parse_content_encoding(content_encoding))]
        self._step = step

    def feed(self, data: bytes) -> Iterator[bytes]:
        """Yield the decoded bytes of ``data``, one bounded piece at a time (stop iterating to stop decoding)."""
        if not self._layers:
            for start in range(0, len(data), self._step):
                yield data[start : start + self._step]
            return
        yield from self._push(0, data)

    def _push(self, index: int, data: bytes) -> Iterator[bytes]:
        if index == len(self._layers):
            if data:
                yield data
            return
        layer = self._layers[index]
        out = layer.decode(data, self._step)
        while True:
            if out:
                yield from self._push(index + 1, out)
            if not layer.has_more:
                return
            out = layer.decode(b"", self._step)

    def finish(self) -> None:
        """Raise ContentCodingError unless every layer reached the end of its stream."""
        for layer in self._layers:
            layer.finish()
