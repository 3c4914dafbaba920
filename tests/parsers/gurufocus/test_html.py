"""GuruFocus HTML -> text: the seed round-trip, the rendering rules, and parser safety."""

from __future__ import annotations

import ast
import json
import socket
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

import pytest

from quotecheck.parsers._errors import InputTooLarge, QuotecheckParseError
from quotecheck.parsers._html import html_to_text
from quotecheck.parsers._limits import MAX_PAGE_BYTES

REPO = Path(__file__).resolve().parents[3]
SEEDS = REPO / "fixtures" / "gurufocus" / "seeds"
HTML = REPO / "fixtures" / "gurufocus" / "html"
STEMS = ["001_39c86e187c513272", "002_97f669d52d843f76", "003_b9acf76c90166648", "004_953c4a038b52c2f5"]


def nonblank(text: str) -> list[str]:
    """Lines with surrounding whitespace stripped, blank lines dropped."""
    return [line.strip() for line in text.splitlines() if line.strip()]


# --- the four seeds ------------------------------------------------------------------------
@pytest.mark.parametrize("stem", STEMS)
def test_fixture_renders_to_exactly_the_seed_lines(stem: str) -> None:
    seed = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    page = (HTML / f"{stem}.html").read_bytes()
    expected = nonblank(seed)
    assert nonblank(html_to_text(page)) == expected
    assert nonblank(html_to_text(page.decode("utf-8"))) == expected


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_is_real_html_with_chrome_that_is_dropped(stem: str) -> None:
    page = (HTML / f"{stem}.html").read_text(encoding="utf-8")
    for construct in ("<table", "<br>", "<h1", "<h2", "<script", "<nav", "<style", "cookie", "&amp;", "&nbsp;",
                      "<noscript", "<header", "<footer"):
        assert construct in page, construct
    text = html_to_text(page)
    for chrome in ("We use cookies", "Screeners", "__NUXT__", "Loaded", "font-family", "Popular Terms",
                   "Sign in to see premium", "Data provided by", "All Rights Reserved", "JavaScript enabled",
                   "Accept all", "\u2605"):
        assert chrome not in text, chrome


@pytest.mark.parametrize("stem", STEMS)
def test_fixture_sidecar(stem: str) -> None:
    meta = json.loads((HTML / f"{stem}.meta.json").read_text(encoding="utf-8"))
    assert {"site", "synthetic", "derived_from", "note"} <= set(meta)
    assert meta["site"] == "gurufocus" and meta["synthetic"] is True
    assert meta["derived_from"] == f"{stem}.txt" and (SEEDS / meta["derived_from"]).is_file()
    assert meta["note"]
    seed_meta = SEEDS / f"{stem}.txt.meta.json"
    if seed_meta.is_file():  # provenance (url, date) is the seed's, never invented
        seed_provenance = json.loads(seed_meta.read_text(encoding="utf-8"))
        for key in ("url", "date"):
            assert meta.get(key) == seed_provenance.get(key), key


def test_history_and_formula_lines_keep_their_shape() -> None:
    lines = nonblank(html_to_text((HTML / f"{STEMS[0]}.html").read_bytes()))
    assert "Trend Dec14 Dec15 Dec16 Dec17 Dec18 Dec19 Dec20 Dec21 Dec22 Dec23" in lines
    assert "201406 5.136 98.200 5.997" in lines
    at = lines.index("Cyclically Adjusted PB Ratio=Share Price/ Cyclically Adjusted Book per Share")
    assert lines[at + 1 : at + 3] == ["=297.95/16.37", "=18.20"]
    assert "Min: 5.46 \u00a0\u00a0Med: 19.72 \u00a0\u00a0Max: 56.99" in lines  # &nbsp; is content


