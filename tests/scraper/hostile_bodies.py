"""Generators of hostile response bodies (decompression bombs and broken codings); nothing is stored.

A gzip of 4 GiB of zeros is built without compressing 4 GiB: after a full
flush, deflate's output for each further MiB of zeros is the same 1 KB, so the
stream is that piece repeated. Its CRC-32 is computed the same way, as the
affine map "append 1 MiB of zeros" raised to the 4096th power.
"""

from __future__ import annotations

import functools
import gzip
import struct
import zlib

import brotli  # type: ignore[import-untyped]

MIB = 1 << 20
GIB = 1 << 30

_Affine = tuple[list[int], int]  # (32 column images of the linear part, constant)


def _apply(linear: list[int], vector: int) -> int:
    out = 0
    for bit in range(32):
        if vector >> bit & 1:
            out ^= linear[bit]
    return out


def _compose(outer: _Affine, inner: _Affine) -> _Affine:
    linear = [_apply(outer[0], column) for column in inner[0]]
    return linear, _apply(outer[0], inner[1]) ^ outer[1]


def crc32_of_zeros(size: int) -> int:
    """zlib.crc32 of ``size`` zero bytes (``size`` a multiple of 1 MiB), in milliseconds."""
    assert size % MIB == 0
    block = bytes(MIB)
    constant = zlib.crc32(block, 0)
    step: _Affine = ([zlib.crc32(block, 1 << bit) ^ constant for bit in range(32)], constant)
    total: _Affine = ([1 << bit for bit in range(32)], 0)
    count = size // MIB
    while count:
        if count & 1:
            total = _compose(step, total)
        step = _compose(step, step)
        count >>= 1
    return total[1]


@functools.cache
def gzip_of_zeros(size: int) -> bytes:
    """A valid gzip member of ``size`` zero bytes (4 GiB -> about 4.2 MB)."""
    assert size % MIB == 0 and size > 0
    deflate = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    piece = deflate.compress(bytes(MIB)) + deflate.flush(zlib.Z_FULL_FLUSH)
    again = deflate.compress(bytes(MIB)) + deflate.flush(zlib.Z_FULL_FLUSH)
    assert again == piece  # the repetition the construction relies on
    body = piece * (size // MIB) + zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS).flush()
    header = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff"
    return header + body + struct.pack("<II", crc32_of_zeros(size), size & 0xFFFFFFFF)


@functools.cache
def gzip_gzip_of_zeros(size: int) -> bytes:
    """``Content-Encoding: gzip, gzip`` of ``size`` zeros (4 GiB -> about 6.8 KB)."""
    return gzip.compress(gzip_of_zeros(size), 9)


@functools.cache
def brotli_of_zeros(size: int) -> bytes:
    """br of ``size`` zeros."""
    return bytes(brotli.compress(bytes(size), quality=5))


def truncated_gzip(payload: bytes) -> bytes:
    """A gzip stream cut before its end marker and trailer."""
    whole = gzip.compress(payload)
    return whole[: len(whole) // 2]
