"""The one decoder: BOM, HTTP charset, <meta>, UTF-8; hostile labels are no label; misfit bytes are a typed error."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotecheck.parsers import QuotecheckParseError, parse_bytes, parse_file
from quotecheck.parsers._decode import decode_bytes, decode_strict, normalise_charset
from quotecheck.parsers._html import html_to_text

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from golden import payload  # noqa: E402

HTML = ROOT / "fixtures" / "gurufocus" / "html"
PAGE_003 = HTML / "003_b9acf76c90166648.html"
CHINESE = "北方华创 市盈率"


def _copy_as(page: Path, tmp_path: Path, data: bytes) -> Path:
    """``data`` saved under ``page``'s name in tmp_path, with its provenance sidecar."""
    out = tmp_path / page.name
    out.write_bytes(data)
    meta = page.with_suffix(".meta.json")
    if meta.exists():
        shutil.copy(meta, tmp_path / meta.name)
    return out


# --- the cases from the issue ------------------------------------------------------------
def test_a_gb2312_page() -> None:
    page = f'<html><head><meta charset="gb2312"></head><body><p>{CHINESE}</p></body></html>'.encode("gb2312")
    decoded = decode_bytes(page)
    assert (decoded.encoding, decoded.origin, decoded.lossy) == ("gb18030", "meta", False)
    assert CHINESE in decoded.text
    assert html_to_text(page).strip() == CHINESE


def test_a_gb18030_only_character_on_a_page_labelled_gb2312_is_read_as_browsers_do() -> None:
    page = '<meta charset="GB2312"><p>€ 𠀀</p>'.encode("gb18030")  # neither character is in GB2312
    assert decode_strict(page).endswith("<p>€ 𠀀</p>")


def test_a_latin1_page_declaring_euro_is_windows_1252() -> None:
    """WHATWG: the labels iso-8859-1, latin1 and us-ascii all mean windows-1252, where byte 0x80 is €."""
    page = b'<meta charset="iso-8859-1"><p>\x80 5.00 caf\xe9</p>'
    decoded = decode_bytes(page)
    assert decoded.encoding == "cp1252" and "€ 5.00 café" in decoded.text
    assert decode_bytes(b"\x80 1", "text/plain; charset=latin1").text == "€ 1"
    assert decode_bytes(b"\x80 1", "text/plain; charset=US-ASCII").text == "€ 1"


def test_windows_1252_unassigned_bytes_are_c1_controls_not_an_error() -> None:
    """Python's cp1252 refuses 0x81 0x8D 0x8F 0x90 0x9D; the WHATWG index maps them to U+0081 ..."""
    decoded = decode_bytes(b"a\x81\x8d\x8f\x90\x9db", "text/html; charset=windows-1252")
    assert (decoded.text, decoded.lossy) == ("a\x81\x8d\x8f\x90\x9db", False)


def test_a_latin1_saved_fixture_gives_the_same_facts_as_the_utf8_original(tmp_path: Path) -> None:
    html = PAGE_003.read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    assert "¥" in html  # ¥ is 0xA5 in latin-1 and windows-1252 alike
    page = _copy_as(PAGE_003, tmp_path, html.encode("cp1252"))
    assert payload(page) == payload(PAGE_003)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-8"])
def test_a_byte_order_mark_wins(codec: str, tmp_path: Path) -> None:
    data = ("\ufeff" + PAGE_003.read_text(encoding="utf-8")).encode(codec)
    decoded = decode_bytes(data, "text/html; charset=gb18030")  # the BOM wins over the header, as in browsers
    assert (decoded.encoding, decoded.origin) == (codec, "bom") and not decoded.text.startswith("\ufeff")
    assert payload(_copy_as(PAGE_003, tmp_path, data)) == payload(PAGE_003)


HOSTILE = ["undefined", "punycode", "unicode_escape", "raw_unicode_escape", "rot13", "rot_13", "base64", "hex", "zlib",
           "bz2", "uu", "quopri", "idna", "utf-7", "utf-32", "hz", "palmos", "mbcs", "x-user-defined", "replacement",
           "no-such-codec", "", "\"\"", "a" * 300]


