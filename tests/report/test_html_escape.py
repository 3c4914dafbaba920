"""The report's data survives any text a page or a path holds: it is JSON inside a <script> element, which a '</script>'
would close and a '<!--' would turn into a comment (round-40 tester gud F1: '<\\!--' was written for it, which is no
JSON, and the whole report rendered blank)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import sync_playwright

from quotecheck._report._html import render_html
from quotecheck.cli import main

from .test_html_browser import FIX, _payload, chromium

HOSTILE = ["<!--", "-->", "</script>", "<script>alert(1)</script>", "</SCRIPT >", "<!-- </script> -->", "\u2028", "&lt;"]


@pytest.mark.parametrize("text", HOSTILE)
def test_the_data_is_json_as_written_and_ends_where_the_element_does(text: str) -> None:
    payload = {"findings": [{"excerpt": f"a {text} b"}], "path": text}
    page = render_html(payload)
    start = page.index('<script type="application/json" id="data">') + len('<script type="application/json" id="data">')
    end = page.lower().index("</script", start)
    assert json.loads(page[start:end]) == payload
    assert "<!--" not in page[start:end]


def test_a_page_whose_path_and_excerpt_hold_markup_renders_in_a_browser(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = FIX / "longbridge" / "seed_002371.SZ.md"
    shutil.copy(seed, folder / "a<!--b.md")  # the path of every finding of this page holds '<!--'
    (folder / "c<script>.md").write_text("<!-- not a page </script> -->\n", encoding="utf-8")  # an error naming it
    out = tmp_path / "report.html"
    res = CliRunner().invoke(main, ["audit", str(folder), "--format", "json", "--html", str(out)])
    assert res.exit_code in (0, 1, 2), res.stderr
    assert "a<!--b.md" in json.dumps(_payload(out), ensure_ascii=False)
    problems: list[str] = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium(), args=["--no-sandbox"])
        page = browser.new_page()
        page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
        page.on("console", lambda m: problems.append(f"console.{m.type}: {m.text}") if m.type == "error" else None)
        page.goto(out.as_uri())
        page.wait_for_selector("details.finding")
        body = page.inner_text("body")
        browser.close()
    assert problems == []
    assert "a<!--b.md" in body and "c<script>.md" in body
