"""End to end against hostile loopback servers: every run ends within its bound, in under 300 MB, archiving nothing bad.

Each case is one ``quotecheck fetch`` process. Its peak RSS is the kernel's
high-water mark of its own memory since exec (``VmHWM``, written at exit):
``ru_maxrss`` from ``wait4`` is not usable here, because Linux carries the
spawning process's high-water mark across vfork/exec, so every case would
read pytest's own size. The servers are the harness of test_end_to_end; the
bodies come from hostile_bodies (generated, not stored).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import brotli  # type: ignore[import-untyped]
import pytest
from backports import zstd
from hostile_bodies import GIB, gzip_gzip_of_zeros, gzip_of_zeros, truncated_gzip
from test_end_to_end import (
    FETCH,
    Handler,
    Site,
    _Handler,
    _ok_rows,
    cli_env,
    failures,
    page,
    summary_counts,
    truncated,
)
from test_end_to_end import serve as _serve_fixture

from quotecheck.scraper import Archive

serve = _serve_fixture  # the loopback-server fixture, shared with test_end_to_end
PEAK_RSS_LIMIT_MB = 300
GOOD = b"<html><body><p>NAURA 002371 P/E 45.2</p></body></html>"


@dataclass(frozen=True)
class Run:
    """One finished CLI run."""

    returncode: int
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


def measured_fetch(status_copy: Path) -> list[str]:
    """``quotecheck fetch`` that copies its /proc/self/status to ``status_copy`` when it exits."""
    code = (
        "import atexit\n"
        f"atexit.register(lambda: open({str(status_copy)!r}, 'w').write(open('/proc/self/status').read()))\n"
        "from quotecheck.scraper import fetch_command; fetch_command(prog_name='quotecheck fetch')"
    )
    return [sys.executable, "-c", code]


def peak_rss_mb(status_copy: Path) -> float:
    """VmHWM from a copy of /proc/PID/status, in MiB."""
    match = re.search(r"^VmHWM:\s+(\d+) kB$", status_copy.read_text(), flags=re.M)
    assert match, status_copy.read_text()
    return int(match.group(1)) / 1024


def run_measured(args: list[str], cwd: Path, bound: float) -> Run:
    """Run ``quotecheck fetch ARGS``; kill it (and fail) past ``bound`` seconds; report its own peak RSS."""
    out, err, status_copy = cwd / "stdout.txt", cwd / "stderr.txt", cwd / "proc-status.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        started = time.monotonic()
        process = subprocess.Popen([*measured_fetch(status_copy), *args], cwd=cwd, env=cli_env(), stdout=stdout, stderr=stderr)
        while True:
            pid, status, _usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            if time.monotonic() - started > bound:
                process.kill()
                os.wait4(process.pid, 0)
                process.returncode = -9
                raise AssertionError(f"run exceeded its {bound:g}s bound: {err.read_text()[-2000:]}")
            time.sleep(0.01)
        seconds = time.monotonic() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return Run(process.returncode, out.read_text(), err.read_text(), seconds, peak_rss_mb(status_copy))


def raw(status: int, body: bytes, headers: dict[str, str] | None = None, content_type: str = "text/html") -> Handler:
    """Answer with ``body`` exactly as given (already content-coded)."""

    def handle(h: _Handler) -> None:
        h.reply(status, body, content_type, headers)

    return handle


def redirect_to(location: Callable[[], str]) -> Handler:
    def handle(h: _Handler) -> None:
        h.send_response(302)
        h.send_header("Location", location())
        h.send_header("Content-Length", "0")
        h.end_headers()

    return handle


def drip(h: _Handler) -> None:
    """Promise a megabyte, then send one byte every 0.1 s until the client hangs up."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "1000000")
    h.end_headers()
    while not h.server.site.stop.wait(0.1):
        h.wfile.write(b"x")
        h.wfile.flush()


@dataclass
class Case:
    """A hostile server, the URLs to fetch from it, what must happen, and the time bound."""

    routes: dict[str, Handler]
    fail: dict[str, str]  # path -> reason prefix
    ok: tuple[str, ...] = ("/ok",)
    robots: str | None = "User-agent: *\nAllow: /\n"
    robots_handler: Handler | None = None
    bound: float = 12.0
    extra_args: tuple[str, ...] = ()