# --- rendering rules -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a</p><p>b</p>", ["a", "b"]),
        ("<div>X=A/B<br>=1/2<br/>=0.5</div>", ["X=A/B", "=1/2", "=0.5"]),
        ("<p>  many   \n spaces\there </p>", ["many spaces here"]),
        ("<p>keep&nbsp;&nbsp;two</p>", ["keep\u00a0\u00a0two"]),
        ("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 &yen;5 &raquo;</p>", ["1 < 2 && 3 > 2 \u00a55 \u00bb"]),
        ("<table><tr><th></th><th>CPI</th><th>Adj</th></tr><tr><td>201406</td><td>98.2</td><td>5.9</td></tr></table>",
         ["CPI Adj", "201406 98.2 5.9"]),
        ("<table><caption>Annual Data</caption><tbody><tr><td>a<br>b</td><td><p>c</p><p>d</p></td></tr></tbody>"
         "</table>", ["Annual Data", "a b c d"]),
        ("<table><tr><td>1.<b>5</b></td><td> </td><td>x</td></tr></table>", ["1.5 x"]),
        ("<table><tr><td><table><tr><td>in</td><td>ner</td></tr></table></td><td>side</td></tr></table>",
         ["in ner", "side"]),
        ("<ul><li>one</li><li>two <a href='#'>link</a></li></ul>", ["one", "two link"]),
        ("<pre>a   b\n  c</pre>", ["a   b", "c"]),
        ("<p>x<!-- hidden comment -->y</p>", ["xy"]),
        ("<span>inline</span> <span>words</span><div>block</div>tail", ["inline words", "block", "tail"]),
        ("<h2>Head</h2>text", ["Head", "text"]),
    ],
)
def test_rendering_rules(html: str, expected: list[str]) -> None:
    assert nonblank(html_to_text(f"<!DOCTYPE html><html><body>{html}</body></html>")) == expected


@pytest.mark.parametrize(
    "chrome",
    [
        "<script>var a = '<p>no</p>';</script>",
        "<style>p { color: red }</style>",
        "<noscript>no</noscript>",
        "<nav>no</nav>",
        "<header>no</header>",
        "<footer>no</footer>",
        "<aside>no</aside>",
        "<template><p>no</p></template>",
        "<div hidden>no</div>",
        "<div aria-hidden='true'>no</div>",
        "<div style='display: none'>no</div>",
        "<div style='visibility:hidden'>no</div>",
        "<div role='dialog'>no</div>",
        "<div class='gdpr-notice'>no</div>",
        "<div id='cookie_banner'>no</div>",
        "<select><option>no</option></select>",
        "<svg><text>no</text></svg>",
    ],
)
def test_chrome_is_dropped(chrome: str) -> None:
    assert nonblank(html_to_text(f"<html><body><p>yes</p>{chrome}<p>also</p></body></html>")) == ["yes", "also"]


def test_title_and_head_do_not_leak() -> None:
    assert nonblank(html_to_text("<html><head><title>T</title></head><body>B</body></html>")) == ["B"]


def test_empty_input() -> None:
    assert html_to_text("") == "" and html_to_text(b"   ") == ""


# --- charsets for bytes input ------------------------------------------------------------
def test_bytes_use_meta_charset() -> None:
    page = '<html><head><meta charset="gb18030"></head><body><p>北方华创 ¥293.35</p></body></html>'
    assert nonblank(html_to_text(page.encode("gb18030"))) == ["北方华创 ¥293.35"]


def test_bytes_default_to_utf8_and_unlabelled_others_are_refused() -> None:
    assert nonblank(html_to_text("<p>¥14.57</p>".encode())) == ["¥14.57"]
    with pytest.raises(QuotecheckParseError):  # no label, not UTF-8: refused rather than guessed (see _decode)
        html_to_text("<p>caf\u00e9 \u20ac5</p>".encode("cp1252"))
    labelled = '<meta charset="windows-1252"><p>caf\u00e9 \u20ac5</p>'.encode("cp1252")
    assert nonblank(html_to_text(labelled)) == ["caf\u00e9 \u20ac5"]
    assert nonblank(html_to_text(b"\xef\xbb\xbf<p>\xc2\xa514.57</p>")) == ["\u00a514.57"]


