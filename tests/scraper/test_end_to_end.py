"""End to end: the real CLI in a subprocess against real local HTTP servers with injected faults.

Several ``ThreadingHTTPServer``s on 127.0.0.1 (one port = one "host") serve
fixture pages and misbehave on purpose: 429 + Retry-After, 503 then 200, a
response slower than the timeout, a body cut short of its Content-Length, a
redirect loop, oversized bodies, non-UTF-8 charsets, a challenge page, a
redirect to a host that is not allowed. Every server records every request
(path, headers, arrival time) so the tests can check what the client did.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from quotecheck.scraper import Archive

REPO = Path(__file__).resolve().parents[2]
GURUFOCUS_HTML = REPO / "fixtures" / "gurufocus" / "html" / "003_b9acf76c90166648.html"
CHINESE = "北方华创科技集团股份有限公司 市盈率 ¥293.35"
JAPANESE = "東京エレクトロン 株価収益率"


@dataclass
class Hit:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    at: float


Handler = Callable[["_Handler"], None]


@dataclass
class Site:
    """A local server standing in for one host."""

    routes: dict[str, Handler]
    robots: str | None = "User-agent: *\nAllow: /\n"
    hits: list[Hit] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    stop: threading.Event = field(default_factory=threading.Event)
    port: int = 0

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return f"http://{self.host}{path}"

    def requests_for(self, path: str) -> list[Hit]:
        with self.lock:
            return [hit for hit in self.hits if hit.path == path]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        site = self.server.site
        with site.lock:
            site.hits.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
            site.counts[self.path] = site.counts.get(self.path, 0) + 1
        try:
            if self.path == "/robots.txt":
                if site.robots is None:
                    self.reply(404, b"no robots")
                else:
                    self.reply(200, site.robots.encode(), "text/plain")
            elif self.path in site.routes:
                site.routes[self.path](self)
            else:
                self.reply(404, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def count(self) -> int:
        with self.server.site.lock:
            return self.server.site.counts[self.path]

    def log_message(self, format: str, *args: object) -> None:
        return


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.site = site

    def handle_error(self, request: object, client_address: object) -> None:
        return  # clients hanging up mid-response is the point of several routes


@pytest.fixture
def serve() -> Iterator[Callable[[Site], Site]]:
    """Start servers on demand; stop and join them all afterwards."""
    running: list[tuple[_Server, threading.Thread, Site]] = []

    def start(site: Site) -> Site:
        server = _Server(site)
        site.port = server.server_address[1]
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        thread.start()
        running.append((server, thread, site))
        return site

    yield start
    for server, thread, site in running:
        site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


# --- route behaviours --------------------------------------------------------------------
def page(body: bytes, content_type: str = "text/html; charset=utf-8") -> Handler:
    """A page with validators that answers conditional requests with 304."""
    etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'

    def handle(h: _Handler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.reply(200, body, content_type, {"ETag": etag, "Last-Modified": "Fri, 10 May 2024 12:00:00 GMT"})

    return handle


def first_then(status: int, headers: dict[str, str], then: Handler) -> Handler:
    """Answer ``status`` the first time, then behave like ``then``."""

    def handle(h: _Handler) -> None:
        if h.count() == 1:
            h.reply(status, b"try later", headers=headers)
        else:
            then(h)

    return handle


def slow(seconds: float) -> Handler:
    """Wait longer than the client's read timeout before answering."""

    def handle(h: _Handler) -> None:
        h.server.site.stop.wait(seconds)
        h.reply(200, b"too late")

    return handle


def truncated(h: _Handler) -> None:
    """Promise 10,000 bytes, send 100, hang up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "10000")
    h.end_headers()
    h.wfile.write(b"<p>" + b"x" * 97)
    h.wfile.flush()
    h.close_connection = True


def redirect(location: str) -> Handler:
    """A 302 to ``location``."""

    def handle(h: _Handler) -> None:
        h.send_response(302)
        h.send_header("Location", location)
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def endless_chunks(h: _Handler) -> None:
    """Stream 64 KiB chunks with no Content-Length until the client hangs up (or 64 MiB)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"z" * 65536
    for _ in range(1024):
        if h.server.site.stop.is_set():
            break
        h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
    h.close_connection = True


def declared_huge(h: _Handler) -> None:
    """Declare a 50 MB body; the client must refuse it from the header alone."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", str(50 * 1024 * 1024))
    h.end_headers()
    h.wfile.write(b"<p>start")
    h.close_connection = True


def challenge(h: _Handler) -> None:
    """A Cloudflare-style interstitial."""
    h.reply(503, b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>")


#: ``quotecheck fetch`` as a fresh process (the package need not be installed).
FETCH = [sys.executable, "-c", "from quotecheck.scraper import fetch_command; fetch_command(prog_name='quotecheck fetch')"]


def cli_env() -> dict[str, str]:
    """The environment for the CLI: the repo importable, no proxies."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["PYTHONPATH"] = str(REPO)
    return env