@pytest.mark.parametrize("label", HOSTILE)
def test_a_label_that_is_not_a_web_text_encoding_is_no_label(label: str) -> None:
    assert normalise_charset(label) is None
    body = "<p>\\u20ac café</p>".encode()
    meta = f'<meta charset="{label}">'.encode(errors="replace") + body
    for data, header in ((meta, None), (body, f"text/html; charset={label}"), (body, f'text/html; charset="{label}"')):
        decoded = decode_bytes(data, header)
        assert (decoded.encoding, decoded.origin, decoded.lossy) == ("utf-8", "default", False), (label, header)
        assert decoded.text.endswith("<p>\\u20ac café</p>")  # not unescaped, not punycode, not rot13


def test_a_meta_naming_utf16_means_utf8() -> None:
    decoded = decode_bytes('<meta charset="utf-16"><p>café</p>'.encode())
    assert (decoded.encoding, decoded.text) == ("utf-8", '<meta charset="utf-16"><p>café</p>')


# --- bytes that fit no charset ------------------------------------------------------------
def test_bytes_valid_in_no_candidate_are_a_parse_error_naming_file_and_line(tmp_path: Path) -> None:
    """Policy: the parser refuses text it would have to repair (a replaced byte inside a number changes the fact)."""
    lines = PAGE_003.read_bytes().split(b"\n")
    lines[40] += b" \xff\xfe\xfd"  # line 41 of the file
    page = _copy_as(PAGE_003, tmp_path, b"\n".join(lines))
    with pytest.raises(QuotecheckParseError) as err:
        parse_file(page)
    assert (err.value.source, err.value.line) == (str(page), 41)
    assert "utf-8" in err.value.message


def test_misfit_bytes_under_a_declared_charset_name_the_line_too() -> None:
    data = b'<meta charset="shift_jis">\n<p>1</p>\r\n<p>2</p>\r<p>\x82\xff</p>'
    with pytest.raises(QuotecheckParseError) as err:
        parse_bytes(data, source="sjis.html")
    assert (err.value.source, err.value.line) == ("sjis.html", 4)  # CR LF and CR are line breaks
    assert "cp932" in err.value.message and "utf-8" in err.value.message


def test_a_declared_charset_the_bytes_do_not_fit_gives_way_to_the_next_candidate() -> None:
    body = f'<meta charset="gb18030"><p>{CHINESE}</p>'.encode("gb18030")
    decoded = decode_bytes(body, "text/html; charset=utf-8")
    assert (decoded.encoding, decoded.origin, decoded.lossy) == ("gb18030", "meta", False)
    assert "not utf-8" in decoded.reason


def test_unlabelled_non_utf8_bytes_are_refused_not_guessed() -> None:
    with pytest.raises(QuotecheckParseError) as err:
        html_to_text("<p>caf\u00e9</p>".encode("cp1252"))
    assert err.value.line == 1


def test_the_decoder_never_raises_anything_but_the_typed_error() -> None:
    """Every label the tests know, in both places, on bytes valid and invalid: text or QuotecheckParseError."""
    for label in [*HOSTILE, "utf-16", "utf-16be", "gb2312", "iso-2022-jp", "shift_jis", "big5", "koi8-u"]:
        for data in (b"\xff\xfe\x00", b"\x80\x81 ok", b"\x1b$B", f'<meta charset="{label}">\x80\xff'.encode(errors="replace")):
            for header in (None, f"text/html; charset={label}"):
                try:
                    assert isinstance(decode_strict(data, content_type=header), str)
                except QuotecheckParseError as exc:
                    assert exc.line is not None



_LABELS = st.sampled_from([*HOSTILE, "utf-8", "utf-16", "utf-16be", "gb2312", "iso-8859-1", "shift_jis", "big5", "iso-2022-jp", "euc-kr"])


