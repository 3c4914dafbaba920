"""The HTML report in a real headless Chromium (Debian's package), driven by playwright: no console errors,
every finding of the JSON report listed, filters that work, and a chart drawn for a history series."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page, sync_playwright

from quotecheck._report._html_data import CAP_PER_RULE
from quotecheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
FIX = ROOT / "fixtures"
DOCS = ROOT / "docs"
PROBLEM = ("error", "fail", "warn")


def chromium() -> str:
    """The distribution's Chromium: the test fails (never skips) when it is missing."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Chromium is not installed: apt-get install -y chromium (.ci/run does this)"
    return found


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any]]:
    out = tmp_path_factory.mktemp("html") / "report.html"
    here = Path.cwd()
    os.chdir(ROOT)  # relative page paths, as a user in the repository types them
    try:
        res = CliRunner().invoke(main, ["audit", "fixtures", "--format", "json", "--html", str(out)])
    finally:
        os.chdir(here)
    assert res.exit_code in (0, 1), res.stderr
    return out, json.loads(res.stdout)


@pytest.fixture(scope="module")
def browser_page(built: tuple[Path, dict[str, Any]]) -> Iterator[tuple[Page, list[str]]]:
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 1400})
        page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
        page.on("console", lambda m: problems.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.on("requestfailed", lambda r: problems.append(f"network: {r.url}"))
        page.goto(built[0].as_uri())
        page.wait_for_selector("#chart-rule svg")
        yield page, problems
        browser.close()


def problems_in(built: tuple[Path, dict[str, Any]], **match: str) -> int:
    """The findings the report lists for a filter: every matching problem of the JSON report, except for a rule whose
    findings of a status the report samples (more than CAP_PER_RULE of them): there, the matching findings of its sample."""
    html, data = built
    payload = _payload(html)
    checks = [(c, d["site"]) for d in data["documents"] for c in d["checks"]] + [(c, "across pages") for c in data["cross_checks"]]

    def matches(c: dict[str, Any], site: str) -> bool:
        return c["status"] in PROBLEM and all((site if k == "site" else c[k]) == v for k, v in match.items())

    sampled = {(v["rule"], v["status"]) for v in payload["sampled"].values()}
    assert all(v["shown"] == CAP_PER_RULE for v in payload["sampled"].values())
    return (sum(1 for c, site in checks if (c["rule"], c["status"]) not in sampled and matches(c, site))
            + sum(1 for f in payload["findings"] if (f["rule"], f["status"]) in sampled and matches(f, f["site"])))


def _payload(html: Path) -> dict[str, Any]:
    """The report's own data, as the page reads it from its script element."""
    text = html.read_text(encoding="utf-8")
    start = text.index('<script type="application/json" id="data">') + len('<script type="application/json" id="data">')
    return json.loads(text[start:text.index("</script>", start)])  # JSON as written: the page's JSON.parse reads it so


def shown(page: Page) -> int:
    count = int(page.inner_text("#shown-count"))
    assert count == page.locator("details.finding:visible").count()
    return count


def test_no_console_errors_and_no_network(browser_page: tuple[Page, list[str]]) -> None:
    page, problems = browser_page
    page.locator("details.finding summary").first.click()
    page.wait_for_timeout(300)
    assert problems == []


def test_every_finding_of_the_json_report_is_listed(browser_page: tuple[Page, list[str]], built: tuple[Path, dict[str, Any]]) -> None:
    page, _ = browser_page
    assert shown(page) == problems_in(built) > 0


@pytest.mark.parametrize(("key", "value"), [("status", "fail"), ("rule", "gf.restated"), ("site", "longbridge"), ("status", "warn")])
def test_filters_show_exactly_the_matching_findings(browser_page: tuple[Page, list[str]], built: tuple[Path, dict[str, Any]],
                                                    key: str, value: str) -> None:
    page, _ = browser_page
    page.select_option(f"#filter-{key}", value)
    try:
        assert shown(page) == problems_in(built, **{key: value}) > 0
    finally:
        page.select_option(f"#filter-{key}", "")
    assert shown(page) == problems_in(built)


def test_a_finding_shows_its_source_lines_and_the_intervals(browser_page: tuple[Page, list[str]]) -> None:
    page, problems = browser_page
    page.select_option("#filter-rule", "gf.method.divisor")
    try:
        fid = page.locator("details.finding:visible").filter(has_text=".txt:").first.get_attribute("id")
        finding = page.locator(f"#{fid}")
        finding.locator("> summary").click()
        finding.locator(".chart-interval svg").wait_for()
        assert finding.locator("mark.q").count() >= 1 and finding.locator("mark.i").count() >= 1
        assert finding.locator(".chart-interval svg .mark-rect").first.locator("path").count() == 2, "printed and recomputed intervals"
        if os.environ.get("QUOTECHECK_UPDATE_SCREENSHOTS"):
            finding.screenshot(path=str(DOCS / "report-finding.png"))
    finally:
        page.select_option("#filter-rule", "")
        finding.locator("> summary").click()
    assert problems == []


def test_a_history_series_is_drawn(browser_page: tuple[Page, list[str]]) -> None:
    page, problems = browser_page
    doc = page.locator('details.doc:not([data-series="0"])').first
    doc.locator("summary").click()
    doc.locator(".chart-series svg .mark-line path").first.wait_for()
    assert doc.locator(".chart-series svg .mark-symbol path").count() >= 2, "one point per period"
    assert problems == []


def test_overview_screenshot(browser_page: tuple[Page, list[str]], tmp_path: Path) -> None:
    page, _ = browser_page
    target = DOCS / "report-overview.png" if os.environ.get("QUOTECHECK_UPDATE_SCREENSHOTS") else tmp_path / "overview.png"
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(target), clip={"x": 0, "y": 0, "width": 1280, "height": 1000})
    assert target.stat().st_size > 10_000


def test_the_parser_notes_are_listed_with_their_page_counts(browser_page: tuple[Page, list[str]],
                                                           built: tuple[Path, dict[str, Any]]) -> None:
    """Round-40 tester gud F4: the text and JSON reports list the parser's notes (a page cut off, a currency assumed);
    the HTML report had none. Each code is listed with the number of pages that have it, as the JSON report counts them."""
    page, _ = browser_page
    _, data = built
    pages: dict[str, int] = {}
    for d in data["documents"]:
        for code in {n["code"] for n in d["notes"]}:
            pages[code] = pages.get(code, 0) + 1
    assert pages.get("truncated", 0) > 1
    shown = page.locator("#notes details.note summary").all_inner_texts()
    assert sorted(s.split(":")[0] for s in shown) == sorted(pages)
    for summary in shown:
        code, _, rest = summary.partition(": ")
        assert rest.startswith(f"{pages[code]} page(s)"), summary
    truncated = page.locator("#notes details.note", has_text="truncated:").first
    truncated.locator("summary").click()
    first = truncated.locator(".where").first.inner_text()
    assert "truncated" not in first.split(":")[0] and "page ends at line" in first
