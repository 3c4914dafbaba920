"""Charset choice: BOM, declared header, <meta>, UTF-8, lossy fallback."""

from __future__ import annotations

import pytest

from quotecheck.scraper._charset import (
    declared_charset,
    decode_body,
    normalise_charset,
    sniff_meta_charset,
)

CHINESE = "北方华创 市盈率"
JAPANESE = "東京証券取引所"


@pytest.mark.parametrize(
    ("header", "codec"),
    [
        ("text/html; charset=utf-8", "utf-8"),
        ('text/html; charset="UTF-8"', "utf-8"),
        ("text/html; charset=GB2312", "gb18030"),
        ("text/html; charset=gbk", "gb18030"),
        ("text/html; charset=Shift_JIS", "cp932"),
        ("text/html; charset=iso-8859-1", "cp1252"),
        ("text/html; charset=rot13", None),
        ("text/html; charset=base64", None),
        ("text/html; charset=no-such-codec", None),
        ("text/html", None),
        (None, None),
    ],
)
def test_declared_charset(header: str | None, codec: str | None) -> None:
    assert declared_charset(header) == codec


def test_normalise_follows_the_web_meaning_of_labels() -> None:
    assert normalise_charset("utf-16") == "utf-16-le"  # WHATWG: the label utf-16 is UTF-16LE
    assert normalise_charset("utf-7") is None  # not a web encoding: it spells markup in plain ASCII
    assert normalise_charset("utf-32") is None


def test_fetched_bodies_and_files_use_the_one_decoder() -> None:
    from quotecheck.parsers._decode import DecodedText as CoreDecodedText
    from quotecheck.parsers._decode import decode_bytes

    body = '<meta charset="gb2312"><p>北方华创</p>'.encode("gb2312")
    assert decode_body(body, "text/html") == decode_bytes(body, "text/html")
    assert isinstance(decode_body(body), CoreDecodedText)


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        (b'<html><head><meta charset="gb18030">', "gb18030"),
        (b"<meta charset=shift_jis>", "cp932"),
        (b'<meta http-equiv="Content-Type" content="text/html; charset=EUC-JP">', "euc_jp"),
        (b'<?xml version="1.0" encoding="gb2312"?><html>', "gb18030"),
        (b"<html><head><title>x</title>", None),
    ],
)
def test_sniff_meta_charset(head: bytes, codec: str | None) -> None:
    assert sniff_meta_charset(head) == codec


def test_header_charset_is_honoured() -> None:
    decoded = decode_body(CHINESE.encode("gb18030"), "text/html; charset=gb18030")
    assert (decoded.text, decoded.encoding, decoded.lossy) == (CHINESE, "gb18030", False)


def test_meta_charset_used_when_header_has_none() -> None:
    body = f'<meta charset="shift_jis"><p>{JAPANESE}</p>'.encode("shift_jis")
    decoded = decode_body(body, "text/html")
    assert JAPANESE in decoded.text and decoded.encoding == "cp932"


def test_wrong_header_charset_falls_back_to_meta() -> None:
    body = f'<meta charset="gb18030"><p>{CHINESE}</p>'.encode("gb18030")
    decoded = decode_body(body, "text/html; charset=utf-8")
    assert CHINESE in decoded.text and decoded.encoding == "gb18030" and not decoded.lossy


def test_utf8_default_and_bom() -> None:
    assert decode_body(CHINESE.encode("utf-8")).encoding == "utf-8"
    decoded = decode_body(b"\xef\xbb\xbf" + CHINESE.encode("utf-8"), "text/html; charset=gb18030")
    assert decoded.text == CHINESE and decoded.encoding == "utf-8"  # the BOM wins, as in browsers
    assert decode_body(b"\xff\xfe" + "hi".encode("utf-16-le")).text == "hi"


def test_undecodable_bytes_are_replaced_and_flagged() -> None:
    decoded = decode_body(b"ok\nline two \xff\xfe\xfd", "text/plain; charset=utf-8")
    assert decoded.lossy and decoded.text.startswith("ok\n") and "\ufffd" in decoded.text
    assert decoded.error_at == len("ok\nline two ") and decoded.error_line == 2
    assert decoded.error_column == len("line two ") + 1
    assert (decoded.origin, decoded.encoding) == ("http", "utf-8") and decoded.reason.endswith("the bytes are not utf-8")


def test_decoded_text_says_where_the_encoding_came_from() -> None:
    body = '<meta charset="gb18030"><p>北方</p>'.encode("gb18030")
    assert decode_body(body, "text/html; charset=gb18030").origin == "http"
    assert decode_body(body, "text/html").origin == "meta"
    assert decode_body(b"\xef\xbb\xbfabc").origin == "bom"
    plain = decode_body(b"abc", "text/html; charset=rot13")
    assert (plain.origin, plain.encoding) == ("default", "utf-8") and "rot13" in plain.reason