@settings(max_examples=300, deadline=None)
@given(body=st.binary(max_size=200), label=_LABELS, where=st.sampled_from(["meta", "http", "both"]))
def test_any_bytes_under_any_label_give_text_or_the_typed_error(body: bytes, label: str, where: str) -> None:
    """Property: the decoder never crashes, and a lossy result always names a line within the text."""
    data = (f'<meta charset="{label}">'.encode(errors="replace") if where != "http" else b"") + body
    header = f"text/html; charset={label}" if where != "meta" else None
    decoded = decode_bytes(data, header)
    assert decoded.origin in {"bom", "http", "meta", "default"}
    if decoded.lossy:
        assert decoded.error_at is not None and decoded.error_line is not None and 1 <= decoded.error_line <= len(decoded.text) + 1
        with pytest.raises(QuotecheckParseError):
            decode_strict(data, content_type=header)
    else:
        assert decode_strict(data, content_type=header) == decoded.text


@pytest.mark.parametrize(("content_type", "reason"), [
    (None, "no charset is declared, and the bytes are not UTF-8"),
    ("text/plain; charset=utf-8", "tried HTTP charset=utf-8, then UTF-8; the bytes are not utf-8"),
])
def test_misfit_bytes_are_named_by_line_and_column_and_what_was_tried(content_type: str | None, reason: str) -> None:
    """Round-32 new user NU-11: 'no usable declared charset: UTF-8 … fit none of utf-8' read as a contradiction where
    nothing declared a charset, and gave no column."""
    with pytest.raises(QuotecheckParseError) as err:
        decode_strict(b"abc\nline four \xff\xfe here\n", source="p.txt", content_type=content_type)
    assert err.value.line == 2
    assert err.value.message == f"bytes that are not text in utf-8 at column 11 ({reason})"


def test_parse_bytes_honours_the_charset_a_page_was_served_with() -> None:
    """The library's parse_bytes takes the HTTP Content-Type, as the archive's audit does (round-32 NU-4)."""
    body = (ROOT / "fixtures" / "gurufocus" / "seeds" / "003_b9acf76c90166648.txt").read_text(encoding="utf-8").encode("latin-1")
    with pytest.raises(QuotecheckParseError):
        parse_bytes(body, source="p.txt")
    doc = parse_bytes(body, source="p.txt", content_type="text/plain; charset=iso-8859-1")
    assert doc.security.id == "002371.SZ"


SEED_001 = Path(__file__).resolve().parents[2] / "fixtures" / "gurufocus" / "seeds" / "001_39c86e187c513272.txt"


@pytest.mark.parametrize(("char", "kept"), [("¥", 1), ("₩", 1), ("₩", 2)])
def test_a_page_cut_inside_its_last_character_is_the_page_cut_before_it(char: str, kept: int) -> None:
    """Round-34 new user NU3-7: seed 001 cut by bytes inside a '¥' was refused whole; cut a byte earlier it parsed as
    truncated. The character the end cuts off is no part of the page, as for a page cut before it."""
    data = SEED_001.read_bytes()
    before = data[:data.index("¥".encode())]
    doc = parse_bytes(before + char.encode()[:kept], source="cut.txt")
    assert doc.truncated and [f.id for f in doc.facts] == [f.id for f in parse_bytes(before, source="cut.txt").facts]


def test_a_bad_byte_before_the_end_is_still_an_error() -> None:
    with pytest.raises(QuotecheckParseError, match="not text in utf-8"):
        parse_bytes(SEED_001.read_bytes()[:1800] + b"\xc2 and more", source="bad.txt")


@pytest.mark.parametrize(("codec", "named"), [("utf-16-le", "UTF-16LE"), ("utf-16-be", "UTF-16BE")])
def test_utf16_without_its_byte_order_mark_is_named(codec: str, named: str) -> None:
    """A page saved as UTF-16 without a byte-order mark is no UTF-8; the error says what it looks like (round-43 new
    user: 'not UTF-8 at column 29' alone); random bytes get no such guess."""
    text = "GURUFOCUS.COM » STOCK LIST » x\nAcme (NYSE:ACME) PE Ratio : 12.3 (As of Today)\n"
    with pytest.raises(QuotecheckParseError, match=f"it looks like {named} without a byte-order mark"):
        decode_strict(text.encode(codec), source="page.txt")
    with pytest.raises(QuotecheckParseError) as raised:
        decode_strict(bytes(range(128, 256)) * 4, source="page.txt")
    assert "UTF-16" not in str(raised.value)