# --- safety ------------------------------------------------------------------------------
class _Recorder(BaseHTTPRequestHandler):
    """Records every request; answers with a secret that must never reach the text."""

    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        body = b'<!ENTITY leak "NETWORK-SECRET">'
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[str]]]:
    """A local HTTP server; yields its base URL and the list of paths requested from it."""
    _Recorder.hits = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_external_entities_and_dtds_are_not_loaded(recorder, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    base, hits = recorder
    secret = tmp_path / "secret.txt"
    secret.write_text("FILE-SECRET", encoding="utf-8")
    page = f"""<?xml version="1.0"?>
<!DOCTYPE html SYSTEM "{base}/evil.dtd" [
  <!ENTITY xxe SYSTEM "file://{secret}">
  <!ENTITY net SYSTEM "{base}/entity.txt">
  <!ENTITY % pe SYSTEM "{base}/param.dtd"> %pe;
  <!ENTITY lol "EXPANDED-INTERNAL">
]>
<html><body><p>a &xxe; b &net; c &lol; d &leak;</p>
<iframe src="{base}/frame"></iframe><img src="{base}/img.png"><link rel="stylesheet" href="{base}/x.css">
</body></html>"""

    def no_connect(*args: object, **kwargs: object) -> None:
        raise AssertionError("html_to_text tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_connect)
    monkeypatch.setattr(socket, "create_connection", no_connect)
    text = html_to_text(page)
    monkeypatch.undo()
    for leaked in ("FILE-SECRET", "NETWORK-SECRET", "EXPANDED-INTERNAL"):
        assert leaked not in text
    assert "a &xxe; b &net; c &lol; d &leak;" in text  # references stay literal text, unexpanded
    assert hits == []  # libxml2 fetched nothing (it would have bypassed Python's socket module)


def test_oversized_input_is_refused() -> None:
    big = "<p>" + "x" * MAX_PAGE_BYTES + "</p>"
    with pytest.raises(InputTooLarge, match=f"over the {MAX_PAGE_BYTES}-byte limit"):
        html_to_text(big)
    with pytest.raises(InputTooLarge, match="bytes is over"):
        html_to_text(big.encode())
    multibyte = "<p>" + "¥" * (MAX_PAGE_BYTES // 2 + 1) + "</p>"  # fewer chars than the limit, more bytes
    with pytest.raises(InputTooLarge, match="bytes is over"):
        html_to_text(multibyte)


def test_wrong_type_is_refused() -> None:
    with pytest.raises(TypeError, match="str or bytes"):
        html_to_text(123)  # type: ignore[arg-type]


def test_html_module_has_no_network_or_scraper_imports() -> None:
    source = (REPO / "parsers" / "_html.py").read_text(encoding="utf-8")
    imported: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            imported.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            imported.add((node.module or "").split(".")[0])
    assert not imported & {"scraper", "quotecheck", "socket", "urllib", "http", "httpx", "requests", "ssl"}


@pytest.mark.parametrize("stem", STEMS)
@pytest.mark.parametrize("keep", [60, 120])
def test_a_cut_html_pages_notes_cite_lines_of_the_html(stem: str, keep: int) -> None:
    """Every line an HTML page's document cites is a line of the HTML file: the truncated note's message too ('page
    ends at line 24' beside a note at line 60 mixed the rendered text's lines with the file's, round-43 new user), and
    the document's line count is the file's."""
    from quotecheck.parsers import parse_text

    html = "\n".join((HTML / f"{stem}.html").read_text(encoding="utf-8").splitlines()[:keep]) + "\n"
    doc = parse_text(html, source=f"{stem}.html")
    assert doc.line_count == keep
    (note,) = [n for n in doc.notes if n.code == "truncated"]
    assert doc.truncated_at_line == note.line and note.line is not None and note.line <= keep
    assert f"page ends at line {note.line} " in note.message
