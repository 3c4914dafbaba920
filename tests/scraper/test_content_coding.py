"""Content-Encoding undone in bounded steps: bombs stop at the cap, broken codings are typed errors."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Iterator

import brotli  # type: ignore[import-untyped]
import pytest
from backports import zstd
from hostile_bodies import GIB, MIB, brotli_of_zeros, gzip_gzip_of_zeros, gzip_of_zeros, truncated_gzip

from quotecheck.scraper._content_coding import ACCEPT_ENCODING, BodyDecoder, ContentCodingError, parse_content_encoding
from quotecheck.scraper._settings import DECODE_STEP_BYTES, MAX_CONTENT_CODINGS

TEXT = ("<p>NAURA 北方华创 ¥293.35</p>\n" * 2000).encode()
CHUNK = 65536  # what the network layer hands over at most


def chunks(data: bytes, size: int = CHUNK) -> Iterator[bytes]:
    for start in range(0, len(data), size):
        yield data[start : start + size]


def decode_all(encoding: str | None, data: bytes) -> bytes:
    decoder = BodyDecoder(encoding)
    out = b"".join(piece for chunk in chunks(data) for piece in decoder.feed(chunk))
    decoder.finish()
    return out


def decode_until(encoding: str, data: bytes, cap: int) -> tuple[int, int, int]:
    """Feed like the fetcher does and stop past ``cap``: (decoded bytes, largest piece, traced peak)."""
    decoder = BodyDecoder(encoding)
    size = largest = 0
    tracemalloc.start()
    try:
        for chunk in chunks(data):
            for piece in decoder.feed(chunk):
                size += len(piece)
                largest = max(largest, len(piece))
                if size > cap:
                    return size, largest, tracemalloc.get_traced_memory()[1]
        return size, largest, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [
        (None, lambda b: b),
        ("identity", lambda b: b),
        ("gzip", gzip.compress),
        ("x-gzip", gzip.compress),
        ("deflate", zlib.compress),
        ("deflate", lambda b: zlib.compress(b, wbits=-zlib.MAX_WBITS)),  # raw deflate, as some servers send it
        ("br", brotli.compress),
        ("zstd", zstd.compress),
        ("gzip, br", lambda b: brotli.compress(gzip.compress(b))),
        ("GZIP , gzip", lambda b: gzip.compress(gzip.compress(b))),
        ("zstd", lambda b: zstd.compress(b[:1000]) + zstd.compress(b[1000:])),  # two frames
    ],
)
def test_every_supported_coding_round_trips(encoding: str | None, encode) -> None:  # type: ignore[no-untyped-def]
    assert decode_all(encoding, encode(TEXT)) == TEXT


def test_we_ask_only_for_codings_we_decode() -> None:
    asked = [c.strip() for c in ACCEPT_ENCODING.split(",")]
    assert parse_content_encoding(ACCEPT_ENCODING) == asked


@pytest.mark.parametrize(
    ("encoding", "bomb"),
    [
        ("gzip, gzip", lambda: gzip_gzip_of_zeros(4 * GIB)),
        ("gzip", lambda: gzip_of_zeros(4 * GIB)),
        ("br", lambda: brotli_of_zeros(64 * MIB)),
        ("zstd", lambda: zstd.compress(bytes(64 * MIB))),
        ("deflate, gzip", lambda: gzip.compress(zlib.compress(bytes(16 * MIB)))),
    ],
)
def test_bombs_stop_at_the_cap_within_one_step(encoding: str, bomb) -> None:  # type: ignore[no-untyped-def]
    data = bomb()
    cap = 1 * MIB
    size, largest, peak = decode_until(encoding, data, cap)
    assert cap < size <= cap + 2 * DECODE_STEP_BYTES  # stopped right after the cap, not a chunk later
    assert largest <= 2 * DECODE_STEP_BYTES  # no piece is a whole inflated chunk
    assert peak < 4 * MIB, peak  # bounded by steps, whatever the ratio (4 GiB for gzip, gzip)


def test_the_4gib_bombs_are_real() -> None:
    small = gzip_of_zeros(16 * MIB)
    assert gzip.decompress(small) == bytes(16 * MIB)  # the construction makes valid gzip
    assert len(gzip_gzip_of_zeros(4 * GIB)) < 16_000 and len(gzip_of_zeros(4 * GIB)) < 5 * MIB


@pytest.mark.parametrize(
    ("encoding", "data", "message"),
    [
        ("compress", b"\x1f\x9d...", "unsupported Content-Encoding 'compress'"),
        ("br;q=1", b"x", "unsupported"),
        ("gzip", b"not gzip at all", "corrupt gzip"),
        ("gzip", truncated_gzip(TEXT), "ends before its end marker"),
        ("br", brotli.compress(TEXT)[:-3], "br data ends before"),
        ("br", b"\xff" * 64, "corrupt br"),
        ("zstd", zstd.compress(TEXT)[:-5], "zstd data ends before"),
        ("zstd", b"\x28\xb5\x2f\xfd" + b"\xff" * 32, "corrupt zstd"),
        ("gzip, " * MAX_CONTENT_CODINGS + "gzip", b"", "content codings stacked"),
    ],
)
def test_broken_codings_are_typed_errors(encoding: str, data: bytes, message: str) -> None:
    with pytest.raises(ContentCodingError, match=message):
        decode_all(encoding, data)


def test_zstd_window_over_8_mib_is_refused() -> None:
    big_window = zstd.compress(
        bytes(range(256)) * 65536 + bytes(range(256)) * 65536,
        options={zstd.CompressionParameter.window_log: 25},
    )
    with pytest.raises(ContentCodingError, match="corrupt zstd"):
        decode_all("zstd", big_window)
