"""A SOURCE that is a file of URLs: fetched into an archive first (from a server on 127.0.0.1 started here), then ingested."""

from __future__ import annotations

import random
import sqlite3
import threading
from collections import Counter
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import ModuleType

import pytest

from quotecheck._ingest import ingest
from quotecheck._ingest._sources import is_archive
from quotecheck._ingest._urls import FetchSettings, is_url_list

REPO = Path(__file__).resolve().parents[2]
LONGBRIDGE = REPO / "fixtures" / "longbridge" / "seed_002371.SZ.md"


class Server(ThreadingHTTPServer):
    pages: dict[str, tuple[str, bytes]]
    hits: Counter[str]


class Handler(BaseHTTPRequestHandler):
    server: Server

    def do_GET(self) -> None:
        self.server.hits[self.path] += 1
        if self.path == "/robots.txt":
            found: tuple[str, bytes] | None = ("text/plain", b"User-agent: *\nAllow: /\n")
        else:
            found = self.server.pages.get(self.path)
        if found is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", found[0])
        self.send_header("Content-Length", str(len(found[1])))
        self.end_headers()
        self.wfile.write(found[1])

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server(tmp_path: Path, corpus_module: ModuleType) -> Iterator[Server]:
    sec = corpus_module.make_security(3, random.Random(5))
    gf, _ = corpus_module.gf_page(sec, today="2024-05-02", price=Decimal("12.34"), cpi=sec.cpi)
    srv = Server(("127.0.0.1", 0), Handler)
    srv.pages = {"/gf/e10.txt": ("text/plain; charset=utf-8", gf.encode()),
                 "/lb/quote.md": ("text/markdown; charset=utf-8", LONGBRIDGE.read_bytes())}
    srv.hits = Counter()
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_a_file_of_urls_is_fetched_into_an_archive_then_ingested(server: Server, tmp_path: Path) -> None:
    host = f"127.0.0.1:{server.server_address[1]}"
    urls = [f"http://{host}/gf/e10.txt", f"http://{host}/lb/quote.md", f"http://{host}/missing.md"]
    listing = tmp_path / "urls.txt"
    listing.write_text("# pages to ingest\n\n" + "\n".join(urls) + "\n", encoding="utf-8")
    assert is_url_list(listing) and not is_url_list(LONGBRIDGE)
    settings = FetchSettings(archive=tmp_path / "archive", allow_hosts=(host,), rate=50.0)
    db = tmp_path / "q.db"

    first = ingest([listing], db, fetch=settings)
    assert first.documents == 2 and dict(first.failures) == {"FetchFailed": 1}
    conn = sqlite3.connect(db)
    assert sorted(r[0] for r in conn.execute("SELECT url FROM documents")) == sorted(urls[:2])
    assert sorted(r[0] for r in conn.execute("SELECT site FROM documents")) == ["gurufocus", "longbridge"]
    (path, error, message), = conn.execute("SELECT source, error, message FROM errors").fetchall()
    assert (path, error) == (urls[2], "FetchFailed") and "404" in message
    conn.close()
    assert is_archive(settings.archive)

    hits = server.hits.copy()
    again = ingest([listing], db, fetch=settings)  # archived URLs are not fetched again; stored content writes nothing
    assert (again.documents, again.skipped) == (0, 2)
    assert server.hits["/gf/e10.txt"] == hits["/gf/e10.txt"] and server.hits["/lb/quote.md"] == hits["/lb/quote.md"]


def test_a_bad_line_of_a_url_list_names_its_file_and_line_once(tmp_path: Path) -> None:
    """Round-34 new user NU3-11: 'urls3.txt:2: InvalidInput: urls3.txt:2: URL contains whitespace …'."""
    from quotecheck._ingest._urls import fetch_url_lists

    listing = tmp_path / "urls.txt"
    listing.write_text("http://127.0.0.1:9/a.txt\nnot a url at all\n", encoding="utf-8")
    [error] = fetch_url_lists([listing], FetchSettings(archive=tmp_path / "archive", allow_hosts=("127.0.0.1:9",), rate=50.0))
    assert (error.path, error.line, error.error) == (str(listing), 2, "InvalidInput")
    assert error.message == "URL contains whitespace or control characters: 'not a url at all'"