def _cases() -> dict[str, Case]:
    bomb2 = gzip_gzip_of_zeros(4 * GIB)
    text = GOOD * 50
    ra_paths = [f"/ra/{i}" for i in range(10)]
    forever_paths = [f"/busy/{i}" for i in range(20)]
    return {
        "gzip-of-gzip bomb (4 GiB in 9.7 KB)": Case(
            routes={"/ok": page(GOOD), "/bomb": raw(200, bomb2, {"Content-Encoding": "gzip, gzip"})},
            fail={"/bomb": "ResponseTooLarge: decoded body exceeds"},
        ),
        "gzip bomb (4 GiB in 4.2 MB)": Case(
            routes={"/ok": page(GOOD), "/bomb": raw(200, gzip_of_zeros(4 * GIB), {"Content-Encoding": "gzip"})},
            fail={"/bomb": "ResponseTooLarge: decoded body exceeds"},
        ),
        "robots.txt gzip-of-gzip bomb": Case(
            routes={"/ok": page(GOOD)},
            robots=None,
            robots_handler=raw(200, bomb2, {"Content-Encoding": "gzip, gzip"}, "text/plain"),
            fail={},
        ),
        "partial and undecodable bodies": Case(
            routes={
                "/ok": page(GOOD),
                "/br": raw(200, brotli.compress(text), {"Content-Encoding": "br"}),
                "/zstd": raw(200, zstd.compress(text), {"Content-Encoding": "zstd"}),
                "/206": raw(206, GOOD[:20], {"Content-Range": f"bytes 0-19/{len(GOOD)}"}),
                "/204": raw(204, b""),
                "/empty": raw(200, b""),
                "/short": truncated,
                "/compress": raw(200, b"\x1f\x9d\x90<p>", {"Content-Encoding": "compress"}),
                "/gzip-cut": raw(200, truncated_gzip(text), {"Content-Encoding": "gzip"}),
            },
            ok=("/ok", "/br", "/zstd"),
            fail={
                "/206": "UnusableResponse: HTTP 206",
                "/204": "UnusableResponse: HTTP 204",
                "/empty": "UnusableResponse: HTTP 200 from .* has an empty body",
                "/short": "IncompleteResponse",
                "/compress": "UnusableResponse: undecodable response body: unsupported Content-Encoding 'compress'",
                "/gzip-cut": "UnusableResponse: undecodable response body: gzip data ends before its end marker",
            },
        ),
        "Retry-After 10^9 s": Case(
            routes={p: raw(429, b"later", {"Retry-After": "1000000000"}) for p in ra_paths},
            ok=(),
            fail={ra_paths[0]: r"HTTPStatusError: HTTP 429 \(Retry-After 1e\+09s\)"}
            | {p: "CircuitOpen: host .* asked for a 1e\\+09s pause" for p in ra_paths[1:]},
        ),
        "429 forever": Case(
            routes={p: raw(429, b"slow down") for p in forever_paths},
            ok=(),
            fail={p: "(HTTPStatusError: HTTP 429|CircuitOpen: host .* answered HTTP 429 5 times in a row)" for p in forever_paths},
        ),
        "slow drip (1 byte / 0.1 s)": Case(
            routes={"/ok": page(GOOD), "/drip": drip},
            fail={"/drip": "FetchTimeout: URL deadline of 1s passed"},
            extra_args=("--url-deadline", "1"),
        ),
        "credentials in a redirect": Case(
            routes={"/ok": page(GOOD), "/login": redirect_to(lambda: "/private"), "/private": page(b"<p>secret page</p>")},
            fail={"/login": "HTTPStatusError: HTTP 302 redirects to a URL with credentials"},
        ),
    }