def run_cli(args: list[str], cwd: Path, timeout: float = 40) -> subprocess.CompletedProcess[str]:
    """Run ``quotecheck fetch ARGS`` to completion."""
    return subprocess.run(
        [*FETCH, *args], cwd=cwd, env=cli_env(), capture_output=True, text=True, timeout=timeout, check=False
    )


def summary_counts(stdout: str) -> dict[str, int]:
    """Parse the closing summary line."""
    match = re.search(
        r"fetched: (\d+)  not modified: (\d+)  skipped \(already archived\): (\d+)  failed: (\d+)", stdout
    )
    assert match, stdout
    return dict(zip(("fetched", "not_modified", "skipped", "failed"), map(int, match.groups()), strict=True))


def failures(stdout: str) -> dict[str, str]:
    """URL -> reason from the FAILED lines."""
    return dict(re.findall(r"^FAILED (\S+)  (.+)$", stdout, flags=re.M))


# --- the fault-injection run -------------------------------------------------------------
def test_every_page_ends_fetched_or_failed_with_its_reason(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    foreign = serve(Site(routes={"/x": page(b"must never be fetched")}))
    a = serve(Site(
        robots="User-agent: *\nDisallow: /private\n",
        routes={
            "/page/a1.html": page(GURUFOCUS_HTML.read_bytes()),
            "/429": first_then(429, {"Retry-After": "1"}, page(b"<p>after 429</p>")),
            "/503-then-200": first_then(503, {}, page(b"<p>after 503</p>")),
            "/slow": slow(3.0),
            "/truncated": truncated,
            "/loop-a": redirect("/loop-b"),
            "/loop-b": redirect("/loop-a"),
            "/private/secret": page(b"robots says no"),
        },
    ))
    b = serve(Site(
        robots="User-agent: *\nCrawl-delay: 0.3\n",
        routes={
            "/page/b1.html": page(b"<p>b1</p>"),
            "/page/b2.html": page(b"<p>b2</p>"),
            "/big-stream": endless_chunks,
            "/big-declared": declared_huge,
            "/gb18030.html": page(f"<html><body><p>{CHINESE}</p></body></html>".encode("gb18030"),
                                  "text/html; charset=gb18030"),
            "/sjis-meta.html": page(
                f'<html><head><meta charset="shift_jis"></head><body><p>{JAPANESE}</p></body></html>'.encode(
                    "shift_jis"), "text/html"),
            "/challenge": challenge,
            "/to-foreign": redirect(foreign.url("/x")),
            "/gone": lambda h: h.reply(404, b"gone"),
        },
    ))
    expected_ok = [a.url(p) for p in ("/page/a1.html", "/429", "/503-then-200")] + [
        b.url(p) for p in ("/page/b1.html", "/page/b2.html", "/gb18030.html", "/sjis-meta.html")
    ]
    expected_fail = {
        a.url("/slow"): "FetchTimeout",
        a.url("/truncated"): "IncompleteResponse",
        a.url("/loop-a"): "TooManyRedirects",
        a.url("/private/secret"): "RobotsDisallowed",
        b.url("/big-stream"): "ResponseTooLarge",
        b.url("/big-declared"): "ResponseTooLarge",
        b.url("/challenge"): "ChallengePage",
        b.url("/to-foreign"): "HostNotAllowed",
        b.url("/gone"): "HTTPStatusError: HTTP 404",
    }
    urls = tmp_path / "urls.txt"
    urls.write_text("# e2e\n" + "\n".join(expected_ok + list(expected_fail)) + "\n", encoding="utf-8")
    archive_dir = tmp_path / "archive"

    started = time.monotonic()
    result = run_cli(
        ["--urls", str(urls), "--archive", str(archive_dir), "--allow-host", a.host, "--allow-host", b.host,
         "--rate", "20", "--concurrency", "4", "--timeout", "0.5", "--max-attempts", "2", "--backoff", "0.05"],
        cwd=tmp_path,
    )
    elapsed = time.monotonic() - started

    assert elapsed < 25, f"run took {elapsed:.1f}s"
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "Warning" not in result.stderr, result.stderr
    counts = summary_counts(result.stdout)
    assert counts == {"fetched": len(expected_ok), "not_modified": 0, "skipped": 0, "failed": len(expected_fail)}
    reported = failures(result.stdout)
    assert set(reported) == set(expected_fail)
    for url, kind in expected_fail.items():
        assert reported[url].startswith(kind), (url, reported[url])

    with Archive(archive_dir) as archive:
        pages = {p.url: p for p in archive.latest_pages()}
        log = archive.entries()
    assert set(pages) == set(expected_ok)  # only good pages are stored
    assert pages[a.url("/page/a1.html")].body == GURUFOCUS_HTML.read_bytes()
    gb = pages[b.url("/gb18030.html")].text()
    assert (gb.encoding, gb.lossy) == ("gb18030", False) and CHINESE in gb.text
    sjis = pages[b.url("/sjis-meta.html")].text()
    assert (sjis.encoding, sjis.lossy) == ("cp932", False) and JAPANESE in sjis.text
    assert {row.url for row in log if row.outcome == "challenge"} == {b.url("/challenge")}
    assert len(list((archive_dir / "objects").rglob("*.bin"))) == len(expected_ok)

    # What the servers saw.
    assert foreign.hits == []  # the redirect to a non-allowed host was not followed
    assert a.requests_for("/private/secret") == []  # robots.txt was obeyed
    assert len(a.requests_for("/robots.txt")) == 1 and len(b.requests_for("/robots.txt")) == 1
    first, second = a.requests_for("/429")
    assert second.at - first.at >= 0.95  # Retry-After: 1 honoured
    assert len(a.requests_for("/503-then-200")) == 2
    assert len(a.requests_for("/slow")) == 2 and len(a.requests_for("/truncated")) == 2  # retried once
    assert len(b.requests_for("/gone")) == 1 and len(b.requests_for("/challenge")) == 1  # never retried
    user_agents = {hit.headers.get("user-agent", "") for site in (a, b) for hit in site.hits}
    assert len(user_agents) == 1 and user_agents.pop().startswith("quotecheck/")
    b_times = sorted(hit.at for hit in b.hits)
    gaps = [later - earlier for earlier, later in itertools.pairwise(b_times)]
    assert min(gaps) >= 0.3 - 0.02, gaps  # Crawl-delay is a floor under --rate 20


# --- kill mid-run, resume ----------------------------------------------------------------
def _ok_rows(archive_dir: Path) -> int:
    db = archive_dir / "fetch_log.sqlite3"
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    except sqlite3.Error:
        return 0
    try:
        return conn.execute("SELECT COUNT(*) FROM fetches WHERE outcome = 'ok'").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


def test_killed_run_resumes_without_refetching(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bodies: dict[str, bytes] = {}
    sites = []
    for tag in ("a", "b"):
        routes = {f"/p{i}.html": page(f"<p>{tag}{i}</p>".encode()) for i in range(10)}
        site = serve(Site(robots=None, routes=routes))
        sites.append(site)
        bodies.update({site.url(f"/p{i}.html"): f"<p>{tag}{i}</p>".encode() for i in range(10)})
    all_urls = list(bodies)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(all_urls) + "\n", encoding="utf-8")
    archive_dir = tmp_path / "archive"
    base_args = ["--urls", str(urls), "--archive", str(archive_dir), "--rate", "5", "--concurrency", "4"]
    for site in sites:
        base_args += ["--allow-host", site.host]

    process = subprocess.Popen(
        [*FETCH, *base_args], cwd=tmp_path, env=cli_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        deadline = time.monotonic() + 20
        while _ok_rows(archive_dir) < 4:
            assert process.poll() is None, "the fetch finished before we could interrupt it"
            assert time.monotonic() < deadline, "no progress"
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=10)
    assert process.returncode == -signal.SIGKILL

    with Archive(archive_dir) as archive:
        done_before = {row.url for row in archive.entries() if row.outcome == "ok"}
    assert 4 <= len(done_before) < len(all_urls)
    seen_before = [len(site.hits) for site in sites]

    resumed = run_cli(base_args, cwd=tmp_path)
    assert resumed.returncode == 0, resumed.stdout + resumed.stderr
    counts = summary_counts(resumed.stdout)
    assert counts["skipped"] == len(done_before)
    assert counts["fetched"] == len(all_urls) - len(done_before) and counts["failed"] == 0

    # Pages archived before the kill are skipped outright: no request at all, so
    # certainly none without a conditional header.
    resumed_requests = [
        site.url(hit.path) for site, n in zip(sites, seen_before, strict=True) for hit in site.hits[n:]
    ]
    assert not set(resumed_requests) & done_before
    assert set(all_urls) - done_before <= set(resumed_requests)

    with Archive(archive_dir) as archive:
        assert {p.url: p.body for p in archive.latest_pages()} == bodies  # nothing lost, nothing half-written
    objects = list((archive_dir / "objects").rglob("*.bin"))
    assert len(objects) == len(all_urls)  # each body stored exactly once

    seen_before = [len(site.hits) for site in sites]
    refreshed = run_cli([*base_args, "--refresh"], cwd=tmp_path)
    assert refreshed.returncode == 0, refreshed.stdout + refreshed.stderr
    assert summary_counts(refreshed.stdout)["not_modified"] == len(all_urls)
    refresh_hits = [
        hit for site, n in zip(sites, seen_before, strict=True) for hit in site.hits[n:] if hit.path != "/robots.txt"
    ]
    assert len(refresh_hits) == len(all_urls) and all("if-none-match" in hit.headers for hit in refresh_hits)
    assert len(list((archive_dir / "objects").rglob("*.bin"))) == len(all_urls)
