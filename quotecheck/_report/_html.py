"""The self-contained HTML report: the page template, the vendored Vega-Lite and the run's data in one file.

Charts are Vega-Lite specs rendered in the browser by the vendored vega, vega-lite and
vega-embed builds (BSD-3-Clause, see vendor/); nothing is fetched from the network.
"""

from __future__ import annotations

import json
from importlib.resources import files
from pathlib import Path
from typing import Any

from quotecheck import __version__
from quotecheck._replaced_file import replacing
from quotecheck.parsers._models import AuditSummary

from ._html_data import HtmlCollector as _Collector

VENDORED = ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js")
"""Loaded in this order: vega-lite needs vega, vega-embed needs both."""


def _resource(name: str) -> str:
    return files("quotecheck._report").joinpath(name).read_text(encoding="utf-8")


def _script_json(data: Any) -> str:
    """JSON safe inside <script> and still JSON: every '<' written as the JSON escape \\u003c, so no '</script>' closes
    the element early and no '<!--' opens a comment in it ('<\\!--' did that, and is no JSON: a page whose excerpt
    printed '<!--' left the report blank, round-40 tester gud F1)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("<", "\\u003c")


def render_html(payload: dict[str, Any]) -> str:
    """The whole report page for one payload."""
    vendor = "\n".join(f"<script>{_resource('vendor/' + name)}</script>" for name in VENDORED)
    page = _resource("template.html")
    return (page.replace("/*VERSION*/", __version__)
                .replace("<!--VENDOR-->", vendor)
                .replace("/*APP*/", _resource("report.js"))
                .replace("/*DATA*/", _script_json(payload)))


def write_atomic(path: Path, text: str) -> None:
    """Write the file whole or not at all: a temporary file beside it, fsync, rename (in a folder that exists)."""
    with replacing(path) as tmp:
        tmp.write_text(text, encoding="utf-8")


class HtmlCollector(_Collector):
    """The collector, plus writing the finished report."""

    def write(self, path: Path, summary: AuditSummary, *, interrupted: bool = False) -> None:
        """Write the report file (the checks across pages were added as they came, with ``add_cross``)."""
        write_atomic(path, render_html(self.payload(summary.model_dump(), interrupted)))
