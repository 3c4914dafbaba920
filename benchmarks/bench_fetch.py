"""Benchmark the fetcher's politeness: achieved per-host request rate vs the configured limit.

Usage: ``python benchmarks/bench_fetch.py`` (from the repo root; ~40 s, no network).

Local ``ThreadingHTTPServer``s (one port = one host) answer instantly and
record when each request *arrives*, so the rate is measured where it matters:
at the server. Each scenario runs the real pipeline (``crawl`` = fetcher +
archive, robots.txt included) three times and reports medians of

* ratio   = achieved rate / configured rate, with achieved = (n - 1) / (last - first arrival);
            target: >= 0.95 and never above 1.0;
* peak    = configured interval / smallest gap between two arrivals (instantaneous; informational,
            server-side arrival jitter of a millisecond shows up here);
* total   = sum of the hosts' achieved rates, against the ideal hosts x rate.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from quotecheck.scraper import Archive, FetchConfig, Fetcher, crawl

RUNS = 3


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:
        arrived = time.monotonic()
        with self.server.lock:
            self.server.arrivals.append(arrived)
        body = b"User-agent: *\nAllow: /\n" if self.path == "/robots.txt" else f"<p>{self.path}</p>".encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.lock = threading.Lock()
        self.arrivals: list[float] = []

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self.server_address[1]}"


@dataclass(frozen=True)
class RunResult:
    """One run of one scenario."""

    ratios: list[float]  # per host
    peaks: list[float]  # per host
    total_rate: float  # sum of per-host achieved rates (requests per second)
    wall: float  # seconds for the whole crawl


def _run(hosts: int, rate: float, pages: int, concurrency: int) -> RunResult:
    servers = [_Server() for _ in range(hosts)]
    threads = [threading.Thread(target=s.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True) for s in servers]
    for thread in threads:
        thread.start()
    try:
        urls = [f"http://{s.host}/p{i}.html" for i in range(pages) for s in servers]
        config = FetchConfig(rate_per_host=rate, concurrency=concurrency).with_hosts(s.host for s in servers)
        with tempfile.TemporaryDirectory() as tmp, Archive(tmp) as archive:

            async def go() -> None:
                async with Fetcher(config) as fetcher:
                    summary = await crawl(urls, archive=archive, fetcher=fetcher)
                if summary.failed:
                    raise RuntimeError(f"benchmark fetch failed: {summary.failed[:3]}")

            started = time.monotonic()
            asyncio.run(go())
            wall = time.monotonic() - started
        interval = 1.0 / rate
        ratios, peaks, total = [], [], 0.0
        for server in servers:
            arrivals = sorted(server.arrivals)
            achieved = (len(arrivals) - 1) / (arrivals[-1] - arrivals[0])
            total += achieved
            ratios.append(achieved / rate)
            peaks.append(interval / min(b - a for a, b in itertools.pairwise(arrivals)))
        return RunResult(ratios, peaks, total, wall)
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()
        for thread in threads:
            thread.join()


@dataclass(frozen=True)
class Scenario:
    """Hosts x rate x pages, fetched with a given concurrency."""

    name: str
    hosts: int
    rate: float
    pages: int
    concurrency: int = 4


SCENARIOS = [
    Scenario("1 host @ 2 req/s", 1, 2.0, 7),
    Scenario("1 host @ 5 req/s", 1, 5.0, 14),
    Scenario("1 host @ 20 req/s", 1, 20.0, 59),
    Scenario("4 hosts @ 5 req/s", 4, 5.0, 14),
    Scenario("8 hosts @ 10 req/s, conc 8", 8, 10.0, 29, 8),
]


def main() -> int:
    """Run every scenario RUNS times and print a table of medians; exit 1 if a target is missed."""
    header = (
        f"{'scenario':<28} {'ratio med':>9} {'ratio min':>9} {'ratio max':>9} {'peak med':>9} "
        f"{'total req/s':>11} {'ideal':>6} {'wall s':>6}"
    )
    print(header)
    print("-" * len(header))
    missed = []
    started = time.monotonic()
    for scenario in SCENARIOS:
        runs = [_run(scenario.hosts, scenario.rate, scenario.pages, scenario.concurrency) for _ in range(RUNS)]
        per_run_median = [statistics.median(run.ratios) for run in runs]
        all_ratios = [ratio for run in runs for ratio in run.ratios]
        ratio_med = statistics.median(per_run_median)
        peak_med = statistics.median(statistics.median(run.peaks) for run in runs)
        total_med = statistics.median(run.total_rate for run in runs)
        wall_med = statistics.median(run.wall for run in runs)
        print(
            f"{scenario.name:<28} {ratio_med:>9.4f} {min(all_ratios):>9.4f} {max(all_ratios):>9.4f} "
            f"{peak_med:>9.4f} {total_med:>11.2f} {scenario.hosts * scenario.rate:>6.1f} {wall_med:>6.2f}"
        )
        if ratio_med < 0.95 or max(all_ratios) > 1.0:
            missed.append(scenario.name)
    print(f"\n{RUNS} runs per scenario, {time.monotonic() - started:.1f}s; targets: 0.95 <= ratio <= 1.0")
    if missed:
        print(f"MISSED: {', '.join(missed)}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