CASES = _cases()


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_server_run_is_bounded_and_archives_nothing_bad(serve, tmp_path: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    case = CASES[name]
    site = Site(routes=dict(case.routes), robots=case.robots)
    if case.robots_handler is not None:
        site.routes["/robots.txt"] = case.robots_handler
        site.robots = None
    serve(site)
    if "/login" in site.routes:  # the Location needs the port, known only now
        site.routes["/login"] = redirect_to(lambda: f"http://admin:s3cret@{site.host}/private")
    if case.robots_handler is not None:
        _route_robots_to_handler(site)
    paths = list(case.ok) + list(case.fail)
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(site.url(p) for p in paths) + "\n", encoding="utf-8")
    archive_dir = tmp_path / "archive"

    run = run_measured(
        ["--urls", str(urls), "--archive", str(archive_dir), "--allow-host", site.host, "--rate", "20",
         "--timeout", "1", "--max-attempts", "3", "--backoff", "0.05", *case.extra_args],
        tmp_path,
        case.bound,
    )
    print(f"\nHOSTILE {name}: {run.seconds:.2f} s, peak RSS {run.peak_mb:.1f} MB")

    assert run.peak_mb < PEAK_RSS_LIMIT_MB, run.peak_mb
    assert "Traceback" not in run.stderr, run.stderr
    assert run.returncode == (1 if case.fail else 0), run.stdout + run.stderr
    counts = summary_counts(run.stdout)
    assert (counts["fetched"], counts["failed"]) == (len(case.ok), len(case.fail)), run.stdout
    reported = failures(run.stdout)
    for path, reason in case.fail.items():
        assert re.match(reason, reported[site.url(path)]), (path, reported[site.url(path)])
    with Archive(archive_dir) as archive:
        stored = {p.url: p.body for p in archive.latest_pages()}
        log_text = repr(archive.entries())
    assert set(stored) == {site.url(p) for p in case.ok}  # nothing bad archived as good
    if "/br" in case.ok:
        assert stored[site.url("/br")] == stored[site.url("/zstd")] == GOOD * 50
    if name == "credentials in a redirect":
        assert site.requests_for("/private") == []
        assert "s3cret" not in run.stdout + run.stderr + log_text
    if name == "Retry-After 10^9 s":
        assert len([h for h in site.hits if h.path != "/robots.txt"]) == 1
    if name == "429 forever":
        assert len([h for h in site.hits if h.path != "/robots.txt"]) == 5  # the breaker's threshold


def _route_robots_to_handler(site: Site) -> None:
    """The harness answers /robots.txt itself unless ``robots`` is None and a route exists: make sure."""
    assert site.robots is None and "/robots.txt" in site.routes


# --- one writer, clean-up, Ctrl-C ------------------------------------------------------
#: Like FETCH, but with Python's own SIGINT handler even if the parent ignores SIGINT.
FETCH_INTERRUPTIBLE = [
    sys.executable,
    "-c",
    "import signal; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "from quotecheck.scraper import fetch_command; fetch_command(prog_name='quotecheck fetch')",
]


def test_one_writer_per_archive_leftovers_cleaned_and_ctrl_c_exits_130(serve, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    site = serve(Site(robots=None, routes={f"/p{i}": page(f"<p>{i}</p>".encode()) for i in range(40)}))
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(site.url(f"/p{i}") for i in range(40)) + "\n", encoding="utf-8")
    archive_dir = tmp_path / "archive"
    leftover = archive_dir / "objects" / "ab" / ".tmp-killed.part"
    leftover.parent.mkdir(parents=True)
    leftover.write_bytes(b"half a body")
    args = ["--urls", str(urls), "--archive", str(archive_dir), "--allow-host", site.host, "--rate", "4"]

    first = subprocess.Popen(
        [*FETCH_INTERRUPTIBLE, *args], cwd=tmp_path, env=cli_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 20
        while _ok_rows(archive_dir) < 2:
            assert first.poll() is None and time.monotonic() < deadline, "no progress"
            time.sleep(0.02)
        assert not leftover.exists()  # swept at start, under the lock

        second = subprocess.run([*FETCH, *args], cwd=tmp_path, env=cli_env(), capture_output=True, text=True, timeout=30)
        assert second.returncode == 2, second.stdout + second.stderr
        assert f"is in use by another quotecheck fetch (pid {first.pid})" in second.stderr
        assert "Traceback" not in second.stderr

        first.send_signal(signal.SIGINT)
        stdout, stderr = first.communicate(timeout=20)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
    assert first.returncode == 130, stdout + stderr
    assert "Traceback" not in stderr and "interrupted:" in stderr and "run the same command again" in stderr
    counts = summary_counts(stdout)  # the partial summary
    assert 2 <= counts["fetched"] < 40 and counts["failed"] == 0
    assert counts["fetched"] <= _ok_rows(archive_dir)
