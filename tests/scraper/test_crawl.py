"""Fetcher + archive together: skip, 304 reuse, challenge not stored, corrupt entry refetched."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
import respx

from quotecheck.scraper import Archive, ArchiveError, FetchConfig, Fetcher, crawl

pytestmark = pytest.mark.anyio

BASE = "https://www.gurufocus.com"
E10 = f"{BASE}/term/e10/SZSE:002371"
MSCORE = f"{BASE}/term/mscore/SZSE:002371"
PAGE_HEADERS = {"Content-Type": "text/html; charset=utf-8", "ETag": '"e10-v1"'}


def fetcher_for(router: respx.Router, fake_time) -> Fetcher:  # type: ignore[no-untyped-def]
    return Fetcher(
        FetchConfig(rate_per_host=50, max_attempts=2, backoff_initial=0.01, backoff_jitter=0),
        transport=httpx.MockTransport(router.async_handler),
        clock=fake_time.clock,
        sleep=fake_time.sleep,
    )


@pytest.fixture
def router() -> respx.Router:
    router = respx.Router(assert_all_mocked=True)
    router.get(f"{BASE}/robots.txt").respond(404)
    return router


def objects(root: Path) -> list[Path]:
    return sorted(p for p in (root / "objects").rglob("*.bin"))


async def test_fetch_then_skip_then_refresh_with_304(router: respx.Router, fake_time, tmp_path: Path) -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.headers.get("if-none-match") == '"e10-v1"':
            return httpx.Response(304, headers={"ETag": '"e10-v1"'})
        return httpx.Response(200, text="<h1>E10</h1>", headers=PAGE_HEADERS)

    route = router.get(E10).mock(side_effect=answer)
    progress: list[tuple[str, str]] = []
    with Archive(tmp_path) as archive:
        async with fetcher_for(router, fake_time) as fetcher:
            first = await crawl([E10, E10], archive=archive, fetcher=fetcher,
                                on_progress=lambda url, outcome, detail: progress.append((url, outcome)))
            second = await crawl([E10], archive=archive, fetcher=fetcher)
            third = await crawl([E10], archive=archive, fetcher=fetcher, refresh=True)
        pages = list(archive.latest_pages())
        outcomes = [entry.outcome for entry in archive.entries(E10)]
    assert (first.fetched, second.skipped, third.not_modified) == ([E10], [E10], [E10])
    assert progress == [(E10, "fetched")]  # duplicates collapsed
    assert route.call_count == 2  # the skip made no request
    assert "if-none-match" not in route.calls[0].request.headers
    assert route.calls[1].request.headers["if-none-match"] == '"e10-v1"'
    assert outcomes == ["ok", "not_modified"]
    assert [(p.url, p.body) for p in pages] == [(E10, b"<h1>E10</h1>")]  # 304 reused the stored body
    assert len(objects(tmp_path)) == 1


async def test_challenge_page_is_logged_but_not_stored(router: respx.Router, fake_time, tmp_path: Path) -> None:
    router.get(E10).respond(403, text="<html><title>Just a moment...</title></html>")
    router.get(MSCORE).respond(200, text="<html><title>Just a moment...</title><div id='challenge-form'></div>")
    with Archive(tmp_path) as archive:
        async with fetcher_for(router, fake_time) as fetcher:
            summary = await crawl([E10, MSCORE], archive=archive, fetcher=fetcher)
        rows = archive.entries()
        assert list(archive.latest_pages()) == []
    assert sorted(f.url for f in summary.failed) == [E10, MSCORE]
    assert all("ChallengePage" in f.reason for f in summary.failed)
    assert {row.outcome for row in rows} == {"challenge"} and all(row.sha256 is None for row in rows)
    assert objects(tmp_path) == []


async def test_error_responses_are_logged_with_status(router: respx.Router, fake_time, tmp_path: Path) -> None:
    router.get(E10).respond(404, text="not here")
    with Archive(tmp_path) as archive:
        async with fetcher_for(router, fake_time) as fetcher:
            summary = await crawl([E10], archive=archive, fetcher=fetcher)
        (row,) = archive.entries()
    assert not summary.ok and summary.failed[0].reason == f"HTTPStatusError: HTTP 404 from {E10}"
    assert (row.outcome, row.status, row.sha256) == ("error", 404, None)
    assert objects(tmp_path) == []


async def test_corrupt_entry_is_fetched_again_unconditionally(router: respx.Router, fake_time, tmp_path: Path) -> None:
    route = router.get(E10).respond(200, text="<h1>E10</h1>", headers=PAGE_HEADERS)
    with Archive(tmp_path) as archive:
        async with fetcher_for(router, fake_time) as fetcher:
            await crawl([E10], archive=archive, fetcher=fetcher)
            (stored,) = objects(tmp_path)
            stored.write_bytes(b"<h1>E1O</h1>")  # one flipped character: hash mismatch
            summary = await crawl([E10], archive=archive, fetcher=fetcher)
        (page,) = archive.latest_pages()
    assert summary.fetched == [E10] and route.call_count == 2
    assert "if-none-match" not in route.calls[1].request.headers  # the stored body is unusable
    assert page.body == b"<h1>E10</h1>" and stored.read_bytes() == b"<h1>E10</h1>"


async def test_archive_failure_stops_the_run(router: respx.Router, fake_time, tmp_path: Path, monkeypatch) -> None:
    router.get(E10).respond(200, text="a")
    router.get(MSCORE).respond(200, text="b")

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("quotecheck.scraper._archive.write_atomic", full_disk)
    with Archive(tmp_path) as archive:
        async with fetcher_for(router, fake_time) as fetcher:
            with pytest.raises(ArchiveError, match="No space left"):
                await crawl([E10, MSCORE], archive=archive, fetcher=fetcher)
