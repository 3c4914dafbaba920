"""``quotecheck fetch`` in-process: URL building, summary, exit codes 0/1/2."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx
from click.testing import CliRunner

from quotecheck.scraper import Archive, fetch_command

GF = "https://www.gurufocus.com"
LB = "https://longbridge.com"


def run(args: list[str]):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(fetch_command, [*args, "--rate", "100"], catch_exceptions=False)


@pytest.fixture
def sites():  # type: ignore[no-untyped-def]
    with respx.mock(assert_all_mocked=True, assert_all_called=False) as mock:
        mock.get(f"{GF}/robots.txt").respond(200, text="User-agent: *\nDisallow: /private\n")
        mock.get(f"{LB}/robots.txt").respond(404)
        mock.get(url__regex=rf"{GF}/term/.*").respond(200, text="<p>term</p>", headers={"Content-Type": "text/html"})
        mock.get(url__regex=rf"{LB}/.*\.md").respond(200, text="# quote", headers={"Content-Type": "text/markdown"})
        yield mock


def requested(mock: respx.MockRouter) -> list[str]:
    return [str(call.request.url) for call in mock.calls if not call.request.url.path.endswith("robots.txt")]


def test_gurufocus_terms(sites, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(["--symbol", "002371.SZ", "--site", "gurufocus", "--term", "e10", "--term", "mscore",
                  "--archive", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(requested(sites)) == [f"{GF}/term/e10/SZSE:002371", f"{GF}/term/mscore/SZSE:002371"]
    assert "fetched: 2  not modified: 0  skipped (already archived): 0  failed: 0" in result.stdout
    with Archive(tmp_path) as archive:
        assert len(list(archive.latest_pages())) == 2
    again = run(["--symbol", "SZSE:002371", "--site", "gurufocus", "--term", "e10", "--archive", str(tmp_path)])
    assert again.exit_code == 0 and "skipped (already archived): 1" in again.stdout


def test_longbridge_pages_and_locale(sites, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(["--symbol", "002371.SZ", "--site", "longbridge", "--locale", "zh-CN", "--page", "quote",
                  "--page", "overview", "--archive", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(requested(sites)) == [f"{LB}/zh-CN/quote/002371.SZ.md", f"{LB}/zh-CN/quote/002371.SZ/overview.md"]


def test_us_symbol_without_exchange_says_it_assumes_nas(sites, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    result = run(["--symbol", "AAPL.US", "--site", "gurufocus", "--term", "e10", "--archive", str(tmp_path)])
    assert result.exit_code == 0
    assert "assuming NAS" in result.stderr
    assert requested(sites) == [f"{GF}/term/e10/NAS:AAPL"]


def test_the_assumed_exchange_is_said_once_for_every_term(sites, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:  # type: ignore[no-untyped-def]
    """Once a symbol, with every exchange it could be: it was said three times, in two wordings (round-32 new user NU-19)."""
    result = run(["--symbol", "AAPL.US", "--site", "gurufocus", "--term", "e10", "--term", "mscore", "--archive", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stderr.count("assuming NAS") == 1 and "NYSE, AMEX, ARCA, OTCPK, GREY" in result.stderr
    assert "assuming" not in caplog.text  # the library's log line is the command's note, not a second copy
    assert sorted(requested(sites)) == [f"{GF}/term/e10/NAS:AAPL", f"{GF}/term/mscore/NAS:AAPL"]


def test_failures_exit_1_and_are_listed(sites, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{GF}/term/e10/SZSE:002371\n{GF}/private/x\nhttps://example.com/x\n", encoding="utf-8")
    result = run(["--urls", str(urls), "--archive", str(tmp_path / "a")])
    assert result.exit_code == 1
    assert "fetched: 1  not modified: 0  skipped (already archived): 0  failed: 2" in result.stdout
    assert f"FAILED {GF}/private/x  RobotsDisallowed" in result.stdout
    assert "FAILED https://example.com/x  HostNotAllowed: host example.com:443 is not allowed" in result.stdout


def test_allow_host_opens_a_host(tmp_path: Path) -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.get("http://127.0.0.1:8765/robots.txt").respond(404)
        mock.get("http://127.0.0.1:8765/page").respond(200, text="hi")
        urls = tmp_path / "urls.txt"
        urls.write_text("http://127.0.0.1:8765/page\n", encoding="utf-8")
        result = run(["--urls", str(urls), "--allow-host", "127.0.0.1:8765", "--archive", str(tmp_path / "a"),
                      "--user-agent", "qc-test/1 (mailto:ops@example.org)"])
        assert result.exit_code == 0, result.output
        assert mock.calls.last.request.headers["user-agent"] == "qc-test/1 (mailto:ops@example.org)"


def test_server_errors_use_max_attempts_and_backoff(tmp_path: Path) -> None:
    with respx.mock(assert_all_mocked=True) as mock:
        mock.get(f"{GF}/robots.txt").respond(404)
        page = mock.get(f"{GF}/term/e10/SZSE:002371").mock(side_effect=[httpx.Response(503), httpx.Response(503)])
        result = run(["--symbol", "002371.SZ", "--site", "gurufocus", "--term", "e10", "--archive", str(tmp_path),
                      "--max-attempts", "2", "--backoff", "0.01"])
    assert result.exit_code == 1 and page.call_count == 2
    assert "HTTPStatusError: HTTP 503" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "nothing to fetch"),
        (["--symbol", "002371.SZ"], "--symbol needs --site"),
        (["--site", "gurufocus"], "needs at least one --symbol"),
        (["--symbol", "002371.SZ", "--site", "gurufocus"], "needs at least one --term"),
        (["--symbol", "002371.SZ", "--site", "gurufocus", "--term", "e10", "--page", "news"], "--page applies to"),
        (["--symbol", "002371.SZ", "--site", "longbridge", "--term", "e10"], "--term/--exchange apply to"),
        (["--symbol", "002371.XX", "--site", "longbridge"], "unknown Longbridge market"),
        (["--symbol", "002371.SZ", "--site", "gurufocus", "--term", "../etc"], "term slug"),
        (["--symbol", "002371.SZ", "--site", "longbridge", "--allow-host", "http://x"], "host or host:port"),
        (["--symbol", "002371.SZ", "--site", "longbridge", "--rate", "0"], "--rate"),
        (["--symbol", "002371.SZ", "--site", "longbridge", "--concurrency", "0"], "--concurrency"),
        (["--symbol", "002371.SZ", "--site", "longbridge", "--page", "chart"], "--page"),
    ],
)
def test_bad_arguments_exit_2(args: list[str], message: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(fetch_command, [*args, "--archive", str(tmp_path)])
    assert result.exit_code == 2
    assert message in result.output


def test_bad_urls_file_names_file_and_line(tmp_path: Path) -> None:
    urls = tmp_path / "urls.txt"
    urls.write_text("# list\n" + f"{GF}/term/e10/SZSE:002371\n" * 5 + "not a url\n", encoding="utf-8")
    result = CliRunner().invoke(fetch_command, ["--urls", str(urls), "--archive", str(tmp_path / "a")])
    assert result.exit_code == 2
    assert f"{urls}:7: URL contains whitespace" in result.output
    missing = CliRunner().invoke(fetch_command, ["--urls", str(tmp_path / "nope.txt")])
    assert missing.exit_code == 2 and "cannot read URL list" in missing.output


def test_unusable_archive_exits_2(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "fetch_log.sqlite3").write_bytes(b"garbage" * 100)
    result = CliRunner().invoke(
        fetch_command, ["--symbol", "002371.SZ", "--site", "longbridge", "--archive", str(tmp_path / "a")]
    )
    assert result.exit_code == 2 and "not a usable fetch log" in result.output
